import { describe, expect, it } from "vitest";
import { buildContext } from "../../text/doc-context.js";
import { literalIn, literalsIn, mayHoldAnyCase, mayHoldSpaced } from "./doc-literals.js";

/** What a search of the slice finds, as offsets in the text: the reading the index stands for. */
function bySlice(text: string, literal: string, start: number, end: number): number[] {
  const slice = text.slice(start, end);
  const out: number[] = [];
  for (let at = slice.indexOf(literal); at >= 0; at = slice.indexOf(literal, at + 1))
    out.push(start + at);
  return out;
}

describe("literalsIn", () => {
  const texts = [
    "She was held under Article 117 and kept under watch under under orders.",
    "A six-year term, then a 12-month ban; the eight-year-old case.",
    " under ",
    "",
  ];
  it("finds in each stretch what a search of its slice finds", () => {
    for (const text of texts) {
      const ctx = buildContext({ text });
      for (const literal of [" under ", "-year", "-month", "under under"])
        for (let start = 0; start <= text.length; start++)
          for (let end = start; end <= text.length; end++) {
            const want = bySlice(text, literal, start, end);
            expect(literalsIn(ctx, literal, { start, end })).toEqual(want);
            expect(literalIn(ctx, literal, { start, end })).toBe(want.length > 0);
          }
    }
  });
});

describe("mayHoldAnyCase and mayHoldSpaced", () => {
  const cases: [string, boolean, boolean][] = [
    ["He must SERVE two years of probation.", true, true],
    ["He served two years.", true, false],
    ["serve two years", true, false],
    ["He will serve", true, false],
    ["He will\u00a0Serve\ttwo years", true, true],
    ["He will ſerve two years", true, true],
    ["No such word here.", false, false],
  ];
  it("answers for the word in any case, and between white space", () => {
    for (const [text, any, spaced] of cases) {
      const ctx = buildContext({ text });
      expect(mayHoldAnyCase(ctx, /serve/)).toBe(any);
      expect(mayHoldSpaced(ctx, "serve")).toBe(spaced);
      // Never false where the patterns the gates stand before could match.
      if (/serve/iu.test(text)) expect(mayHoldAnyCase(ctx, /serve/)).toBe(true);
      if (/\sserve\s/iu.test(text)) expect(mayHoldSpaced(ctx, "serve")).toBe(true);
    }
  });
});
