import { describe, expect, it } from "vitest";
import { findQuotes, mayBeQuoteMark, quoteMarks } from "./quotes.js";

describe("mayBeQuoteMark", () => {
  it("lets through every mark the paragraph scan reads", () => {
    for (const mark of "“”„«»\"'‘’") expect(mayBeQuoteMark(mark.charCodeAt(0)), mark).toBe(true);
  });

  it("turns away letters, spaces, surrogate halves and look-alike marks the scan ignores", () => {
    for (const ch of ["a", " ", "\u00a0", "\u2009", "`", "´", "‹", "›", "‟", "\u{1F600}"])
      for (let k = 0; k < ch.length; k++) expect(mayBeQuoteMark(ch.charCodeAt(k)), ch).toBe(false);
  });

  it("leaves the scan's result as it was on text with marks among other characters", () => {
    const text = "“A,” she said. «B» ‘c’ ''D,'' he said. „E“ \u{1F600}“F” and \"G\"";
    const { pieces } = findQuotes(text, [{ start: 0, end: text.length }]);
    expect(pieces.map((q) => text.slice(q.start, q.end))).toEqual([
      "“A,”",
      "«B»",
      "‘c’",
      "''D,''",
      "„E“",
      "“F”",
      '"G"',
    ]);
  });
});

describe("quoteMarks", () => {
  it.each([
    ["", []],
    ["no marks at all", []],
    ["“A” ‘b’", [0, 2, 4, 6]],
    ["''x'' «y» „z“ ‟", [0, 1, 3, 4, 6, 8, 10, 12]],
    ['\u{1F600}"', [2]],
  ])("%j → %j", (text, expected) => {
    expect(quoteMarks(text)).toEqual(expected);
  });

  it("finds exactly the code units mayBeQuoteMark passes, on generated texts", () => {
    const parts = [
      "“",
      "”",
      "„",
      "«",
      "»",
      '"',
      "'",
      "‘",
      "’",
      "‚",
      "‛",
      "‟",
      "‹",
      "a",
      " ",
      "\u{1F600}",
    ];
    let seed = 3;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let t = 0; t < 300; t++) {
      let text = "";
      for (let k = next(30); k > 0; k--) text += parts[next(parts.length)]!;
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++)
        if (mayBeQuoteMark(text.charCodeAt(i))) expected.push(i);
      expect(quoteMarks(text)).toEqual(expected);
    }
  });

  it("reads each paragraph's own marks, a doubled apostrophe as one mark", () => {
    const text = "He said: ''We go,'' and left.\n«One»\n\nNo marks.\n“Two” ''";
    const paras = [
      { start: 0, end: 29 },
      { start: 30, end: 35 },
      { start: 37, end: 46 },
      { start: 47, end: text.length },
    ];
    expect(findQuotes(text, paras).pieces.map((q) => [q.para, text.slice(q.start, q.end)])).toEqual(
      [
        [0, "''We go,''"],
        [1, "«One»"],
        [3, "“Two”"],
        // opened and never closed: it runs to the end of its paragraph
        [3, "''"],
      ],
    );
  });
});
