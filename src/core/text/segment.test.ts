import { describe, expect, it } from "vitest";
import { paragraphs, sentences, tokens } from "./segment.js";

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
