// Scores a corpus with every check.

import type { Check, Miss, TypeScore } from "./checklist.js";
import { emptyScore, scoreArticle } from "./checklist.js";
import { CHECKS } from "./checks.js";
import type { ArticleCase } from "./types.js";

export interface CorpusScore {
  types: TypeScore[];
  misses: Miss[];
}

export function scoreCases(cases: readonly ArticleCase[], selfCheck = false): CorpusScore {
  const misses: Miss[] = [];
  const types: TypeScore[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const check of CHECKS as readonly Check<any, any>[]) {
    const score = emptyScore(check.type);
    let annotated = false;
    for (const c of cases) {
      const gold = check.gold(c.expected);
      if (gold === undefined) continue;
      annotated = true;
      const predicted = selfCheck
        ? gold
            .filter((g: { optional?: boolean }) => !g.optional)
            .map((g: unknown) => check.fromGold(g))
        : check.predicted(c.analysis);
      scoreArticle(check, c.stem, gold, predicted, score, misses);
    }
    if (annotated) types.push(score);
  }
  return { types, misses };
}

export function isPerfect(s: CorpusScore): boolean {
  return s.types.every(
    (t) =>
      t.fp === 0 && t.fn === 0 && Object.values(t.attributes).every((a) => a.correct === a.total),
  );
}
