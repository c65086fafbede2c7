import { describe, expect, it } from "vitest";
import { BOUNDS_AFTER, BOUNDS_BEFORE } from "../../lexicon/figure-bounds.js";
import { PART_OPENERS, TOTAL_CUES } from "../../lexicon/figure-contexts.js";
import { dateSpans } from "./date-spans.js";
import {
  endsWithPhrase,
  mayEndWithOneOf,
  mayStartWithOneOf,
  startsWithPhrase,
  wordIndexAt,
  wordsIn,
} from "./words.js";

// The phrase readers compare by hand what these patterns match; they must agree on everything.
const source = (p: string): string =>
  p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const anyOf = (list: readonly string[]): string => list.map(source).join("|");
const longest = (list: readonly string[]): number => Math.max(...list.map((p) => p.length));

const PIECES = [
  "more than",
  "MORE  THAN",
  "at\nleast",
  "ſome",
  "over",
  "xover",
  "5over",
  "up to",
  "~",
  "a total of",
  "or more",
  "Or over",
  "of these",
  "among them",
  "of",
  "than",
  " ",
  "  ",
  "\u00a0",
  "\t",
  ",",
  ".",
  "17",
  "²",
  "½",
  "Ⅻ",
  "𝐀",
  "\ud835",
  "\u212a",
  "İ",
  "é",
  "e\u0301",
  "\u0345",
  "some",
  "about",
  "above",
];

/** Short texts made of the pieces, the same every run. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    let s = "";
    for (let j = 1 + next(6); j > 0; j--) s += PIECES[next(PIECES.length)];
    yield s;
  }
}

describe("phrase readers", () => {
  const before = BOUNDS_BEFORE.map(([p]) => p);
  const after = BOUNDS_AFTER.map(([p]) => p);

  it("read the ends of texts as the patterns do", () => {
    const wrong: string[] = [];
    const same = (a: unknown, b: unknown, text: string): void => {
      if (a !== b) wrong.push(text);
    };
    const lists = [before, TOTAL_CUES].map((list) => ({
      list,
      re: new RegExp(`(?:${anyOf(list)})\\s*$`, "iu"),
    }));
    const phrases = before.map((phrase) => ({
      phrase,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${source(phrase)}\\s*$`, "iu"),
    }));
    for (const text of texts(1500)) {
      for (const { list, re } of lists) {
        const from = Math.max(0, text.length - longest(list) - 20);
        same(mayEndWithOneOf(text, text.length, list), re.test(text.slice(from)), text);
      }
      for (const { phrase, re } of phrases) {
        const from = Math.max(0, text.length - phrase.length - 20);
        const m = re.exec(text.slice(from));
        same(endsWithPhrase(text, text.length, phrase), m ? from + m.index : null, text);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("read the starts of texts as the patterns do", () => {
    const wrong: string[] = [];
    const same = (a: unknown, b: unknown, text: string): void => {
      if (a !== b) wrong.push(text);
    };
    for (const text of texts(4000)) {
      for (const list of [after, PART_OPENERS]) {
        const re = new RegExp(`^\\s*(?:${anyOf(list)})`, "iu");
        same(mayStartWithOneOf(text, 0, list), re.test(text.slice(0, longest(list) + 20)), text);
      }
      for (const phrase of after) {
        const re = new RegExp(`^\\s*${source(phrase)}(?![\\p{L}\\p{N}])`, "iu");
        const m = re.exec(text.slice(0, phrase.length + 20));
        same(startsWithPhrase(text, 0, phrase), m ? m[0].length : null, text);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("wordsIn", () => {
  it("reads words, numerals and marks with their lower case", () => {
    const words = wordsIn("Defenders’ 1,500 pre-trial U.S. Vietnam’s", 0, 41);
    expect(words.map((w) => [w.text, w.lower, w.kind])).toEqual([
      ["Defenders’", "defenders’", "word"],
      ["1,500", "1,500", "num"],
      ["pre-trial", "pre-trial", "word"],
      ["U.S", "u.s", "word"],
      [".", ".", "punct"],
      ["Vietnam’s", "vietnam’s", "word"],
    ]);
    expect(wordIndexAt(words, 11)).toBe(1);
    expect(wordIndexAt(words, 12)).toBe(2);
    expect(wordIndexAt(words, 99)).toBe(words.length);
  });
});

describe("dateSpans", () => {
  const spans = dateSpans([
    { start: 5, end: 10 },
    { start: 20, end: 30 },
  ]);
  it("finds the dates over or around a span", () => {
    expect(spans.overlaps(0, 5)).toBe(false);
    expect(spans.overlaps(9, 12)).toBe(true);
    expect(spans.overlaps(10, 20)).toBe(false);
    expect(spans.covers(20, 30)).toBe(true);
    expect(spans.covers(19, 25)).toBe(false);
    expect(spans.covers(6, 8)).toBe(true);
  });
  it("reads dates out of order one by one", () => {
    const odd = dateSpans([
      { start: 20, end: 30 },
      { start: 5, end: 25 },
    ]);
    expect(odd.covers(6, 24)).toBe(true);
    expect(odd.overlaps(26, 40)).toBe(true);
  });
});
