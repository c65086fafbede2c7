import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, paragraphs, sentences, tokens } from "./segment.js";

const split = (text: string): string[] => sentences(text).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it.each([
    [
      "Police arrested him. He was held for months.",
      ["Police arrested him.", "He was held for months."],
    ],
    [
      "Lt. Gen. Pham Van Son spoke on Nov. 19 in Hanoi.",
      ["Lt. Gen. Pham Van Son spoke on Nov. 19 in Hanoi."],
    ],
    [
      "Dr. Tran Van Khoa and Mr. Tri left. U.S. officials stayed.",
      ["Dr. Tran Van Khoa and Mr. Tri left.", "U.S. officials stayed."],
    ],
    ["“It is unjust.” She said nothing else.", ["“It is unjust.”", "She said nothing else."]],
    ["He asked: “Why?” Nobody answered.", ["He asked: “Why?”", "Nobody answered."]],
    ["They suppress people… I think they lie.", ["They suppress people…", "I think they lie."]],
    [
      "The fine was 1.5 million dong. It was paid.",
      ["The fine was 1.5 million dong.", "It was paid."],
    ],
    [
      "the activists were held in the U.S. and Vietnam.",
      ["the activists were held in the U.S. and Vietnam."],
    ],
    [
      "He was sentenced under Art. 117 of the code.",
      ["He was sentenced under Art. 117 of the code."],
    ],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("never crosses a paragraph break", () => {
    expect(split("First paragraph without a stop\n\nSecond one.")).toEqual([
      "First paragraph without a stop",
      "Second one.",
    ]);
  });
});

describe("sentences without an end", () => {
  it("cuts a run of text without a full stop into pieces no longer than MAX_SENTENCE", () => {
    const text = "the police said that the activist was detained, and ".repeat(400);
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    // Nothing lost but the spaces between pieces; pieces end after a comma where there is one.
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text.trim());
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toMatch(/,$/);
  });

  it("cuts a run without spaces at the limit, never inside a surrogate pair", () => {
    const text = "𝐀".repeat(MAX_SENTENCE);
    const spans = sentences(text);
    expect(spans.map((s) => s.end - s.start).every((n) => n <= MAX_SENTENCE && n % 2 === 0)).toBe(
      true,
    );
    expect(spans[spans.length - 1]!.end).toBe(text.length);
  });

  it("leaves ordinary sentences alone", () => {
    const text = "One. Two, three and four.";
    expect(split(text)).toEqual(["One.", "Two, three and four."]);
  });
});

describe("paragraphs and tokens", () => {
  it("trims paragraphs and keeps offsets", () => {
    const text = "  Title \n\nBody line one.\nBody line two.\n";
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "Title",
      "Body line one.",
      "Body line two.",
    ]);
  });
  it("tokens are runs of letters and digits, diacritics included", () => {
    const text = "Nguyễn Thị Hằng, 43, “no one”";
    expect(tokens(text).map((t) => text.slice(t.start, t.end))).toEqual([
      "Nguyễn",
      "Thị",
      "Hằng",
      "43",
      "no",
      "one",
    ]);
  });
});

describe("paragraphs by offsets", () => {
  // The pattern the scan replaced: lines, each trimmed as `trim` trims.
  const byPattern = (text: string) => {
    const out: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (end > start) out.push({ start, end });
    }
    return out;
  };
  const odd = [" ", "\t", "\v", "\f", "\r", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff"];

  it.each([
    ["\u3000 Head\u00a0line\u2028\n\n\tBody.\r\n"],
    ["\n\n\n"],
    ["one line, no break"],
    ["\ufeffLead\n \u2029 \nTail\u202f"],
  ])("%j as the pattern reads it", (text) => {
    expect(paragraphs(text)).toEqual(byPattern(text));
  });

  it("agrees with the pattern on generated texts of odd white space", () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let t = 0; t < 300; t++) {
      let text = "";
      for (let k = next(30); k > 0; k--)
        text += next(3) === 0 ? "\n" : next(2) === 0 ? odd[next(odd.length)]! : "Tri said.";
      expect(paragraphs(text)).toEqual(byPattern(text));
    }
  });

  it("ends sentences before any white space that `\\s` matches", () => {
    for (const space of odd)
      expect(split(`He left.${space}She stayed! Why? Nobody knew…${space}Then quiet.`)).toEqual([
        "He left.",
        "She stayed!",
        "Why?",
        "Nobody knew…",
        "Then quiet.",
      ]);
  });
});
