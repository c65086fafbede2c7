// Patterns that end in a word found first by a cheaper scan (a law's name, an article word) can
// carry a bounded prefix before it: the pattern need only be tried from where that prefix could
// start at the earliest, not from every offset before.

import { isAsciiDigit, isSpace } from "../../text/chars.js";
import { wordCharWidth, wordRuns } from "../../text/phrase-key.js";

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

/** Runs of letters and digits in a phrase: "viet nam's" has three. */
export function runsIn(phrase: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < phrase.length;) {
    const w = wordCharWidth(phrase, i);
    if (w > 0 && !inRun) n++;
    inRun = w > 0;
    i += Math.max(w, 1);
  }
  return n;
}

/** Index of the first run of `text` starting at `at` or later (or the number of runs). */
function firstRunFrom(bounds: readonly number[], count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the `runs`-th run of letters and digits before offset `at` starts, or 0. */
export function runsBack(text: string, at: number, runs: number): number {
  const { bounds, count } = wordRuns(text);
  const k = firstRunFrom(bounds, count, at) - runs;
  return k > 0 ? bounds[2 * k]! : 0;
}

/** Whether every phrase opens with a letter or digit: its match can start only where a run does. */
export const opensRuns = (phrases: readonly string[]): boolean =>
  phrases.every((p) => wordCharWidth(p.trim(), 0) > 0);

/**
 * The match a global scan of `sticky`'s pattern from `from` finds first, when the pattern's
 * matches can start only where a run of letters and digits starts (what precedes the match is
 * no letter or digit, and it opens with one) or, with `digits`, at an ASCII digit, and one is
 * known to start at `to` at the latest: the pattern is tried at those offsets alone, not at every
 * offset from `from`. A pattern that opens with a look-behind is tried by V8 at every offset.
 */
export function firstMatchFrom(
  sticky: RegExp,
  text: string,
  from: number,
  to: number,
  digits: boolean,
): RegExpExecArray | null {
  const { bounds, count } = wordRuns(text);
  for (let p = from, r = firstRunFrom(bounds, count, from); p <= to; p++) {
    const opensRun = r < count && bounds[2 * r] === p;
    if (opensRun) r++;
    else if (!digits || !isAsciiDigit(text.charCodeAt(p))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}
