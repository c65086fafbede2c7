import { describe, expect, it } from "vitest";
import { anyIn, firstAtLeast, firstWithKeyAtLeast } from "./sorted.js";

describe("firstAtLeast", () => {
  it.each([
    [[], 5, 0],
    [[3], 3, 0],
    [[3], 4, 1],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 8, 4],
  ])("%j, %i → %i", (sorted, x, at) => {
    expect(firstAtLeast(sorted, x)).toBe(at);
  });
});

describe("anyIn", () => {
  it.each([
    [[], 0, 10, false],
    [[5], 5, 6, true],
    [[5], 0, 5, false], // the end is not in
    [[5], 6, 9, false],
    [[1, 8], 2, 8, false],
    [[1, 8], 2, 9, true],
    [[1, 8], 4, 4, false],
  ])("%j in [%i, %i) → %s", (sorted, from, to, any) => {
    expect(anyIn(sorted, from, to)).toBe(any);
  });
});

describe("firstWithKeyAtLeast", () => {
  it("finds what firstAtLeast finds over the keys", () => {
    const keys = [1, 3, 3, 7, 7, 12];
    const items = keys.map((start) => ({ start, end: start + 1 }));
    for (let x = -1; x <= 13; x++)
      expect(firstWithKeyAtLeast(items, x, (i) => i.start)).toBe(firstAtLeast(keys, x));
    expect(firstWithKeyAtLeast([], 4, (i: { start: number }) => i.start)).toBe(0);
  });
});
