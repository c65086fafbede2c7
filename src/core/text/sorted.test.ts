import { describe, expect, it } from "vitest";
import { anyIn, firstAtLeast } from "./sorted.js";

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
