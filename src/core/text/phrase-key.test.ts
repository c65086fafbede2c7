import { describe, expect, it } from "vitest";
import { foldedOffset, foldWithOffsets, sourceSpan } from "./fold-map.js";
import { phraseKey, phraseTokens } from "./phrase-key.js";

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
  ])("%s → %s", (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });

  it("keeps source offsets for each word", () => {
    const text = "the People’s Court";
    expect(phraseTokens(text).map((t) => text.slice(t.start, t.end))).toEqual([
      "People’s",
      "Court",
    ]);
  });
});
