// The quotation scorer: gold documents and predictions in, micro-averaged scores out (README
// "Scoring rules"). Pure: no I/O.

import { assign, matchScore, type PredCandidate } from "./assign.js";
import { prf, ratio } from "./metrics.js";
import { cueCorrect, headName, speakerCorrect } from "./speaker-match.js";
import { intersectionSize, tokenize, tokenSet, type Token } from "./tokens.js";
import {
  SUBSETS,
  type GoldDoc,
  type GoldQuote,
  type MatchMode,
  type ModeScore,
  type PredictedQuote,
  type Predictions,
  type QuoteCase,
  type QuoteEvalResult,
  type QuoteKind,
  type SubsetName,
} from "./types.js";

const IN_SUBSET: Record<SubsetName, (k: QuoteKind) => boolean> = {
  all: () => true,
  direct: (k) => k === "direct",
  directMixed: (k) => k === "direct" || k === "mixed",
};

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
  named: number;
  namedOk: number;
  cueOk: number;
}

const emptyTally = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  speakerOk: 0,
  named: 0,
  namedOk: 0,
  cueOk: 0,
});

function tallies(): Record<SubsetName, Tally> {
  return { all: emptyTally(), direct: emptyTally(), directMixed: emptyTally() };
}

function toModeScore(t: Record<SubsetName, Tally>, splitDropped: number): ModeScore {
  const subsets = {} as ModeScore["subsets"];
  for (const name of SUBSETS) {
    const s = t[name];
    subsets[name] = {
      gold: s.tp + s.fn,
      span: prf(s.tp, s.fp, s.fn),
      e2e: prf(s.speakerOk, s.tp + s.fp - s.speakerOk, s.tp + s.fn - s.speakerOk),
      attribution: ratio(s.speakerOk, s.tp),
      namedAttribution: ratio(s.namedOk, s.named),
      cue: ratio(s.cueOk, s.tp),
    };
  }
  return { subsets, splitDropped };
}

/** The content spans a prediction claims: its segments if it lists any, else its covering span. */
function predSpans(p: PredictedQuote): [number, number][] {
  return p.segments && p.segments.length > 0 ? p.segments : [[p.start, p.end]];
}

function best<T>(items: readonly T[], score: (t: T) => number): { item: T | null; score: number } {
  let out: { item: T | null; score: number } = { item: null, score: 0 };
  for (const it of items) {
    const s = score(it);
    if (s > out.score) out = { item: it, score: s };
  }
  return out;
}

export function scoreQuotes(gold: readonly GoldDoc[], predictions: Predictions): QuoteEvalResult {
  const counts = { given: 0, empty: 0, ignored: 0, scored: 0 };
  const modes: Record<MatchMode, Record<SubsetName, Tally>> = {
    lenient: tallies(),
    strict: tallies(),
  };
  const splitDropped: Record<MatchMode, number> = { lenient: 0, strict: 0 };
  const cases: QuoteCase[] = [];
  const goldIds = new Set(gold.map((d) => d.id));

  for (const doc of gold) {
    const tokens: Token[] = tokenize(doc.text);
    const ignore = tokenSet(tokens, doc.ignoreSpans);
    const goldCands = doc.quotes.map((q) => ({
      set: tokenSet(tokens, q.segments),
      start: q.start,
    }));

    const given = predictions.get(doc.id) ?? [];
    counts.given += given.length;
    const kept: PredictedQuote[] = [];
    const predCands: PredCandidate[] = [];
    given.forEach((p, index) => {
      const set = tokenSet(tokens, predSpans(p));
      if (set.size === 0) counts.empty++;
      else if (2 * intersectionSize(set, ignore) >= set.size) counts.ignored++;
      else {
        kept.push(p);
        predCands.push({ set, start: p.start, index });
      }
    });
    counts.scored += kept.length;

    for (const mode of ["lenient", "strict"] as const) {
      const a = assign(goldCands, predCands, mode);
      splitDropped[mode] += a.splitDropped.length;
      for (const name of SUBSETS) {
        const t = modes[mode][name];
        t.fp += a.unassigned.length;
        for (const gi of a.unmatchedGold) if (IN_SUBSET[name](doc.quotes[gi]!.kind)) t.fn++;
        for (const pair of a.pairs) {
          const g = doc.quotes[pair.gold]!;
          if (!IN_SUBSET[name](g.kind)) continue;
          const p = kept[pair.pred]!;
          const ok = speakerCorrect(tokens, p, g);
          t.tp++;
          if (ok) t.speakerOk++;
          if (g.speaker !== null && headName(g.speaker) !== null) {
            t.named++;
            if (ok) t.namedOk++;
          }
          if (cueCorrect(tokens, p, g)) t.cueOk++;
        }
      }
      if (mode === "lenient") collectCases(doc, kept, predCands, goldCands, a, tokens, cases);
    }
  }

  const unknownDocIds = [...predictions.keys()].filter((id) => !goldIds.has(id));
  return {
    scores: {
      docs: gold.length,
      goldQuotes: gold.reduce((n, d) => n + d.quotes.length, 0),
      predictions: counts,
      unknownDocIds,
      lenient: toModeScore(modes.lenient, splitDropped.lenient),
      strict: toModeScore(modes.strict, splitDropped.strict),
    },
    cases,
  };
}

function collectCases(
  doc: GoldDoc,
  kept: readonly PredictedQuote[],
  predCands: readonly PredCandidate[],
  goldCands: readonly { set: ReadonlySet<number> }[],
  a: ReturnType<typeof assign>,
  tokens: readonly Token[],
  out: QuoteCase[],
): void {
  const goldIdx = doc.quotes.map((_, i) => i);
  const predIdx = kept.map((_, i) => i);
  for (const pi of a.unassigned) {
    const near = best(goldIdx, (gi) => matchScore(predCands[pi]!.set, goldCands[gi]!.set));
    const gold: GoldQuote | null = near.item === null ? null : doc.quotes[near.item]!;
    out.push({ docId: doc.id, type: "fp", pred: kept[pi]!, gold, score: near.score });
  }
  for (const gi of a.unmatchedGold) {
    const near = best(predIdx, (pi) => matchScore(predCands[pi]!.set, goldCands[gi]!.set));
    const pred = near.item === null ? null : kept[near.item]!;
    out.push({ docId: doc.id, type: "fn", gold: doc.quotes[gi]!, pred, score: near.score });
  }
  for (const pair of a.pairs) {
    const g = doc.quotes[pair.gold]!;
    const p = kept[pair.pred]!;
    if (!speakerCorrect(tokens, p, g)) {
      out.push({ docId: doc.id, type: "speaker", gold: g, pred: p, score: pair.score });
    }
  }
}
