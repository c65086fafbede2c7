// The tokens numbers are read from: a sentence's numerals, words and other characters, read
// only from a little before the first token that can start a number.

import type { Span } from "../types.js";
import {
  LETTER,
  MARK,
  classOf,
  codePointAt,
  isAsciiDigit,
  isAsciiLetter,
  isSpace,
  numeralEnd,
  searchStart,
  width,
} from "./chars.js";
import { isTrigger } from "./number-vocabulary.js";
import { mayBeIn, type Vocabulary } from "./vocabulary.js";
import { firstRunAfter, foldsIn, knownRuns } from "./word-runs.js";

/** A token of the text; its text is `text.slice(start, end)`, read where it is needed. */
export interface Token extends Span {
  kind: "num" | "word" | "sym";
  /**
   * The lower-cased text of a word token (null for the others), read many times per token; most
   * words are never asked for it, so it is undefined until `wordAt` is.
   */
  lower: string | null | undefined;
}

// The tokeniser reads `(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|\S` by hand: it runs over every
// sentence, and a regular expression's match objects cost more than the rest of the search.

export const HYPHEN = 0x2d;
export const PERCENT = 0x25;

/** Whether token `t` is the one character `code` ("-", "%"). */
export const isChar = (text: string, t: Token, code: number): boolean =>
  t.end - t.start === 1 && text.charCodeAt(t.start) === code;

/** The end of the token `scanToken` read last. */
let scannedEnd = 0;

/** The kind of the token starting at `k` (not a space); its end is left in `scannedEnd`. */
function scanToken(text: string, k: number): Token["kind"] {
  const n = text.length;
  const c = text.charCodeAt(k);
  if (isAsciiDigit(c)) {
    scannedEnd = numeralEnd(text, k);
    return "num";
  }
  const cp = c < 0x80 ? c : codePointAt(text, k);
  const cls = c < 0x80 ? (isAsciiLetter(c) ? LETTER : 0) : classOf(cp);
  k += width(cp);
  if ((cls & (LETTER | MARK)) === 0) {
    scannedEnd = k;
    return "sym";
  }
  while (k < n) {
    const d = text.charCodeAt(k);
    if (d < 0x80) {
      if (!isAsciiLetter(d)) break;
      k++;
      continue;
    }
    const dp = codePointAt(text, k);
    if ((classOf(dp) & (LETTER | MARK)) === 0) break;
    k += width(dp);
  }
  scannedEnd = k;
  // a run that starts with a mark is no word
  return (cls & LETTER) !== 0 ? "word" : "sym";
}

// Every sentence is read into tokens, most of them to find no number: the tokens are reused
// from call to call (none outlives one), and the reading notes on the way whether anything in
// the sentence can start a number at all.
export const TOKENS: Token[] = [];
const SPARE: Token[] = [];

/** How many tokens are kept for reuse: a longer sentence's others are made afresh. */
const SPARE_TOKENS = 2048;

function push(start: number, end: number, kind: Token["kind"]): void {
  const i = TOKENS.length;
  let t = SPARE[i];
  if (t === undefined) {
    t = { start, end, kind, lower: null };
    if (i < SPARE_TOKENS) SPARE.push(t);
  }
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.lower = kind === "word" ? undefined : null;
  TOKENS.push(t);
}

/**
 * Reads the tokens of `text` starting in `[from, to)` into TOKENS, from a few tokens before the
 * first that can start a number (a numeral, or a word that starts one or follows "a" in one:
 * "a dozen", "a third", "a-third"); before those none is read into a number. False when no token
 * can start one, as in most sentences.
 */
export function tokenize(text: string, from: number, to: number): boolean {
  TOKENS.length = 0;
  const n = text.length;
  const end = Math.min(to, n);
  let collecting = false;
  // the starts of the last three tokens passed by before a trigger: where to read from
  let back1 = -1;
  let back2 = -1;
  let back3 = -1;
  let k = searchStart(text, from);
  const first = k;
  // no token starts at `end` or after it
  while (k < end) {
    const c = text.charCodeAt(k);
    let kind: Token["kind"];
    let e: number;
    if (isSpace(c)) {
      k++;
      continue;
    }
    if (isAsciiLetter(c)) {
      e = k + 1;
      while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
      // a word of ASCII letters only (most of them) is read here, any other by scanToken
      if (e < n && text.charCodeAt(e) >= 0x80) {
        kind = scanToken(text, k);
        e = scannedEnd;
      } else kind = "word";
    } else {
      kind = scanToken(text, k);
      e = scannedEnd;
    }
    if (collecting) push(k, e, kind);
    else if (kind === "num" || (kind === "word" && isTrigger(text, k, e))) {
      collecting = true;
      k = back3 >= 0 ? back3 : back2 >= 0 ? back2 : back1 >= 0 ? back1 : first;
      continue;
    } else {
      back3 = back2;
      back2 = back1;
      back1 = k;
    }
    k = e;
  }
  return collecting;
}

/**
 * False when no token of `text[from, to)` can start a number, told from the text's runs of
 * ASCII letters and digits where they are read already (most sentences hold no number, and
 * reading them into tokens costs more): a numeral starts at a digit, and a word that is a trigger
 * is a whole run of ASCII letters (a word with another letter lower-cases to no trigger, save
 * one with the Kelvin sign, which `foldsIn` finds).
 */
export function mayHoldNumber(text: string, from: number, to: number): boolean {
  const runs = knownRuns(text);
  if (runs === null || foldsIn(runs, from, to)) return true;
  const d = firstRunAfter(runs.digitEnds, from);
  if (d < runs.digitStarts.length && runs.digitStarts[d]! < to) return true;
  for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
    const start = Math.max(runs.starts[k]!, from);
    if (start >= to) break;
    // a token runs on past `to`, as the run does
    if (isTrigger(text, start, runs.ends[k]!)) return true;
  }
  return false;
}

/** The whitespace-separated lower-cased word at token index i, if i is a word token. */
export function wordAt(text: string, tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return null;
  if (t.lower === undefined) t.lower = text.slice(t.start, t.end).toLowerCase();
  return t.lower!;
}

/** True when tokens i-1 and i are separated by nothing but spaces (one line). */
export function spaced(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  if (!a || !b || a.end >= b.start) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether token `j` is a word that may be in `v` (see mayBeIn). */
export function mayBeWordIn(v: Vocabulary, text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === "word" && mayBeIn(v, text, t.start, t.end);
}

export function adjacent(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && a.end === b.start;
}
