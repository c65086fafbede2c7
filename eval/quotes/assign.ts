// Matching and one-to-one assignment within one document (README rules 3 to 5).

import { intersectionSize, sameSet, type TokenSet } from "./tokens.js";
import type { MatchMode } from "./types.js";

export interface Candidate {
  /** Token set of the quote's content. */
  set: TokenSet;
  start: number;
}

export interface PredCandidate extends Candidate {
  /** Index of the prediction in the document's original prediction list (last tie-break). */
  index: number;
}

export interface Pair {
  gold: number;
  pred: number;
  score: number;
}

export interface Assignment {
  /** Accepted pairs; `gold` indexes the gold list, `pred` the candidate list. */
  pairs: Pair[];
  /** Candidate positions left unassigned and not dropped: false positives. */
  unassigned: number[];
  /** Candidate positions dropped by split tolerance (lenient only). */
  splitDropped: number[];
  /** Gold positions left unassigned: false negatives. */
  unmatchedGold: number[];
}

/** `|P ∩ G| / max(|P|, |G|)`. */
export function matchScore(p: TokenSet, g: TokenSet): number {
  const denom = Math.max(p.size, g.size);
  return denom === 0 ? 0 : intersectionSize(p, g) / denom;
}

// Strict: the same tokens, so a gold quote in several pieces needs a prediction listing those
// pieces (a covering span would add the attribution between them).
function matches(mode: MatchMode, p: TokenSet, g: TokenSet, score: number): boolean {
  return mode === "lenient" ? score >= 0.5 : sameSet(p, g);
}

export function assign(
  gold: readonly Candidate[],
  preds: readonly PredCandidate[],
  mode: MatchMode,
): Assignment {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const score = matchScore(p.set, g.set);
      if (score > 0 && matches(mode, p.set, g.set, score)) {
        candidates.push({ gold: gi, pred: pi, score });
      }
    });
  });
  // Highest score first; ties by gold start, prediction start, prediction index (rule 4). The
  // gold position breaks the remaining ties only to keep the order total.
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      gold[a.gold]!.start - gold[b.gold]!.start ||
      preds[a.pred]!.start - preds[b.pred]!.start ||
      preds[a.pred]!.index - preds[b.pred]!.index ||
      a.gold - b.gold,
  );
  const goldTaken = new Array<boolean>(gold.length).fill(false);
  const predTaken = new Array<boolean>(preds.length).fill(false);
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldTaken[c.gold] || predTaken[c.pred]) continue;
    goldTaken[c.gold] = true;
    predTaken[c.pred] = true;
    pairs.push(c);
  }

  const assignedGold = pairs.map((p) => gold[p.gold]!.set);
  const unassigned: number[] = [];
  const splitDropped: number[] = [];
  preds.forEach((p, pi) => {
    if (predTaken[pi]) return;
    // Another piece of a quote already found: "A," he said. "B." predicted as two quotes.
    const piece =
      mode === "lenient" && assignedGold.some((g) => 2 * intersectionSize(p.set, g) >= p.set.size);
    (piece ? splitDropped : unassigned).push(pi);
  });
  const unmatchedGold = gold.flatMap((_, gi) => (goldTaken[gi] ? [] : [gi]));
  return { pairs, unassigned, splitDropped, unmatchedGold };
}
