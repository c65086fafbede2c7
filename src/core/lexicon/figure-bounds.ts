// How a figure bounds its value: "more than 70%" (gt), "at least 238" (gte), "about 95 per
// cent" (approx). Phrases are lower-case and matched as whole words just before the number (or
// just after it, for the trailing ones).

import type { Figure } from "../types.js";

export type Bound = Figure["bound"];

export const BOUNDS_BEFORE: readonly (readonly [string, Bound])[] = [
  ["more than", "gt"],
  ["over", "gt"],
  ["upwards of", "gt"],
  ["in excess of", "gt"],
  ["greater than", "gt"],
  ["above", "gt"],
  ["at least", "gte"],
  ["no fewer than", "gte"],
  ["no less than", "gte"],
  ["not less than", "gte"],
  ["not fewer than", "gte"],
  ["a minimum of", "gte"],
  ["fewer than", "lt"],
  ["less than", "lt"],
  ["under", "lt"],
  ["below", "lt"],
  ["up to", "lte"],
  ["at most", "lte"],
  ["no more than", "lte"],
  ["not more than", "lte"],
  ["a maximum of", "lte"],
  ["about", "approx"],
  ["around", "approx"],
  ["some", "approx"],
  ["nearly", "approx"],
  ["almost", "approx"],
  ["approximately", "approx"],
  ["roughly", "approx"],
  ["an estimated", "approx"],
  ["estimated", "approx"],
  ["close to", "approx"],
  ["circa", "approx"],
  ["~", "approx"],
];

export const BOUNDS_AFTER: readonly (readonly [string, Bound])[] = [
  ["or more", "gte"],
  ["or over", "gte"],
  ["and more", "gte"],
  ["or fewer", "lte"],
  ["or less", "lte"],
  ["or so", "approx"],
];

/** Every word of the bounds before a number ("less", "than", "at", "least", "nearly", …). */
export const BOUND_WORDS: ReadonlySet<string> = new Set(
  BOUNDS_BEFORE.flatMap(([phrase]) => phrase.split(" ")),
);
