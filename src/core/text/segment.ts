import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { Span } from "../types.js";
import { isSpace } from "./chars.js";
import { firstAtLeast } from "./sorted.js";
import { isStop, stopMarksIn } from "./stop-marks.js";

/** Paragraphs: runs of text separated by a blank line (or a single newline: most feeds use one). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  // Each line trimmed of white space (`\s`, what `trim` removes) by offsets, not copies.
  for (let line = 0; line < text.length;) {
    let stop = text.indexOf("\n", line);
    if (stop < 0) stop = text.length;
    let start = line;
    while (start < stop && isSpace(text.charCodeAt(start))) start++;
    let end = stop;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    line = stop + 1;
  }
  return out;
}

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«„([";

// "No. 5", "Nos. 3 and 4": abbreviations only before a number ("Mr. Tri said no. When …").
const NUMBER_ABBREVIATIONS = new Set(["no", "nos"]);

function isAbbreviationBefore(text: string, dot: number, floor: number, next: string): boolean {
  let i = dot - 1;
  while (i >= floor && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word === "") return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return /\p{N}/u.test(next);
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("Michael J. Fox", "U.") and dotted acronyms ("U.S", "N.G.O").
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1]!)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Sentences of one paragraph. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets after it) followed by a space and something that can open a sentence.
 *   "He was held. “It is unjust,” she said." → two sentences
 *   "Lt. Gen. Nguyen Van A said on Nov. 19 ..." → one
 * `stops` holds the offsets of the stop marks (`stopMarks`), of the paragraph at least.
 */
export function sentencesIn(
  text: string,
  para: Span,
  stops: readonly number[] = stopMarksIn(text, para.start, para.end),
): Span[] {
  const out: Span[] = [];
  let start = para.start;
  // Only the stop marks are looked at; `from` is where the next sentence may start its search.
  let from = para.start;
  for (let s = firstAtLeast(stops, para.start); s < stops.length; s++) {
    const i = stops[s]!;
    if (i >= para.end) break;
    if (i < from) continue;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < para.end && isStop(text.charCodeAt(j))) j++;
    while (j < para.end && CLOSERS.includes(text[j]!)) j++;
    if (j >= para.end) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < para.end && isSpace(text.charCodeAt(k))) k++;
    if (k >= para.end) break;
    const next = text[k]!;
    const opens = /[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next);
    if (!opens) continue;
    if (c === 0x2e && j === i + 1 && isAbbreviationBefore(text, i, para.start, next)) continue;
    out.push({ start, end: j });
    start = k;
    from = k;
  }
  if (para.end > start) out.push({ start, end: para.end });
  return out.some((sp) => sp.end - sp.start > MAX_SENTENCE)
    ? out.flatMap((sp) => cut(text, sp))
    : out;
}

/**
 * The longest span treated as one sentence. Reporting rarely passes 400 characters; a "sentence"
 * of thousands is a list, a table flattened to text, or a hostile input. Extractors look back and
 * forward within a sentence, so an unbounded one makes them quadratic (30 KB without a full stop
 * took a minute).
 */
export const MAX_SENTENCE = 1500;

/** A span longer than MAX_SENTENCE in pieces, each ending after a comma, semicolon or space. */
function cut(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    const window = text.slice(start + MAX_SENTENCE / 2, limit);
    const clause = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
    const space = window.lastIndexOf(" ");
    const at = clause >= 0 ? clause + 1 : space;
    let end = at >= 0 ? start + MAX_SENTENCE / 2 + at : limit;
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? "")) end--; // never between a surrogate pair
    out.push({ start, end });
    start = end;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

export function sentences(text: string, paras: Span[] = paragraphs(text)): Span[] {
  return paras.flatMap((p) => sentencesIn(text, p));
}

/** Word tokens: runs of letters and digits (the unit of the evaluation's scoring, too). */
export function tokens(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return out;
}
