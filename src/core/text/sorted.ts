// Offsets kept in ascending order (word runs, fold characters, URL cues) are searched by halving:
// the scans ask about one stretch of the document after another.

/** Index of the first value of `sorted` that is at least `x`, or its length. */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `sorted` holds a value in `[from, to)`. */
export function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  const i = firstAtLeast(sorted, from);
  return i < sorted.length && sorted[i]! < to;
}

/** Index of the first item whose `key` is at least `x`, in items sorted by that key; or the length. */
export function firstWithKeyAtLeast<T>(
  sorted: readonly T[],
  x: number,
  key: (item: T) => number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
