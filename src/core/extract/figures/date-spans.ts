// Looking up the document's dates by offset: every number and many of the words after one ask
// whether a date holds them, and a search over the sorted dates beats reading them all.

import type { Span } from "../../types.js";

export interface DateSpans {
  /** Whether a date overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean;
  /** Whether one date holds all of `[start, end)`. */
  covers(start: number, end: number): boolean;
}

export function dateSpans(dates: readonly Span[]): DateSpans {
  // findDates returns its dates in order and apart; should that ever change, read them all
  const ordered = dates.every(
    (d, i) => d.start < d.end && (i === 0 || dates[i - 1]!.end <= d.start),
  );
  /** Index of the last date starting before `offset` (or at it, with `orAt`), or -1. */
  const lastBefore = (offset: number, orAt: boolean): number => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = dates[mid]!.start;
      if (s < offset || (orAt && s === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    overlaps(start, end) {
      if (!ordered || start >= end) return dates.some((x) => start < x.end && x.start < end);
      const i = lastBefore(end, false);
      return i >= 0 && dates[i]!.end > start;
    },
    covers(start, end) {
      if (!ordered || start >= end) return dates.some((x) => start >= x.start && end <= x.end);
      const i = lastBefore(start, true);
      return i >= 0 && end <= dates[i]!.end;
    },
  };
}
