import { describe, expect, it } from "vitest";
import { paragraphs, sentencesIn } from "./segment.js";
import { stopMarks, stopMarksIn } from "./stop-marks.js";

describe("stopMarks", () => {
  it.each([
    ["", []],
    ["No stop here", []],
    ["He left. Why? Go!", [7, 12, 16]],
    ["Wait…?! “Yes.”", [4, 5, 6, 12]],
    ["U.S. 1.5", [1, 3, 6]],
  ])("%j → %j", (text, expected) => {
    expect(stopMarks(text)).toEqual(expected);
    expect(stopMarksIn(text, 0, text.length)).toEqual(expected);
  });

  it("reads only the range it is given", () => {
    expect(stopMarksIn("A. B. C.", 2, 6)).toEqual([4]);
  });

  // Texts of the marks, quotes, spaces, letters and an astral character, in random order.
  const parts = [".", "!", "?", "…", " ", "\n", "”", "Tri", "he", "7", "Mr", "𝐀", "\u2003"];
  const generated = (): string[] => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    return Array.from({ length: 400 }, () => {
      let text = "";
      for (let k = next(40); k > 0; k--) text += parts[next(parts.length)]!;
      return text;
    });
  };

  it("finds by indexOf what a look at every character finds", () => {
    for (const text of generated())
      expect(stopMarks(text)).toEqual(stopMarksIn(text, 0, text.length));
  });

  // The splitter as it was before the marks: every character of the paragraph looked at. Its
  // abbreviation test is left out, so the texts below have no letters before a full stop.
  const byEveryCharacter = (text: string, para: { start: number; end: number }) => {
    const out: { start: number; end: number }[] = [];
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      if (!".!?…".includes(text[i]!)) continue;
      let j = i + 1;
      while (j < para.end && ".!?…".includes(text[j]!)) j++;
      while (j < para.end && "\"'”’»)]".includes(text[j]!)) j++;
      if (j >= para.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < para.end && /\s/.test(text[k]!)) k++;
      if (k >= para.end) break;
      if (!/[\p{Lu}\p{N}]/u.test(text[k]!) && !"\"'“‘«„([".includes(text[k]!)) continue;
      out.push({ start, end: j });
      start = k;
      i = k - 1;
    }
    if (para.end > start) out.push({ start, end: para.end });
    return out;
  };

  it("splits sentences where a look at every character splits them", () => {
    const pieces = [".", "!", "?", "…", " ", "\u2003", "”", "(", "“", "Ba", "7", "𝐀", ".”", " 9"];
    let seed = 5;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let t = 0; t < 600; t++) {
      let text = "";
      for (let k = next(30); k > 0; k--) text += pieces[next(pieces.length)]!;
      const stops = stopMarks(text);
      for (const p of paragraphs(text))
        expect(sentencesIn(text, p, stops)).toEqual(byEveryCharacter(text, p));
    }
  });

  it("splits sentences the same from the document's marks as from the paragraph's own", () => {
    for (const text of generated()) {
      const stops = stopMarks(text);
      for (const p of paragraphs(text))
        expect(sentencesIn(text, p, stops)).toEqual(sentencesIn(text, p));
    }
  });
});
