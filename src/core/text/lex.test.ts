import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex, NUMBER, PUNCT, WORD } from "./lex.js";

// Each token is what slicing gives: its text the characters at its offsets, its lower-case form
// that text lower-cased when it starts with a capital, else the text; its kind and capital read
// from its first character (the possessive "’s" from the apostrophe).
const expectSliced = (text: string): void => {
  for (const t of lex(text)) {
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.lower).toBe(t.cap ? t.text.toLowerCase() : t.text);
  }
};

describe("lex", () => {
  it.each([
    // [text, tokens]
    ["Vietnam’s Ministry said: “No.”", "Vietnam|’s|Ministry|said|:|“|No|.|”"],
    ["the U.S. and e.g. self-dissolved O’Brien", "the|U.S.|and|e.g.|self-dissolved|O’Brien"],
    ["don’t 2021 Điều 117", "don’t|2021|Điều|117"],
  ])("%j → %s", (text, tokens) => {
    expect(lex(text).map((t) => t.text)).toEqual(tokens.split("|"));
  });

  it("gives kinds and capitals by the first character", () => {
    const [the, year, comma] = lex("The 2021,");
    expect(the).toMatchObject({ kind: WORD, cap: true, lower: "the" });
    expect(year).toMatchObject({ kind: NUMBER, cap: false, lower: "2021" });
    expect(comma).toMatchObject({ kind: PUNCT, cap: false, lower: "," });
  });

  it("reads any text as slicing does, one text after another", () => {
    const piece = fc.constantFrom(
      "the",
      "The",
      "Hanoi",
      "HANOI",
      "Ông",
      "ông",
      "’s",
      "'s",
      "-",
      " ",
      ".",
      "U.S.",
      "2021",
      "😀",
      "\u00a0",
      "Đ",
      "a",
      "B",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expectSliced(pieces.join(""));
      }),
      { numRuns: 2000 },
    );
  });
});
