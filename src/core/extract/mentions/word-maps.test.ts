import { describe, expect, it } from "vitest";
import { MONTHS, PRONOUNS } from "../../lexicon/function-words.js";
import { ABBREVIATED_TITLES, HONORIFICS, ROLE_GENDER } from "../../lexicon/titles.js";
import { ABBREVIATION, HONORIFIC, MONTH, PRONOUN, ROLE_GENDERS } from "./word-maps.js";

const PAIRS: [string, Readonly<Record<string, unknown>>, ReadonlyMap<string, unknown>][] = [
  ["ABBREVIATED_TITLES", ABBREVIATED_TITLES, ABBREVIATION],
  ["HONORIFICS", HONORIFICS, HONORIFIC],
  ["ROLE_GENDER", ROLE_GENDER, ROLE_GENDERS],
  ["PRONOUNS", PRONOUNS, PRONOUN],
  ["MONTHS", MONTHS, MONTH],
];

// Words that look like properties of an ordinary object, and spellings a word list never holds.
const ODD = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "",
  "Mr",
  "MR",
  "mr.",
  "m\u0301r",
  "\u{1F600}",
  "he\u00a0",
  "1",
  "01",
];

describe("word maps", () => {
  for (const [name, record, map] of PAIRS) {
    it(`${name}: the same answer as the record for every listed and odd word`, () => {
      const words = [...Object.keys(record), ...Object.keys(record).map((w) => w.toUpperCase())];
      for (const w of [...words, ...ODD]) {
        expect(map.get(w), w).toBe(record[w]);
        expect(map.has(w), w).toBe(Object.hasOwn(record, w));
      }
      expect(map.size).toBe(Object.keys(record).length);
    });
  }
});
