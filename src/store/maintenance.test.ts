import { describe, expect, it } from "vitest";
import { needsVacuum } from "./maintenance.js";

describe("needsVacuum", () => {
  it.each([
    // documents now, counted at the last VACUUM (-1: never), whether to VACUUM
    [0, -1, false],
    [499, -1, false],
    [500, -1, true],
    [20, 0, false],
    [1_499, 1_000, false],
    [1_700, 1_000, true],
    [19_000, 16_000, false],
    [20_000, 16_000, true],
  ])("%i documents, %i counted: %s", (documents, counted, expected) => {
    expect(needsVacuum(documents, counted)).toBe(expected);
  });
});
