// A checklist scorer: expected items against predicted ones, one to one, per article.
// An item is found when a prediction matches its key (figures: value and bound; events: type,
// person, date and term; …); attributes (as-of date, publisher, place, charges …) are scored
// separately, over the found items whose expectation states them.

import type { Expected } from "./types.js";
import type { Analysis } from "../../src/core/types.js";

export interface Attribute<G, P> {
  name: string;
  /** Whether the expectation states this attribute for `g` (undefined fields are not scored). */
  stated(g: G): boolean;
  same(g: G, p: P): boolean;
  show(p: P): string;
}

export interface Check<G extends { optional?: boolean }, P> {
  type: string;
  /** The expected items, or undefined when the file does not annotate this type. */
  gold(e: Expected): G[] | undefined;
  predicted(a: Analysis): P[];
  matches(g: G, p: P): boolean;
  attributes: readonly Attribute<G, P>[];
  showGold(g: G): string;
  showPredicted(p: P): string;
  /** The prediction a perfect extractor would make for `g` (the scorer's self-check). */
  fromGold(g: G): P;
}

export interface AttributeScore {
  correct: number;
  total: number;
}

export interface TypeScore {
  type: string;
  gold: number;
  optional: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  /** Predictions that matched an optional item: neither right nor wrong. */
  ignored: number;
  attributes: Record<string, AttributeScore>;
}

export interface Miss {
  article: string;
  type: string;
  kind: "missed" | "spurious" | "attribute";
  item: string;
  detail?: string;
}

export function emptyScore(type: string): TypeScore {
  return {
    type,
    gold: 0,
    optional: 0,
    predicted: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    ignored: 0,
    attributes: {},
  };
}

/** Scores one article for one check, adding into `score` and `misses`. */
export function scoreArticle<G extends { optional?: boolean }, P>(
  check: Check<G, P>,
  article: string,
  gold: readonly G[],
  predicted: readonly P[],
  score: TypeScore,
  misses: Miss[],
): void {
  const used = new Set<number>();
  const agreeing = (g: G, p: P) =>
    check.attributes.filter((a) => !a.stated(g) || a.same(g, p)).length;
  // Required items first, so an optional item never takes a prediction a required one needs.
  const ordered = [...gold].sort(
    (a, b) => Number(a.optional ?? false) - Number(b.optional ?? false),
  );
  for (const g of ordered) {
    if (g.optional) score.optional++;
    else score.gold++;
    let best = -1;
    predicted.forEach((p, i) => {
      if (used.has(i) || !check.matches(g, p)) return;
      if (best < 0 || agreeing(g, p) > agreeing(g, predicted[best]!)) best = i;
    });
    if (best < 0) {
      if (!g.optional) {
        score.fn++;
        misses.push({ article, type: check.type, kind: "missed", item: check.showGold(g) });
      }
      continue;
    }
    used.add(best);
    const p = predicted[best]!;
    if (g.optional) {
      score.ignored++;
      continue;
    }
    score.tp++;
    for (const a of check.attributes) {
      if (!a.stated(g)) continue;
      const s = (score.attributes[a.name] ??= { correct: 0, total: 0 });
      s.total++;
      if (a.same(g, p)) s.correct++;
      else
        misses.push({
          article,
          type: check.type,
          kind: "attribute",
          item: check.showGold(g),
          detail: `${a.name}: got ${a.show(p)}`,
        });
    }
  }
  score.predicted += predicted.length;
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    score.fp++;
    misses.push({ article, type: check.type, kind: "spurious", item: check.showPredicted(p) });
  });
}
