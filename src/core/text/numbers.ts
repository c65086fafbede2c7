// Numbers in English (and Vietnamese-style) news text, in digits and in words, with offsets.
// This layer reads quantities only; what a number counts, and whether it is a statistic at all,
// is for the extractors (a year or an article number is still a number here).

import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from "../lexicon/currencies.js";
import {
  DOZEN_WORD,
  FRACTION_WORDS,
  PERCENT_WORDS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_WORDS,
} from "../lexicon/number-words.js";
import type { Span } from "../types.js";
import {
  LETTER,
  MARK,
  UPPER,
  classOf,
  codePointAt,
  isAsciiDigit,
  isAsciiLetter,
  isSpace,
  numeralEnd,
  searchStart,
  width,
} from "./chars.js";
import { anyIn } from "./sorted.js";
import { firstRunAfter, foldsIn, knownRuns } from "./word-runs.js";

export interface NumberMatch extends Span {
  /** `text.slice(start, end)`: the number with its scale, percent sign or currency. */
  text: string;
  /** The quantity: 1500000 for "1.5 million", 70 for "70%", 0.5 for "half". */
  value: number;
  /** How the number itself is written: "1.5 million" is digits, "two hundred" words. */
  form: "digits" | "words";
  /** "70%", "70 per cent", "seventy percent". */
  percent: boolean;
  /** The currency as written ("VND", "$", "Belarusian rubles"), or null. */
  currency: string | null;
  /** "dozens", "thousands", "tens of thousands": a magnitude, not a count. */
  vague: boolean;
  /** "half", "two-thirds", "a quarter": a share of something (value below 1). */
  fraction: boolean;
  /** The noun the number is hyphenated to ("12-page" → "page", "60-year-old" → "year-old"). */
  compound: string | null;
}

/** A token of the text; its text is `text.slice(start, end)`, read where it is needed. */
interface Token extends Span {
  kind: "num" | "word" | "sym";
  /**
   * The lower-cased text of a word token (null for the others), read many times per token; most
   * words are never asked for it, so it is undefined until `wordAt` is.
   */
  lower: string | null | undefined;
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;

// The tokeniser reads `(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|\S` by hand: it runs over every
// sentence, and a regular expression's match objects cost more than the rest of the search.

const HYPHEN = 0x2d;
const PERCENT = 0x25;

/** Whether token `t` is the one character `code` ("-", "%"). */
const isChar = (text: string, t: Token, code: number): boolean =>
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
const TOKENS: Token[] = [];
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
function tokenize(text: string, from: number, to: number): boolean {
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
function mayHoldNumber(text: string, from: number, to: number): boolean {
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

/** Whether the word `text[start, end)` is one of TRIGGERS. */
const isTrigger = (text: string, start: number, end: number): boolean =>
  mayBeIn(TRIGGERS, text, start, end) && TRIGGERS.words.has(text.slice(start, end).toLowerCase());

/**
 * A numeral's value, or null when it is not a plain quantity: "1,500" → 1500, "1.5" → 1.5,
 * "1.500.000" (Vietnamese thousands) → 1500000, "0912" (a code or phone prefix) → null.
 */
export function parseNumeral(s: string): number | null {
  // most numerals are digits alone: read as the patterns below would read them
  if (onlyDigits(s)) return s.length > 1 && s.charCodeAt(0) === 0x30 ? null : Number(s);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^0\d/.test(s)) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return null;
}

function onlyDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Whether the UTF-16 unit at `k` is a letter or a mark (false outside the text). */
const isLetter = (text: string, k: number): boolean =>
  k >= 0 && k < text.length && (classOf(text.charCodeAt(k)) & (LETTER | MARK)) !== 0;
const isDigit = (text: string, k: number): boolean => isAsciiDigit(text.charCodeAt(k));

/** Digits glued to something that makes them an identifier, a date or a time, not a quantity. */
function gluedNumeral(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  const after = text[t.end];
  // "v2", "A1", "22/4", "21:30", ".5" as part of a version or a path
  // "10^400": an exponent, a power of ten nobody counts
  if (isLetter(text, t.start - 1) || (before !== undefined && "/:.\\_#^".includes(before)))
    return true;
  // "COVID-19", "F-16" (a name), "2021-04-22" and "10-20" (a date, a range)
  if (before === "-" && (isLetter(text, t.start - 2) || isDigit(text, t.start - 2))) return true;
  // "14th", "6pm", "50K", "8kg": ordinals and units written solid
  if (isLetter(text, t.end)) return true;
  if (after !== undefined && "/:-_^".includes(after) && isDigit(text, t.end + 1)) return true;
  return false;
}

/** The whitespace-separated lower-cased word at token index i, if i is a word token. */
function wordAt(text: string, tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return null;
  if (t.lower === undefined) t.lower = text.slice(t.start, t.end).toLowerCase();
  return t.lower!;
}

/** True when tokens i-1 and i are separated by nothing but spaces (one line). */
function spaced(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  if (!a || !b || a.end >= b.start) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The words a number written in words can start with (see readWords). */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "half",
  "tens",
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(VAGUE_WORDS),
]);

/**
 * A set of lower-case words with their shapes (first two letters, then a bit per length), so
 * that the words of a text that are not in it (nearly all of them) are told apart without
 * lower-casing them.
 */
interface Vocabulary {
  words: ReadonlySet<string>;
  /** By the first two letters (a–z, or none for the second): a bit for each length below 31. */
  shapes: Uint32Array;
}

/** 0–25 for an ASCII letter in either case, -1 for anything else. */
function letterIndex(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  return -1;
}

function vocabulary(words: Iterable<string>): Vocabulary {
  const set = new Set(words);
  const shapes = new Uint32Array(26 * 27);
  for (const w of set) {
    // a word of a text starts with letters, and one of another shape is always looked up
    const a = letterIndex(w.charCodeAt(0));
    const b = w.length > 1 ? letterIndex(w.charCodeAt(1)) : 26;
    if (w.length >= 31 || a < 0 || b < 0) continue;
    shapes[a * 27 + b] = shapes[a * 27 + b]! | (1 << w.length);
  }
  return { words: set, shapes };
}

/** False when the word `text[start, end)`, lower-cased, is surely not in `v`. */
function mayBeIn(v: Vocabulary, text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n >= 31) return true;
  const a = letterIndex(text.charCodeAt(start));
  const b = n > 1 ? letterIndex(text.charCodeAt(start + 1)) : 26;
  // other characters (which may lower-case to ASCII, as "K" does) are always looked up
  if (a < 0 || b < 0) return true;
  return (v.shapes[a * 27 + b]! & (1 << n)) !== 0;
}

/** Whether token `j` is a word that may be in `v` (see mayBeIn). */
function mayBeWordIn(v: Vocabulary, text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === "word" && mayBeIn(v, text, t.start, t.end);
}

const STARTS = vocabulary(NUMBER_STARTS);

/** `in` reads an object's prototype too ("constructor"): its names may be in any of these. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).map((w) => w.toLowerCase());
const IN_FRACTIONS = vocabulary([...Object.keys(FRACTION_WORDS), ...PROTOTYPE_NAMES]);
const IN_SCALES = vocabulary([...Object.keys(SCALE_WORDS), ...PROTOTYPE_NAMES]);
const NAMES_OF_CURRENCIES = vocabulary(CURRENCY_NAMES);
const CODE_LENGTHS = new Set([...CURRENCY_CODES].map((c) => c.length));

/**
 * The words without which a text holds no number written in words: those that start one, save
 * "a" and "an", which start one only before a scale, "dozen" or a fraction. `in` reads an
 * object's prototype too ("constructor"), so its names are here as well.
 */
const TRIGGERS = vocabulary([
  ...[...NUMBER_STARTS].filter((w) => w !== "a" && w !== "an"),
  ...Object.keys(SCALE_WORDS),
  DOZEN_WORD,
  ...Object.keys(FRACTION_WORDS),
  ...PROTOTYPE_NAMES,
]);

function adjacent(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && a.end === b.start;
}

interface Reading {
  value: number;
  next: number;
  vague: boolean;
  fraction: boolean;
}

/** "two hundred and fifty", "twenty-five", "a dozen", "one and a half", "tens of thousands". */
function readWords(text: string, tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word" || !mayBeIn(STARTS, text, t.start, t.end)) return null;
  const first = wordAt(text, tokens, i);
  if (first === null || !NUMBER_STARTS.has(first)) return null;

  const vague = readVague(text, tokens, i);
  if (vague) return vague;
  const fraction = readFraction(text, tokens, i);
  if (fraction) return fraction;
  if (first === "one") {
    const prev = wordAt(text, tokens, i - 1);
    if (prev === "no" || prev === "any" || prev === "every") return null;
  }

  let total = 0;
  let current = 0;
  let any = false;
  let lastKind: "unit" | "tens" | "hundred" | "scale" | "a" | null = null;
  let j = i;
  for (; j < tokens.length; j++) {
    if (j > i && !isChar(text, tokens[j]!, HYPHEN) && !spaced(text, tokens, j)) break;
    const w = wordAt(text, tokens, j);
    if (w === null) {
      // "twenty-five": a hyphen between a tens word and a unit word
      if (isChar(text, tokens[j]!, HYPHEN) && lastKind === "tens" && adjacent(tokens, j)) {
        const u = wordAt(text, tokens, j + 1);
        if (u !== null && adjacent(tokens, j + 1) && (UNIT_WORDS[u] ?? 10) < 10) {
          current += UNIT_WORDS[u]!;
          lastKind = "unit";
          j++;
          continue;
        }
      }
      break;
    }
    if ((w === "a" || w === "an") && j === i) {
      const n = wordAt(text, tokens, j + 1);
      if (n === null || !(n in SCALE_WORDS || n === DOZEN_WORD)) return null;
      current = 1;
      lastKind = "a";
      continue;
    }
    if (w in UNIT_WORDS && lastKind !== "unit" && lastKind !== "a") {
      if (lastKind === "tens") break; // "twenty five" without a hyphen is rare; keep it apart
      current += UNIT_WORDS[w]!;
      lastKind = "unit";
    } else if (
      w in TENS_WORDS &&
      (lastKind === null || lastKind === "hundred" || lastKind === "scale")
    ) {
      current += TENS_WORDS[w]!;
      lastKind = "tens";
    } else if (w === "hundred" && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 100;
      lastKind = "hundred";
    } else if (w in SCALE_WORDS && w !== "hundred" && lastKind !== null && lastKind !== "scale") {
      total += (current || 1) * SCALE_WORDS[w]!;
      current = 0;
      lastKind = "scale";
    } else if (w === DOZEN_WORD && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 12;
      lastKind = "scale";
    } else if (w === "and" && lastKind !== null) {
      // "two hundred and fifty", "one and a half"
      const n = wordAt(text, tokens, j + 1);
      if (n === "a" && wordAt(text, tokens, j + 2) === "half") {
        current += 0.5;
        j += 2;
        lastKind = "unit";
        continue;
      }
      if (lastKind !== "hundred" && lastKind !== "scale") break;
      if (n === null || !(n in UNIT_WORDS || n in TENS_WORDS)) break;
      continue;
    } else break;
    any = true;
  }
  if (!any) return null;
  return { value: total + current, next: j, vague: false, fraction: false };
}

/** "dozens", "hundreds of", "tens of thousands", "hundreds of thousands". */
function readVague(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(text, tokens, i);
  if (w === null) return null;
  let value: number;
  if (w in VAGUE_WORDS) value = VAGUE_WORDS[w]!;
  else if (w === "tens") value = 10;
  else return null;
  let j = i + 1;
  const more = wordAt(text, tokens, j) === "of" ? wordAt(text, tokens, j + 1) : null;
  if (more !== null && more in VAGUE_WORDS) {
    if (more !== "dozens" && more !== "scores") {
      value *= VAGUE_WORDS[more]!;
      j += 2;
    }
  } else if (w === "tens") return null;
  return { value, next: j, vague: true, fraction: false };
}

/** "half", "a half", "one third", "two-thirds", "three quarters". Ordinals ("the third time") are not. */
function readFraction(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(text, tokens, i)!;
  if (w === "half") return { value: 0.5, next: i + 1, vague: false, fraction: true };
  let numerator: number | null = null;
  if (w === "a" || w === "an") numerator = 1;
  else if (w in UNIT_WORDS && UNIT_WORDS[w]! > 0 && UNIT_WORDS[w]! < 10) numerator = UNIT_WORDS[w]!;
  if (numerator === null) return null;
  let j = i + 1;
  const hyphen = tokens[j];
  if (hyphen && isChar(text, hyphen, HYPHEN) && adjacent(tokens, j) && adjacent(tokens, j + 1)) j++;
  if (!mayBeWordIn(IN_FRACTIONS, text, tokens, j)) return null;
  const f = wordAt(text, tokens, j);
  if (f === null || !(f in FRACTION_WORDS)) return null;
  const plural = f.endsWith("s");
  if (numerator === 1 ? plural : !plural && f !== "half") return null;
  return { value: numerator * FRACTION_WORDS[f]!, next: j + 1, vague: false, fraction: true };
}

/** A scale word after digits: "1.5 million", "500 triệu", "3 bn". */
function readScale(
  text: string,
  tokens: Token[],
  j: number,
  value: number,
): { value: number; next: number } {
  while (spaced(text, tokens, j)) {
    if (!mayBeWordIn(IN_SCALES, text, tokens, j)) break;
    const w = wordAt(text, tokens, j);
    if (w === null || !(w in SCALE_WORDS)) break;
    value *= SCALE_WORDS[w]!;
    j++;
  }
  return { value, next: j };
}

const PERCENT_PARTS = PERCENT_WORDS.map((phrase) => phrase.split(" "));
const PERCENT_FIRSTS = vocabulary(PERCENT_PARTS.map((parts) => parts[0]!));

function readPercent(text: string, tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (isChar(text, t, PERCENT) && (adjacent(tokens, j) || spaced(text, tokens, j))) return j + 1;
  if (!spaced(text, tokens, j) || !mayBeWordIn(PERCENT_FIRSTS, text, tokens, j)) return null;
  for (const parts of PERCENT_PARTS) {
    const ok = parts.every(
      (p, k) => wordAt(text, tokens, j + k) === p && (k === 0 || spaced(text, tokens, j + k)),
    );
    if (ok) return j + parts.length;
  }
  return null;
}

/** "VND", "dong", "Belarusian rubles", "Canadian dollars" after the amount. */
function readCurrencyAfter(text: string, tokens: Token[], j: number): number | null {
  if (!spaced(text, tokens, j)) return null;
  const t = tokens[j];
  if (
    t?.kind === "word" &&
    CODE_LENGTHS.has(t.end - t.start) &&
    CURRENCY_CODES.has(text.slice(t.start, t.end))
  )
    return j + 1;
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    if (k > j && !spaced(text, tokens, k)) return null;
    const w = tokens[k]!;
    if (w.kind !== "word") return null;
    if (
      mayBeWordIn(NAMES_OF_CURRENCIES, text, tokens, k) &&
      CURRENCY_NAMES.has(wordAt(text, tokens, k)!)
    )
      return k + 1;
    // "Belarusian rubles", "US dollars", "Hong Kong dollars": capitalised qualifiers only
    if ((classOf(codePointAt(text, w.start)) & UPPER) === 0) return null;
  }
  return null;
}

/** "$", "US$", "VND " written just before the amount: the start offset of the currency. */
function currencyBefore(text: string, start: number): { at: number; currency: string } | null {
  for (const sym of CURRENCY_SYMBOLS) {
    if (start >= sym.length && text.startsWith(sym, start - sym.length))
      return { at: start - sym.length, currency: sym };
  }
  // `\b([A-Z]{3}) ?$` over the four characters before: "VND 500", "(VND500"
  const spaced = start >= 4 && text.charCodeAt(start - 1) === 0x20 && upperAt(text, start - 4, 3);
  const solid =
    !spaced &&
    start >= 3 &&
    upperAt(text, start - 3, 3) &&
    (start === 3 || !isAsciiWordChar(text.charCodeAt(start - 4)));
  if (spaced || solid) {
    const at = spaced ? start - 4 : start - 3;
    const code = text.slice(at, at + 3);
    if (CURRENCY_CODES.has(code)) return { at, currency: code };
  }
  return null;
}

// Where "@", "http:", "https:" and "www." are written in the text read last: asked for each
// sentence, found once for the text.
const URL_CUE = /@|https?:|www\./gi;
let urlCuesFor: string | null = null;
let urlCues: number[] = [];

/**
 * Whether `text[start, end)` has an "@", "http:", "https:" or "www." (in any case), where a space
 * or the edge of the text is on either side (no cue spans a space).
 */
function mayHoldUrl(text: string, start: number, end: number): boolean {
  if (text !== urlCuesFor) {
    urlCuesFor = text;
    urlCues = [];
    URL_CUE.lastIndex = 0;
    for (let m = URL_CUE.exec(text); m; m = URL_CUE.exec(text)) urlCues.push(m.index);
  }
  return anyIn(urlCues, start, end);
}

/** Whether `text[at, at + n)` is ASCII capitals. */
function upperAt(text: string, at: number, n: number): boolean {
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** `\w` (without the u flag). */
const isAsciiWordChar = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c) || c === 0x5f;

/** URLs and e-mail addresses overlapping `[from, to)`; one may start before `from`, never across a space. */
function urlSpans(text: string, from: number, to: number): Span[] {
  let start = from;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  // Neither pattern crosses a space, so the words overlapping the span are all there is to
  // search; scanning the whole rest of the document for each sentence made this quadratic.
  const out: Span[] = [];
  if (!mayHoldUrl(text, start, end)) return out;
  const slice = text.slice(start, end);
  URL.lastIndex = 0;
  for (let m = URL.exec(slice); m && start + m.index < to; m = URL.exec(slice))
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

function inUrl(urls: Span[], at: number): boolean {
  for (const u of urls) if (at >= u.start && at < u.end) return true;
  return false;
}

/**
 * Every number in `text[from, to)`, in order, non-overlapping.
 *   "187 activists" → 187 · "1.5 million" → 1500000 · "two hundred" → 200 · "70 per cent" → 70
 *   (percent) · "500 million VND" → 500000000 (currency "VND") · "a dozen" → 12 · "dozens" → 12
 *   (vague) · "two-thirds" → 0.667 (fraction) · "12-page" → 12 (compound "page").
 * Digits glued to letters or dates ("14th", "6pm", "COVID-19", "22/4/2021", "21:30") and
 * numbers inside URLs are not numbers here.
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  if (!mayHoldNumber(text, from, to) || !tokenize(text, from, to)) return [];
  const tokens = TOKENS;
  const urls = urlSpans(text, from, to);

  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // nearly every token is a word that starts no number: pass it by at once
    if (t.kind !== "num" && (t.kind !== "word" || !mayBeIn(STARTS, text, t.start, t.end))) continue;
    if (urls.length > 0 && inUrl(urls, t.start)) continue;
    let reading: Reading | null = null;
    let form: NumberMatch["form"] = "words";
    if (t.kind === "num") {
      if (gluedNumeral(text, t)) continue;
      const v = parseNumeral(text.slice(t.start, t.end));
      if (v === null) continue;
      const scaled = readScale(text, tokens, i + 1, v);
      reading = { value: scaled.value, next: scaled.next, vague: false, fraction: false };
      form = "digits";
    } else if (t.kind === "word") {
      reading = readWords(text, tokens, i);
    }
    if (!reading) continue;
    // "1,000,000,000,000,000,000,000 leaflets", a 400-digit number, "ten billion billion": no
    // count is that large, and beyond 2^53 the value would not even be the number written.
    if (!Number.isSafeInteger(Math.round(reading.value))) {
      i = reading.next - 1;
      continue;
    }

    let start = t.start;
    let next = reading.next;
    let percent = false;
    let currency: string | null = null;
    const pct = readPercent(text, tokens, next);
    if (pct !== null) {
      percent = true;
      next = pct;
    } else {
      const cur = readCurrencyAfter(text, tokens, next);
      if (cur !== null) {
        currency = text.slice(tokens[next]!.start, tokens[cur - 1]!.end);
        next = cur;
      } else if (form === "digits") {
        const before = currencyBefore(text, t.start);
        if (before) {
          start = before.at;
          currency = before.currency;
        }
      }
    }
    const end = tokens[next - 1]!.end;
    let compound: string | null = null;
    if (!percent && !currency && text[end] === "-" && isLetter(text, end + 1)) {
      compound = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/u.exec(text.slice(end + 1))![0].toLowerCase();
    }
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: reading.value,
      form,
      percent,
      currency,
      vague: reading.vague,
      fraction: reading.fraction,
      compound,
    });
    i = next - 1;
  }
  return out;
}

/** The value of a whole string that is one number ("1.5 million", "twenty-five"), else null. */
export function parseNumber(s: string): number | null {
  const trimmed = s.trim();
  const found = findNumbers(trimmed);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === trimmed.length
    ? found[0]!.value
    : null;
}
