// Character tests the hand-written scans use in place of regexes run over whole sentences. Each
// answers exactly what the regex class it replaces answers for one character of the text.

const LETTER = /^\p{L}$/u;
const LETTER_NUMBER_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** JavaScript's `\s`: white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
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

export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** The code point that ends right before `at` (a surrogate pair counts as one), as a string. */
function codePointBefore(text: string, at: number, floor: number): string {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at - 2 >= floor) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/** The code point starting at `at`, as a string, not reading past `limit`. */
function codePointAt(text: string, at: number, limit: number): string {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < limit) {
    const l = text.charCodeAt(at + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return text.slice(at, at + 2);
  }
  return text[at]!;
}

/** `[\p{L}\p{N}-]` (with the u flag) for the character ending right before `at`. */
export function wordOrHyphenBefore(text: string, at: number, floor: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
  return LETTER_NUMBER_HYPHEN.test(codePointBefore(text, at, floor));
}

/** `[\p{L}\p{N}-]` (with the u flag) for the character starting at `at`. */
export function wordOrHyphenAt(text: string, at: number, limit: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
  return LETTER_NUMBER_HYPHEN.test(codePointAt(text, at, limit));
}

/** Length (1 or 2) of the letter or apostrophe (`[\p{L}’']`) ending at `at`, or 0. */
export function letterOrApostropheBefore(text: string, at: number, floor: number): number {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return isAsciiLetter(c) || c === 39 ? 1 : 0;
  if (c === 0x2019) return 1;
  const cp = codePointBefore(text, at, floor);
  return LETTER.test(cp) ? cp.length : 0;
}
