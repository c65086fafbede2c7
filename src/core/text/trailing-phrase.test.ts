import { describe, expect, it } from "vitest";
import { DATE_CUES, PERIOD_PARTS } from "../lexicon/calendar.js";
import { TrailingPhrases } from "./trailing-phrase.js";

// The scan must read what the pattern it stands for reads, above all at its edges: letters that
// fold to ASCII (ſ, K), the one mark `[^\p{L}]` takes for a letter under the i flag (U+0345),
// astral characters before a phrase, and a stretch that starts inside a word or a surrogate pair.
const patternOf = (phrases: readonly string[], spaceAfter: boolean): RegExp =>
  new RegExp(
    `(?:^|[^\\p{L}])(${[...phrases]
      .sort((a, b) => b.length - a.length)
      .map((c) => c.replace(/ /g, "\\s+"))
      .join("|")})\\s${spaceAfter ? "+" : "*"}$`,
    "iu",
  );

/** What the pattern gives over `text[from, to)`, as the scan reports it. */
function byPattern(re: RegExp, text: string, from: number, to: number) {
  const m = re.exec(text.slice(from, to));
  if (!m) return null;
  // The phrase starts after the whole character before it (two code units for an astral one).
  const lead = /^[^\p{L}]/u.exec(m[0])?.[0].length ?? 0;
  const at = to - (m[0].length - lead);
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { at, start, end: start + m[1]!.length };
}

const TEXTS = [
  "arrested by the end of ",
  "arrested BY THE END OF ",
  "arrested by  the\nend of\t",
  "the end of ",
  "until the end of ",
  "xthe end of ",
  "ſince ",
  "SINCE ",
  "Since",
  "in early ",
  "in early",
  "mid-",
  "mid ",
  "amid ",
  "midst ",
  "the first half of ",
  "in the first half of  ",
  "\u{1f600}since ",
  "\u{1d400}since ",
  "\u0345since ",
  "\u0301since ",
  "é since ",
  "—as of ",
  "\u00a0as\u2009at\u00a0",
  "on \ud835since ",
  "\udc00on ",
  "to ",
  "and ",
  "of ",
  "Kin ",
  "\u212aof ",
  "",
  " ",
];

describe.each([
  ["cues", DATE_CUES, true],
  ["period parts", PERIOD_PARTS, false],
] as const)("%s", (_, phrases, spaceAfter) => {
  const scan = new TrailingPhrases(phrases, spaceAfter);
  const re = patternOf(phrases, spaceAfter);
  it.each(TEXTS)("%j, read from every offset", (text) => {
    for (let from = 0; from <= text.length; from++)
      expect(scan.find(text, from, text.length), `from ${from}`).toEqual(
        byPattern(re, text, from, text.length),
      );
  });
});
