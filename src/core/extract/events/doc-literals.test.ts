import { describe, expect, it } from "vitest";
import { buildContext } from "../../text/doc-context.js";
import { literalIn, literalsIn, mayHoldRun } from "./doc-literals.js";

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

describe("mayHoldRun", () => {
  it("is true wherever a pattern could find the word between white space", () => {
    const cases: [string, boolean][] = [
      ["He must SERVE two years of probation.", true],
      ["He served two years and is serving more.", false],
      ["serve", true],
      ["reserve the seats", false],
      ["He will\u00a0Serve\ttwo years", true],
      ["He will ſerve two years", true],
      ["No such word here.", false],
    ];
    for (const [text, want] of cases) {
      const ctx = buildContext({ text });
      expect(mayHoldRun(ctx, "serve")).toBe(want);
      if (/(?:^|\s)serve(?:\s|$)/iu.test(text)) expect(mayHoldRun(ctx, "serve")).toBe(true);
    }
  });
});
