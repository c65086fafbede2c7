import { describe, expect, it } from "vitest";
import { foldedOffset, foldWithOffsets, sourceSpan } from "./fold-map.js";
import { phraseKey, phraseTokens, wordKey, wordsKeyedAs, WordTokens } from "./phrase-key.js";

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
