// Patterns that end in a word found first by a cheaper scan (a law's name, an article word) can
// carry a bounded prefix before it: the pattern need only be tried from where that prefix could
// start at the earliest, not from every offset before.

import { isSpace } from "../../text/chars.js";

/**
 * The earliest offset, not before `from`, from which [offset, at) holds at most `most` characters
 * other than white space: where a prefix of that many such characters ending at `at` can start.
 */
export function lookBack(text: string, at: number, from: number, most: number): number {
  let i = at;
  for (let seen = 0; i > from; i--) {
    if (isSpace(text.charCodeAt(i - 1))) continue;
    if (seen === most) break;
    seen++;
  }
  return i;
}

/** Characters other than spaces in the longest phrase of a list. */
export const widest = (phrases: readonly string[]): number =>
  Math.max(0, ...phrases.map((p) => p.replace(/ /g, "").length));
