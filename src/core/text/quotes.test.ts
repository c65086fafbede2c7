import { describe, expect, it } from "vitest";
import { findQuotes, mayBeQuoteMark } from "./quotes.js";

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
