import { describe, expect, it } from "vitest";
import { wordValues } from "./number-vocabulary.js";

// A record's own words and nothing else: the names every object inherits ("constructor",
// "valueOf") are no number words, though `in` and indexing a record would find them.
const RECORD: Readonly<Record<string, number>> = { two: 2, dozen: 12, zero: 0 };
const values = wordValues(RECORD);

describe("wordValues", () => {
  it.each<[string, number | undefined]>([
    ["two", 2],
    ["dozen", 12],
    ["zero", 0],
    ["three", undefined],
    ["", undefined],
    ["Two", undefined],
    ["constructor", undefined],
    ["__proto__", undefined],
    ["hasOwnProperty", undefined],
    ["valueOf", undefined],
  ])("%j", (word, value) => {
    expect(values.has(word)).toBe(value !== undefined);
    expect(values.get(word)).toBe(value);
  });
});
