import type { DocContext } from "../../text/doc-context.js";
import type { DateMatch } from "../../text/dates.js";
import type { NumberMatch } from "../../text/numbers.js";
import type { Analysis, Figure } from "../../types.js";
import type { DateSpans } from "./date-spans.js";
import type { Word } from "./words.js";

/** A number on its way to becoming a figure; rules fill it in or drop it. */
export interface Draft {
  num: NumberMatch;
  /** Index into `ctx.sentences`. */
  sentence: number;
  /** The figure's span: any bound phrase, the number, and its percent sign or currency. */
  start: number;
  end: number;
  value: number;
  bound: Figure["bound"];
  unit: Figure["unit"];
  what: string | null;
  /** The counted noun alone ("prisoners of conscience"), for parts that only say "others". */
  head: string | null;
  /** The counted noun is left out ("28 are in detention"): it comes from a whole or antecedent. */
  elided: boolean;
  /** "241 of the 291 recommendations": the offset of the whole's number. */
  partitiveOf: number | null;
  /** "19 of them": a part of the figure before. */
  partitivePronoun: boolean;
  /**
   * A duration or measure kept as a figure ("a total of 126 years", "up to seven years", "about
   * 15 kilograms"): its unit word ends the span and starts `what`.
   */
  measured: boolean;
  asOf: Figure["asOf"];
  asOfSource: Figure["asOfSource"];
  publisher: string | null;
  whole: Draft | null;
  /** For "the 120" pointing back at an earlier figure: that figure. */
  referent: Draft | null;
  /** Why a rule decided this number is not a figure, or null while it still is one. */
  dropped: string | null;
}

/** What every rule may read, computed once per document. */
export interface RuleContext {
  ctx: DocContext;
  analysis: Analysis;
  /** Every date expression in the document, resolved against its date. */
  dates: readonly DateMatch[];
  /** The same dates, looked up by offset. */
  dateSpans: DateSpans;
  /** The words of sentence `i` (cached). */
  words(sentence: number): readonly Word[];
}

/** One ordered step of the extractor. Rules never throw on text. */
export interface FigureRule {
  readonly name: string;
  apply(drafts: Draft[], rc: RuleContext): void;
}

/** The drafts still standing. */
export const live = (drafts: readonly Draft[]): Draft[] => drafts.filter((d) => d.dropped === null);
