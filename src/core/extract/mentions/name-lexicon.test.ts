import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex } from "../../text/lex.js";
import { matchKey } from "../../text/normalise.js";
import { foldKey, tokKey } from "./name-lexicon.js";

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

describe("tokKey", () => {
  it("is foldKey of the token's text for every token of tricky text", () => {
    const text =
      "Nguyễn Văn Đài and NGUYEN VAN DAI met Mr. Tri, Ms. O’Brien, iPhone users, the \u212Aelvin " +
      "Institute (\u212A), İstanbul’s Ombudsman, Ⅻ Corps, \u{1F600}Emoji, ÆSIR, Ǆemal, constructor " +
      "Constructor __proto__ the US-based Group; " +
      "Nguye\u0302\u0303n\u00a0Hai\u2009said.";
    for (const t of lex(text)) expect(tokKey(t), t.text).toBe(foldKey(t.text));
    for (const t of lex(text.normalize("NFD"))) expect(tokKey(t), t.text).toBe(foldKey(t.text));
  });

  it("agrees on generated words", () => {
    const chars = fc.constantFrom(
      ..."aZkK\u212AéÉ\u0301’'-İǄⅫ1".split(""),
      "\u{1F600}",
      "\u{10400}",
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 10 }), (cs) => {
        const text = cs.join("");
        for (const t of lex(text)) expect(tokKey(t)).toBe(foldKey(t.text));
      }),
      { numRuns: 2000 },
    );
  });
});
