// Shapes of the labelled quotation data (see ../shared/data/quotes/README.md) and of the
// predictions the scorer takes. Offsets are UTF-16 indices, half-open, into the unmodified text.

export type Span = [number, number];
export type QuoteKind = "direct" | "indirect" | "mixed";

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  kind: QuoteKind;
  segments: Span[];
  attributionId: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
  ignoreSpans: Span[];
  meta: { dataset: string; publisher: string; date: string; origSplit: string; annotator: string };
}

export interface PredictedQuote {
  start: number;
  end: number;
  segments?: Span[] | null;
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  cue?: string | null;
  cueStart?: number | null;
  cueEnd?: number | null;
  /** Only used to filter error samples; scoring never looks at it. */
  kind?: QuoteKind | null;
}

/** Predictions per document id; a document with no entry predicted nothing. */
export type Predictions = ReadonlyMap<string, readonly PredictedQuote[]>;

export type MatchMode = "lenient" | "strict";
export type SubsetName = "all" | "direct" | "directMixed";
export const SUBSETS: readonly SubsetName[] = ["all", "direct", "directMixed"];

/** Counts with the ratios derived from them (ratios are 0 when a denominator is 0). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Ratio {
  correct: number;
  total: number;
  value: number;
}

export interface SubsetScore {
  /** Gold quotes in the subset (= TP + FN). */
  gold: number;
  /** (a) quote spans. */
  span: Prf;
  /** (b) quote + speaker: tp = pairs with a correct speaker; a wrong speaker is one FP and one FN. */
  e2e: Prf;
  /** TP_e2e / TP. */
  attribution: Ratio;
  /** Attribution accuracy over pairs whose gold speaker has a head name. */
  namedAttribution: Ratio;
  cue: Ratio;
}

export interface ModeScore {
  subsets: Record<SubsetName, SubsetScore>;
  /** Lenient only: unassigned predictions dropped as further pieces of an assigned quote. */
  splitDropped: number;
}

export interface QuoteScores {
  docs: number;
  goldQuotes: number;
  predictions: {
    given: number;
    /** Discarded: no token at all. */
    empty: number;
    /** Discarded: at least half of their tokens in ignoreSpans. */
    ignored: number;
    scored: number;
  };
  /** Predictions for document ids that are not in the gold data (not scored). */
  unknownDocIds: string[];
  lenient: ModeScore;
  strict: ModeScore;
}

/** One lenient-mode outcome kept for error analysis. */
export interface QuoteCase {
  docId: string;
  type: "fp" | "fn" | "speaker";
  gold: GoldQuote | null;
  pred: PredictedQuote | null;
  /** For fp/fn: the best-overlapping counterpart (any score > 0), to show what was near. */
  score: number;
}

export interface QuoteEvalResult {
  scores: QuoteScores;
  cases: QuoteCase[];
}
