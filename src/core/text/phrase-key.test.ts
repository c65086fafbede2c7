import { describe, expect, it } from "vitest";
import { IGNORABLE_WORDS, JOINED_WORDS } from "../lexicon/spelling-variants.js";
import { foldedOffset, foldWithOffsets, sourceSpan, type FoldedText } from "./fold-map.js";
import {
  phraseKey,
  phraseTokens,
  wordKey,
  wordRuns,
  wordsKeyedAs,
  WordTokens,
} from "./phrase-key.js";

describe("folded text with offsets", () => {
  it("maps folded ranges back to the source", () => {
    const source = "Điều 117 Bộ luật Hình sự";
    const f = foldWithOffsets(source);
    expect(f.text).toBe("dieu 117 bo luat hinh su");
    const at = f.text.indexOf("bo luat");
    const span = sourceSpan(f, at, f.text.length);
    expect(source.slice(span.start, span.end)).toBe("Bộ luật Hình sự");
    expect(foldedOffset(f, source.indexOf("117"))).toBe(f.text.indexOf("117"));
  });

  it("survives characters that fold to more than one", () => {
    const source = "Straße, Article 88";
    const f = foldWithOffsets(source);
    const span = sourceSpan(f, f.text.indexOf("article"), f.text.length);
    expect(source.slice(span.start, span.end)).toBe("Article 88");
  });
});

describe("phrase keys", () => {
  it.each([
    ["the State’s interests", "state interest"],
    ["Organisations", "organization"],
    ["Viet Nam", "vietnam"],
    ["activities", "activity"],
    ["Lợi dụng các quyền", "loi dung cac quyen"],
    // Names every object inherits are words like any other.
    ["the constructor of toString", "constructor of tostring"],
    ["valueOf hasOwnProperty", "valueof hasownproperty"],
  ])("%s → %s", (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });

  it("gives a word named like an inherited property itself as its key", () => {
    for (const w of ["constructor", "__proto__", "toString"]) expect(wordKey(w)).toBe(w);
  });

  it("keeps source offsets for each word", () => {
    const text = "the People’s Court";
    expect(phraseTokens(text).map((t) => text.slice(t.start, t.end))).toEqual([
      "People’s",
      "Court",
    ]);
  });
});

describe("word tokens", () => {
  /** The tokens as the word pattern finds them, one key worked out per word. */
  function byPattern(text: string): { key: string; start: number; end: number }[] {
    const folded = foldWithOffsets(text);
    const out: { key: string; start: number; end: number }[] = [];
    for (const m of folded.text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
      const key = wordKey(m[0]);
      if (key === "the" || key === "a" || key === "an") continue;
      const span = sourceSpan(folded, m.index, m.index + m[0].length);
      const prev = out[out.length - 1];
      if (prev?.key === "viet" && key === "nam") {
        prev.key = "vietnam";
        prev.end = span.end;
      } else out.push({ key, start: span.start, end: span.end });
    }
    return out;
  }

  it.each([
    "The State’s interests, the Organisations' activities and Viet Nam's laws",
    "thes a's an's ans th'e Viets nams viet  nam\nnam",
    "Đ ộ ß İ ǅ ٣ Ⅻ ² e\u0301 \u{1d400}b \u{1f600} \ud800x \udc00y",
    "people's  'quoted' o'neil's 2020's 1990s -s ies 'ies",
  ])("match the word pattern: %s", (text) => {
    expect(phraseTokens(text)).toEqual(byPattern(text));
    const tokens = new WordTokens(foldWithOffsets(text));
    expect(
      Array.from({ length: tokens.length }, (_, k) => ({
        key: tokens.key(k),
        start: tokens.start(k),
        end: tokens.end(k),
      })),
    ).toEqual(byPattern(text));
  });

  it("tells words apart by shape only when their keys differ", () => {
    for (const key of ["state", "activity", "organization", "the", "offense"])
      for (const w of wordsKeyedAs(key)) expect(wordKey(w)).toBe(key);
    expect(wordsKeyedAs("organization").sort()).toEqual(
      ["organisation", "organisations", "organization", "organizations"].sort(),
    );
  });
});

describe("folded text and tokens, sized at the outset", () => {
  /** The origin map as it was built before: one push per folded character. */
  function pushedOrigin(source: string): number[] {
    const origin: number[] = [];
    for (let i = 0; i < source.length;) {
      const code = source.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
      const folded = foldWithOffsets(source.slice(i, i + width)).text;
      for (let k = 0; k < folded.length; k++) origin.push(i);
      i += width;
    }
    return origin;
  }

  /** The tokens as they were read before (arrays grown a push at a time): start, end, key. */
  function pushedTokens(f: FoldedText): [number, number, string][] {
    const spans: number[] = [];
    const keys: string[] = [];
    const at = (i: number) => (i < f.origin.length ? f.origin[i]! : f.sourceLength);
    const { bounds, count } = wordRuns(f.text);
    for (let r = 0; r < count; r++) {
      const start = bounds[2 * r]!;
      let end = bounds[2 * r + 1]!;
      while (r + 1 < count && f.text.charCodeAt(end) === 0x27 && bounds[2 * r + 2] === end + 1) {
        r++;
        end = bounds[2 * r + 1]!;
      }
      const key = wordKey(f.text.slice(start, end));
      if (IGNORABLE_WORDS.has(key)) continue;
      const last = keys.length - 1;
      const joined = JOINED_WORDS.find(([a, b]) => a === keys[last] && b === key);
      if (last >= 0 && joined) {
        keys[last] = joined[2];
        spans[2 * last + 1] = end;
        continue;
      }
      spans.push(start, end);
      keys.push(key);
    }
    return keys.map((key, k) => [at(spans[2 * k]!), at(spans[2 * k + 1]!), key]);
  }

  const PIECES = [
    "Article 88",
    "Straße",
    "İstanbul",
    "ﬁne",
    "Điều 117",
    "Ho\u0300a Bi\u0300nh",
    "\u0301",
    "😀",
    "\ud83d",
    "\u00a0",
    "\u2009",
    "\u3000",
    "’s",
    "people's",
    "constructor",
    "__proto__",
    "УК РФ",
    " ",
    "the",
    "Viet",
    "Nam",
    "an",
  ];

  it("maps every folded character to where it came from, whatever the folding does to lengths", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      let source = "";
      const parts = 1 + Math.floor(random() * 12);
      for (let p = 0; p < parts; p++) source += PIECES[Math.floor(random() * PIECES.length)];
      const f = foldWithOffsets(source);
      expect([...f.origin]).toEqual(pushedOrigin(source));
      expect(f.origin.length).toBe(f.text.length);
      const tokens = new WordTokens(f);
      const got = Array.from({ length: tokens.length }, (_, k) => [
        tokens.start(k),
        tokens.end(k),
        tokens.key(k),
      ]);
      expect(got).toEqual(pushedTokens(f));
    }
  });
});

describe("word runs", () => {
  const PIECES = [
    "Hanoi",
    " ",
    "2021",
    "😀",
    "𝐀𝐁",
    "\ud83d",
    "Ho\u0300a",
    "constructor",
    "’",
    "\u00a0",
    "٣",
  ];

  it("are the runs the pattern finds, one text after another, long and short", () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Longer texts then shorter ones: nothing of an earlier text may show through in a later one.
    for (const size of [500, 30, 2, 0, 140_000, 7, 300]) {
      let text = "";
      while (text.length < size) text += PIECES[Math.floor(random() * PIECES.length)];
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => [
        m.index,
        m.index + m[0].length,
      ]);
      const runs = wordRuns(text);
      expect(runs.count).toBe(expected.length / 2);
      expect([...runs.bounds].slice(0, 2 * runs.count)).toEqual(expected);
      expect(wordRuns(text)).toBe(runs);
    }
  });
});
