// Character tests for the hand-written scans that stand in for regular expressions run over whole
// sentences (a match object costs more than the scan). Each answers exactly what the regex class
// it replaces answers for one character, surrogate pairs read as the u flag reads them.

export const LETTER = 1;
export const MARK = 2;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 4;
/** A number of any script (`\p{N}`). */
export const NUMBER = 16;
/** Set on every classified entry of the table, so that 0 means "not classified yet". */
const SEEN = 8;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** Classes of the BMP, filled in as characters are first seen. */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

const classify = (ch: string): number =>
  SEEN |
  (IS_LETTER.test(ch) ? LETTER : 0) |
  (IS_MARK.test(ch) ? MARK : 0) |
  (IS_UPPER.test(ch) ? UPPER : 0) |
  (IS_NUMBER.test(ch) ? NUMBER : 0);

/** LETTER, MARK, UPPER and NUMBER bits of the code point `cp` (a lone surrogate has none). */
export function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return LETTER;
    if (cp >= 0x30 && cp <= 0x39) return NUMBER;
    return cp >= 0x41 && cp <= 0x5a ? LETTER | UPPER : 0;
  }
  if (cp < 0x10000) {
    let c = BMP_CLASSES[cp]!;
    if (c === 0) {
      c = cp >= 0xd800 && cp <= 0xdfff ? SEEN : classify(String.fromCharCode(cp));
      BMP_CLASSES[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASSES.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    ASTRAL_CLASSES.set(cp, c);
  }
  return c;
}

export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * A character as a case-insensitive Unicode pattern compares it with ASCII: upper-case ASCII
 * letters, "ſ" (s) and "K" (the Kelvin sign, k) read as lower-case letters; no other character
 * is taken for an ASCII one.
 */
export function foldAscii(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c === 0x17f) return 0x73;
  if (c === 0x212a) return 0x6b;
  return c;
}

/** JavaScript's `\s` (white space and line terminators), for one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Code units of the code point `cp`. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/**
 * The code point starting at `k`, a surrogate pair read as one only when it ends before `limit`
 * (a regex run over `text.slice(…, limit)` sees no low half past it).
 */
export function codePointAt(text: string, k: number, limit = text.length): number {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < limit) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point ending right before `at`, a surrogate pair read as one only from `floor` on. */
export function codePointBefore(text: string, at: number, floor = 0): number {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at - 2 >= floor) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Where a u-flag search from `from` starts: at the pair, when `from` falls inside one. */
export function searchStart(text: string, from: number): number {
  if (from > 0 && from < text.length) {
    const c = text.charCodeAt(from);
    const p = text.charCodeAt(from - 1);
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) return from - 1;
  }
  return from;
}

/** The end of the numeral `\d+(?:[.,]\d+)*` ("1,500.25") starting at the ASCII digit at `k`. */
export function numeralEnd(text: string, k: number): number {
  const n = text.length;
  k++;
  for (;;) {
    while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
    const sep = text.charCodeAt(k);
    if ((sep === 0x2e || sep === 0x2c) && isAsciiDigit(text.charCodeAt(k + 1))) k++;
    else return k;
  }
}

// A pattern with the i flag compares characters by their case folding, and U+0345 (a combining
// mark) folds to ι, a letter: such a pattern reads it as one (`[\p{L}]`, `[^\p{L}]`, lookarounds).
const FOLDS_TO_LETTER = 0x345;

/** `\p{L}` as a pattern with the i and u flags reads it. */
export const isLetterIu = (cp: number): boolean =>
  cp === FOLDS_TO_LETTER || (classOf(cp) & LETTER) !== 0;

/** `[\p{L}\p{N}]` as a pattern with the i and u flags reads it. */
export const isLetterOrNumberIu = (cp: number): boolean =>
  cp === FOLDS_TO_LETTER || (classOf(cp) & (LETTER | NUMBER)) !== 0;

/** `[\p{L}\p{N}-]` (flags iu) for the character starting at `at`, not reading past `limit`. */
export function wordOrHyphenAt(text: string, at: number, limit: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x2d || isLetterOrNumberIu(c < 0x80 ? c : codePointAt(text, at, limit));
}

/** `[\p{L}\p{N}-]` (flags iu) for the character ending right before `at`, from `floor`. */
export function wordOrHyphenBefore(text: string, at: number, floor: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 0x2d || isLetterOrNumberIu(c < 0x80 ? c : codePointBefore(text, at, floor));
}

/** Length (1 or 2) of the letter or apostrophe (`[\p{L}’']`, flag u only) ending at `at`, read from `floor`, or 0. */
export function letterOrApostropheBefore(text: string, at: number, floor: number): number {
  const c = text.charCodeAt(at - 1);
  if (c === 0x27 || c === 0x2019) return 1;
  const cp = c < 0x80 ? c : codePointBefore(text, at, floor);
  return (classOf(cp) & LETTER) !== 0 ? width(cp) : 0;
}
