// What is written just before an offset, read by hand: cheap tests that let the rules skip a
// pattern anchored at the offset (which the regular expression engine tries from every position
// of the text before it) when it cannot match.

import { codePointBefore, isLetterIu, isSpace, width } from "../../text/chars.js";

/** Index of the last character of `text[floor, end)` that is not a space, or -1. */
export function lastNonSpace(text: string, end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor && isSpace(text.charCodeAt(k))) k--;
  return k >= floor ? k : -1;
}

/**
 * The run of letters ending at index `k`, not reaching before `floor`, lower-cased and with "ſ"
 * read as "s": the letters and ASCII letters a case-insensitive Unicode pattern takes it for
 * (`\p{L}` and U+0345; "K", the Kelvin sign, lower-cases to "k"). Empty when `text[k]` is no
 * letter.
 */
export function lettersEndingAt(text: string, k: number, floor: number): string {
  let from = k + 1;
  while (from > floor) {
    const cp = codePointBefore(text, from, floor);
    if (!isLetterIu(cp)) break;
    from -= width(cp);
  }
  const lower = text.slice(from, k + 1).toLowerCase();
  return lower.includes("ſ") ? lower.replace(/ſ/g, "s") : lower;
}

/** Whether every word of `words` is plain lower-case ASCII, as `lettersEndingAt` compares. */
export const plainWords = (words: Iterable<string>): boolean =>
  [...words].every((w) => /^[a-z]+$/.test(w));
