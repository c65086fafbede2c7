// Whether two numbers with bounds can both be true, within a tolerance. A bound makes a number a
// range: "at least 238" is [238, ∞), "239" is [239, 239], so they agree; "more than 70%" and
// "65%" do not. Tolerance widens the comparison by max(absolute, relative × the larger value).
//   agree({238, gte}, {239, eq})            → true
//   agree({36, eq}, {45, eq})               → false, gap 9
//   agree({800, approx}, {760, eq})         → true (about = ±10%)

import type { Figure } from "../types.js";

export interface Bounded {
  value: number;
  bound: Figure["bound"];
}

export interface Tolerance {
  /** Fraction of the larger value: 0.05 lets 36 and 37 agree. */
  relative: number;
  /** In the numbers' unit. */
  absolute: number;
  /** How wide "about" is, as a fraction. */
  approx: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.05, absolute: 0, approx: 0.1 };

interface Range {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export function rangeOf(b: Bounded, t: Tolerance = DEFAULT_TOLERANCE): Range {
  const v = b.value;
  switch (b.bound) {
    case "gt":
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case "gte":
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case "lt":
      return { lo: -Infinity, hi: v, loOpen: true, hiOpen: true };
    case "lte":
      return { lo: -Infinity, hi: v, loOpen: true, hiOpen: false };
    case "approx":
      return { lo: v * (1 - t.approx), hi: v * (1 + t.approx), loOpen: false, hiOpen: false };
    default:
      return { lo: v, hi: v, loOpen: false, hiOpen: false };
  }
}

/** How far apart the two ranges are (0 when they meet), before tolerance. */
export function gap(a: Bounded, b: Bounded, t: Tolerance = DEFAULT_TOLERANCE): number {
  const x = rangeOf(a, t);
  const y = rangeOf(b, t);
  if (x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen))) return y.lo - x.hi;
  if (y.hi < x.lo || (y.hi === x.lo && (y.hiOpen || x.loOpen))) return x.lo - y.hi;
  return 0;
}

/** The two can both be true within the tolerance. */
export function agree(a: Bounded, b: Bounded, t: Tolerance = DEFAULT_TOLERANCE): boolean {
  const g = gap(a, b, t);
  if (g === 0) {
    // Touching open ends ("more than 238" against exactly 238) meet only within a tolerance.
    const x = rangeOf(a, t);
    const y = rangeOf(b, t);
    const touching =
      (x.hi === y.lo && (x.hiOpen || y.loOpen) && x.hi !== Infinity) ||
      (y.hi === x.lo && (y.hiOpen || x.loOpen) && y.hi !== Infinity);
    if (!touching) return true;
  }
  const allowed = Math.max(t.absolute, t.relative * Math.max(Math.abs(a.value), Math.abs(b.value)));
  return g <= allowed && (g > 0 || allowed > 0);
}
