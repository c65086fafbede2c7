// Character classes for the hand-written word scanner (words.ts): a regular expression's match
// objects cost more than the scan itself, and every sentence with a number is read into words.

export const LETTER = 1;
export const MARK = 2;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 4;
/** A number of any script (`\p{N}`). */
export const NUMBER = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** Classes of the BMP, filled in as characters are first seen (0: not yet; 8: seen). */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

const classify = (ch: string): number =>
  8 |
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
      c = cp >= 0xd800 && cp <= 0xdfff ? 8 : classify(String.fromCharCode(cp));
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

/** The code point at `k` as a regular expression with the u flag reads it. */
export function codePointAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

// Lower-casing words one by one costs more than finding them: the text is lower-cased once and
// each word's lower case sliced from it. Only "İ" (two characters in lower case) and "Σ" (whose
// lower case depends on the letters around it) make the two differ; such a text is not cached.
let loweredFor: string | null = null;
let lowered: string | null = null;

/** `text.toLowerCase()` when every slice of it is the lower case of that slice of `text`. */
export function lowerCased(text: string): string | null {
  if (text !== loweredFor) {
    loweredFor = text;
    lowered = text.includes("\u0130") || text.includes("\u03a3") ? null : text.toLowerCase();
  }
  return lowered;
}
