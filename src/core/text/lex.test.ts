import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex, NUMBER, PUNCT, WORD } from "./lex.js";

// lex takes the words it read before from a table of recent words instead of slicing them again.
// Whatever the table holds, each token must be what slicing gives: its text the characters at its
// offsets, its lower-case form that text lower-cased when it starts with a capital, else the text.
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

  it("reads a word the same in any case, after any other word, however long", () => {
    // The same letters in other cases, words at and past the length the table keeps (12), and
    // more distinct words than it has slots, so that words push each other out.
    const words = ["the", "The", "THE", "tHe", "abcdefghijkl", "Abcdefghijkm", "ABCDEFGHIJKLM"];
    for (let i = 0; i < 6000; i++) words.push(`w${i.toString(36)}`, `W${i.toString(36)}x`);
    const text = words.join(" ");
    expectSliced(text);
    expectSliced(text);
    expectSliced([...words].reverse().join(", "));
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
