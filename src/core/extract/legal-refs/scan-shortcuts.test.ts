import { describe, expect, it } from "vitest";
import { citationStarts } from "./find.js";
import { alt, ARTICLE, B, CLAUSE, E, LAW_CORE, LINK, POINT } from "./patterns.js";
import { PhraseScanner } from "./phrase-scan.js";
import { lawAfter, lawBefore } from "./rules/04-law-name.js";

// The finders that skip most of a text must find what the whole-text patterns they stand for
// find, on texts built to trip them: phrases that overlap, share first words, run into letters,
// long gaps of white space, prefixes far from the word they belong to.

/** Every text of up to `length` pieces drawn from `pieces`, by a fixed pseudo-random walk. */
function texts(pieces: readonly string[], count: number, length: number): string[] {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: next(length + 1) }, () => pieces[next(pieces.length)]!).join(""),
  );
}

const spans = (re: RegExp, text: string): [number, number][] =>
  [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

describe("phrase scanner", () => {
  const groups = [
    ["viet nam", "vietnam", "the socialist republic of viet nam", "ho  chi minh city"],
    ["the prc", "prc", "the people's republic of china", "u.s."],
    ["(x) y", "x"],
  ];
  const starts = ["covenant on civil", "international covenant on civil", "civil"];
  const scanner = new PhraseScanner([
    ...groups.map((phrases) => ({ phrases })),
    { phrases: starts, everyStart: true },
  ]);
  const pieces = [
    ...["viet", " nam", "vietnam", "the ", "socialist ", "republic", " of ", "prc", "people"],
    ...["'s", " ", "\n\t", "ho", " chi", " minh", " city", "china", "u.s.", "u", ".", "(x)", " y"],
    ...["x", "é", "1", "covenant", " on ", "civil", "international ", "\u{1d400}", "\u{1f600}"],
  ];

  it("finds what a global alternation finds, group by group", () => {
    for (const text of texts(pieces, 1500, 12)) {
      const got = scanner.scan(text).map((hits) => hits.map((h) => [h.start, h.end]));
      const want = groups.map((g) => spans(new RegExp(`${B}${alt(g)}${E}`, "gu"), text));
      const every: [number, number][] = [];
      const sticky = new RegExp(`${B}${alt(starts)}${E}`, "uy");
      for (let i = 0; i < text.length; i++) {
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        if (m) every.push([i, i + m[0].length]);
      }
      expect(got, JSON.stringify(text)).toEqual([...want, every]);
    }
  });
});

describe("citation starts", () => {
  const START = new RegExp(
    `${B}(?:${POINT}\\s+[a-z]${E}\\s*,?\\s*(?:of\\s+|cua\\s+)?)?` +
      `(?:${CLAUSE}\\s+\\d{1,2}${E}\\s*,?\\s*(?:of\\s+(?:the\\s+)?|cua\\s+)?)?` +
      `${ARTICLE}\\s*\\d`,
    "gu",
  );
  const pieces = [
    ...["article", "articles ", "art.", "art", "dieu ", "ст.", "статья ", "point ", "diem "],
    ...["a", "b", "clause ", "khoan ", "paragraph ", "ч.", "1", "12", "117", " ", "\n\n   \n"],
    ...[",", " of ", " of the ", " cua ", "x", "smart", "\u00a0", "-", "é", "\u{1d400}"],
  ];

  it("are where the whole-text pattern matches", () => {
    for (const text of texts(pieces, 1500, 14))
      expect(citationStarts(text), JSON.stringify(text)).toEqual(
        spans(START, text).map(([s]) => s),
      );
  });
});

describe("the law named before a citation", () => {
  const ANYWHERE = new RegExp(LAW_CORE, "gu");
  const pieces = [
    ...["the ", "bathe ", "vietnam's ", "the country's ", "chinese ", "2015 ", "criminal code"],
    ...[" criminal", " code", "  ", "\n \n", "penal code", " of ", "1999", "iccpr", "prc"],
    ...[" criminal law", "'s ", "constitution", "x", ",", " of the republic of belarus", "ук"],
    // a year inside a run of digits or after a letter, letters of other scripts before a word
    ...["12", "é", "\u{1d400}", "\u{1f600}"],
  ];

  it("is the last whole match of the law pattern in the range", () => {
    for (const text of texts(pieces, 800, 14)) {
      const all = [...text.matchAll(ANYWHERE)];
      for (let from = 0; from <= text.length; from += 7) {
        const to = Math.min(text.length, from + 40);
        const inside = all.filter((m) => m.index >= from && m.index < to);
        const cut = inside.findIndex((m) => m.index + m[0].length > to);
        const last = (cut < 0 ? inside : inside.slice(0, cut)).pop();
        const got = lawBefore(text, from, to);
        expect(got && [got.start, got.end], JSON.stringify(text)).toEqual(
          last ? [last.index, last.index + last[0].length] : null,
        );
      }
    }
  });

  it("takes a prefix only where a word starts", () => {
    const text = "they bathe criminal code";
    const got = lawBefore(text, 0, text.length);
    expect(got && text.slice(got.start, got.end)).toBe("criminal code");
  });
});

describe("the law named after a citation", () => {
  const AFTER = new RegExp(`\\s*,?\\s*(?:${LINK}\\s+)?${LAW_CORE}`, "uy");
  const pieces = [
    ...["the ", "vietnam's ", "chinese ", "2015 ", "criminal code", " code", "  ", "\n \n", ","],
    ...["penal code", " of ", "under ", "1999", "iccpr", "'s ", "constitution", "x", "117"],
  ];

  it("is what the pattern matches right there", () => {
    for (const text of texts(pieces, 800, 12)) {
      for (let at = 0; at <= text.length; at += 3) {
        AFTER.lastIndex = at;
        const m = AFTER.exec(text);
        const want = m ? [at + m[0].length - m[0].trimStart().length, at + m[0].length] : null;
        const got = lawAfter(text, at);
        expect(got && [got.start, got.end], JSON.stringify(text)).toEqual(want);
      }
    }
  });
});
