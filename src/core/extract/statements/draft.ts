// A statement as the rules find it, before its speaker is resolved and its kind computed.

import type { Segment, Span } from "../../types.js";
import type { CueForm } from "./cues.js";
import type { StatementDoc } from "./find.js";
import type { TokSpan } from "./noun-phrase.js";

export interface Draft {
  /** Content pieces as offsets, in order. */
  segments: Segment[];
  /** The speaker noun phrase (offsets), or null when the text names none. */
  speaker: Span | null;
  cue: Span | null;
  form: CueForm | null;
  /** Which rule found it (for error analysis). */
  rule: string;
  /** Quotation groups this statement took, so continuations can find it. */
  groups: number[];
  /** Unit index where the attribution sits. */
  unit: number;
  /** A statement whose speaker is the previous statement's ("…, adding that …"). */
  inheritsSpeaker?: boolean;
}

/** Offsets of a token span. */
export function spanOf(doc: StatementDoc, t: TokSpan): Span {
  return { start: doc.toks[t.a]!.start, end: doc.toks[t.b - 1]!.end };
}

/** Reported content: another attribution may nest inside it ("According to X, Y denies …"). */
export const IN_CONTENT = 1;
/** Speaker, cue or quotation: taken. */
export const TAKEN = 2;

/** Mark tokens overlapping `[start, end)` as claimed at `level` (levels only go up). */
export function claimOffsets(doc: StatementDoc, start: number, end: number, level: number): void {
  for (let k = doc.idx.tokenAt(start); k < doc.toks.length && doc.toks[k]!.start < end; k++) {
    if (doc.claimed[k]! < level) doc.claimed[k] = level;
  }
}

export function claimDraft(doc: StatementDoc, d: Draft): void {
  for (const [s, e] of d.segments) {
    const k = doc.idx.tokenAt(s);
    const quote = doc.pieceOf[k]! >= 0 && doc.quotes.pieces[doc.pieceOf[k]!]!.start === s;
    claimOffsets(doc, s, e, quote ? TAKEN : IN_CONTENT);
  }
  // A relative clause ("Trump, who questioned …, said …") sits inside its sentence's subject:
  // the main clause may still look through it for the subject.
  // (Three to five characters, or no slice.)
  const n = d.speaker === null ? 0 : d.speaker.end - d.speaker.start;
  const relative =
    n >= 3 &&
    n <= 5 &&
    /^(who|which|that)$/i.test(doc.text.slice(d.speaker!.start, d.speaker!.end));
  const level = relative ? IN_CONTENT : TAKEN;
  // An inherited speaker ("…, Ms. Lan said, adding …") is the main clause's: its own attribution
  // may not have been found yet.
  if (d.speaker && !d.inheritsSpeaker) claimOffsets(doc, d.speaker.start, d.speaker.end, level);
  if (d.cue) claimOffsets(doc, d.cue.start, d.cue.end, level);
}

export function taken(doc: StatementDoc, k: number): boolean {
  return doc.claimed[k]! >= TAKEN;
}

/** Trim spaces and trailing sentence punctuation (outside quotation marks) off a segment. */
export function trimSegment(text: string, start: number, end: number): Segment | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.—–-]/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/** The trimmed text segment of tokens `[a, b)`, or null when it is empty. */
export function segmentOf(doc: StatementDoc, a: number, b: number): Segment | null {
  if (a >= b) return null;
  return trimSegment(doc.text, doc.toks[a]!.start, doc.toks[b - 1]!.end);
}
