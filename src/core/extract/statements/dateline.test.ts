import { describe, expect, it } from "vitest";
import { datelineEnd } from "./dateline.js";

// The pattern alone, as `datelineEnd` read every paragraph before its first-letters check.
const DATELINE =
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2})?(?: \([A-Z][\p{L} .]{0,30}\))? ?(?:—|–|--|-) +/u;

function byPattern(text: string, start: number, end: number): number | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 120)));
  return m === null ? null : start + m[0].length;
}

const PARAGRAPHS = [
  "HANOI (Reuters) — The court upheld the sentence.",
  "HUE, Vietnam (AP) — Lawyers for the blogger said they would appeal.",
  "DA NANG -- Police detained two men on Monday.",
  "U.S. — The embassy said it was concerned.",
  "O’NEILL - a name in capitals with an apostrophe.",
  "Hanoi (Reuters) — a city not in capitals.",
  "The verdict was read at noon.",
  "“We will appeal,” she said.",
  "A — one letter only.",
  "X",
  "",
  "-- a dash first",
];

describe("datelineEnd", () => {
  it("agrees with the pattern on every paragraph and every start", () => {
    const text = PARAGRAPHS.join("\n\n");
    for (let start = 0; start <= text.length; start++)
      for (const end of [start, start + 1, start + 2, start + 40, text.length])
        expect(datelineEnd(text, start, end), `${start}–${end}`).toBe(byPattern(text, start, end));
  });

  it("ends after the dash and its spaces", () => {
    const text = "HANOI (Reuters) — The court upheld the sentence.";
    expect(datelineEnd(text, 0, text.length)).toBe(text.indexOf("The"));
  });
});
