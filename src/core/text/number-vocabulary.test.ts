import { describe, expect, it } from "vitest";
import { wordValues } from "./number-vocabulary.js";

// A record read by `in` and by index, and the same record read through wordValues: the two must
// answer alike for its own words, for words it lacks and for the names every object inherits.
const RECORD: Readonly<Record<string, number>> = { two: 2, dozen: 12, zero: 0 };
const values = wordValues(RECORD);

describe("wordValues", () => {
  it.each<[string, boolean, unknown]>([
    ["two", true, 2],
    ["dozen", true, 12],
    ["zero", true, 0],
    ["three", false, undefined],
    ["", false, undefined],
    ["Two", false, undefined],
    ["constructor", true, Object],
    ["__proto__", true, Object.prototype],
    ["hasOwnProperty", true, Object.prototype.hasOwnProperty],
    ["hasownproperty", false, undefined],
  ])("%j", (word, has, value) => {
    expect(values.has(word)).toBe(has);
    expect(values.has(word)).toBe(word in RECORD);
    expect(values.get(word)).toBe(value);
    expect(values.get(word)).toBe(RECORD[word]);
  });
});
