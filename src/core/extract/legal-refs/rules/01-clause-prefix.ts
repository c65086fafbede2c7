import { ARTICLE, B, CLAUSE, E, POINT } from "../patterns.js";

// "Point a, Clause 1, Article 117" · "Clause 2 of Article 117" · "khoản 1 Điều 331" ·
// "Part 4 of Article 228": a point and/or clause named before the article they belong to.

export interface ClausePrefix {
  clause: string | null;
  point: string | null;
  /** Folded offset where the article word starts. */
  articleAt: number;
}

const PREFIX = new RegExp(
  `${B}(?:${POINT}\\s+(?<point>[a-z])${E}\\s*,?\\s*(?:of\\s+|cua\\s+)?)?` +
    `(?:${CLAUSE}\\s+(?<clause>\\d{1,2})${E}\\s*,?\\s*(?:of\\s+(?:the\\s+)?|cua\\s+)?)` +
    `(?=${ARTICLE}\\s*\\d)`,
  "uy",
);

export function clausePrefix(folded: string, at: number): ClausePrefix | null {
  PREFIX.lastIndex = at;
  const m = PREFIX.exec(folded);
  if (!m) return null;
  return {
    clause: m.groups!.clause ?? null,
    point: m.groups!.point ?? null,
    articleAt: at + m[0].length,
  };
}
