// The bound written around a figure's number: "more than", "at least", "about", "or more".

import { BOUNDS_AFTER, BOUNDS_BEFORE, type Bound } from "../../lexicon/figure-bounds.js";
import { endsWithPhrase, mayEndWithOneOf, mayStartWithOneOf, startsWithPhrase } from "./words.js";

const BEFORE = [...BOUNDS_BEFORE].sort((a, b) => b[0].length - a[0].length);
const AFTER = [...BOUNDS_AFTER].sort((a, b) => b[0].length - a[0].length);
const BEFORE_PHRASES = BEFORE.map(([p]) => p);
const AFTER_PHRASES = AFTER.map(([p]) => p);

/**
 * The bound written around a number and the span it widens the figure to:
 *   "more than 70%" → gt · "at least 150" → gte · "about 40 per cent" → approx · "50 or more" → gte.
 */
export function readBound(
  text: string,
  start: number,
  end: number,
  floor: number,
  ceiling: number,
): { bound: Bound; start: number; end: number } {
  let bound: Bound = "eq";
  let s = start;
  let e = end;
  for (const [phrase, b] of mayEndWithOneOf(text, start, BEFORE_PHRASES) ? BEFORE : []) {
    const at = endsWithPhrase(text, start, phrase);
    if (at !== null && at >= floor) {
      bound = b;
      s = at;
      break;
    }
  }
  for (const [phrase, b] of mayStartWithOneOf(text, end, AFTER_PHRASES) ? AFTER : []) {
    const at = startsWithPhrase(text, end, phrase);
    if (at !== null && at <= ceiling) {
      if (bound === "eq") bound = b;
      e = at;
      break;
    }
  }
  return { bound, start: s, end: e };
}
