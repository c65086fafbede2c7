import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { Span } from "../types.js";

/** Paragraphs: runs of text separated by a blank line (or a single newline: most feeds use one). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«„([";

function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let i = dot - 1;
  while (i >= floor && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word === "") return false;
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
 */
export function sentencesIn(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let j = i + 1;
    while (
      j < para.end &&
      (text[j] === "." || text[j] === "…" || text[j] === "!" || text[j] === "?")
    )
      j++;
    while (j < para.end && CLOSERS.includes(text[j]!)) j++;
    if (j >= para.end) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    if (k >= para.end) break;
    const next = text[k]!;
    const opens = /[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next);
    if (!opens) continue;
    if (ch === "." && j === i + 1 && isAbbreviationBefore(text, i, para.start)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (para.end > start) out.push({ start, end: para.end });
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
