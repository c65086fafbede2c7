import { describe, expect, it } from "vitest";
import { foldDiacritics, matchKey, normaliseText } from "./normalise.js";

describe("normalise and fold", () => {
  it.each([
    ["Nguyễn Ngọc Già", "Nguyen Ngoc Gia"],
    ["Đặng Đình Mạnh", "Dang Dinh Manh"],
    ["Lê Thị Thu Hằng", "Le Thi Thu Hang"],
    ["Ales Bialiatski", "Ales Bialiatski"],
  ])("folds %s", (input, folded) => {
    expect(foldDiacritics(input)).toBe(folded);
  });

  it("keeps diacritics in normalised text, composed", () => {
    const decomposed = "Nguye\u0302\u0303n";
    expect(normaliseText(`\uFEFF${decomposed}\r\n`)).toBe("Nguyễn\n");
  });

  it("gives one key to two spellings of a name", () => {
    expect(matchKey("  Nguyễn  Ngọc Già ")).toBe(matchKey("nguyen ngoc gia"));
    expect(matchKey("People’s Court")).toBe("people's court");
  });
});
