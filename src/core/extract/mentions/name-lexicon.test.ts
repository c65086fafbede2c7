import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey } from "../../text/normalise.js";
import { foldKey } from "./name-lexicon.js";

// What foldKey computed before it returned lower-case ASCII words as they are.
function reference(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(s) ? s.toLowerCase() : matchKey(s);
}

const WORDS = [
  "",
  "nguyen",
  "Nguyen",
  "NGUYEN",
  "nGuyen",
  "Nguyễn",
  "Nguye\u0302\u0303n",
  "constructor",
  "__proto__",
  "hasOwnProperty",
  "Đỗ",
  "ß",
  "\u{1F600}",
  "a\u00a0b",
  "O’Brien",
  "o'brien",
  "@[`{",
  "AZaz",
  "İstanbul",
];

describe("foldKey", () => {
  it("agrees with lower-casing and matchKey on tricky words", () => {
    for (const w of WORDS) expect(foldKey(w), w).toBe(reference(w));
  });

  it("agrees on generated words", () => {
    const chars = fc.constantFrom(
      ..."aZ@[`{~ \u007f\u0080éÉ\u0301’'ßĐ\u00a0\u2009İ".split(""),
      "\u{1F600}",
      "\u{1D400}",
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
        const w = cs.join("");
        expect(foldKey(w)).toBe(reference(w));
      }),
      { numRuns: 2000 },
    );
  });
});
