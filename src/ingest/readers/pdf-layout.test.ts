import { describe, expect, it } from "vitest";
import { pageText, type PdfTextItem } from "./pdf-layout.js";

/** An item at (x, y) in 12 pt whose width is 6 pt per character. */
const at = (x: number, y: number, str: string, hasEOL = false): PdfTextItem => ({
  str,
  transform: [12, 0, 0, 12, x, y],
  width: str.length * 6,
  height: 12,
  hasEOL,
});

describe("pageText", () => {
  it.each<[string, PdfTextItem[], string]>([
    ["runs that touch join without a space", [at(72, 700, "Nguy"), at(96, 700, "en")], "Nguyen"],
    [
      "runs apart on one baseline get a space",
      [at(72, 700, "Article"), at(120, 700, "117")],
      "Article 117",
    ],
    [
      "wrapped lines join with a space",
      [at(72, 700, "The court adjourned", true), at(72, 686, "the hearing.")],
      "The court adjourned the hearing.",
    ],
    [
      "a hyphen before a lower-case word is kept, without a space",
      [at(72, 700, "a land-", true), at(72, 686, "rights case")],
      "a land-rights case",
    ],
    [
      "a hyphen before a capital keeps the space",
      [at(72, 700, "Hanoi -", true), at(72, 686, "Haiphong road")],
      "Hanoi - Haiphong road",
    ],
    [
      "a soft hyphen goes",
      [at(72, 700, "imprison\u00ad", true), at(72, 686, "ment")],
      "imprisonment",
    ],
    [
      "a wider gap starts a paragraph",
      [at(72, 700, "One.", true), at(72, 686, "Two."), at(72, 672, "Three."), at(72, 644, "Four.")],
      "One. Two. Three.\n\nFour.",
    ],
    [
      "a jump back up the page (a second column) starts a paragraph",
      [at(72, 700, "Left column ends", true), at(72, 686, "here."), at(320, 700, "Right column.")],
      "Left column ends here.\n\nRight column.",
    ],
    [
      "an indented line after a sentence starts a paragraph",
      [
        at(72, 700, "First paragraph ends.", true),
        at(96, 686, "Second begins", true),
        at(72, 672, "and goes on."),
      ],
      "First paragraph ends.\n\nSecond begins and goes on.",
    ],
    ["no items, no text", [], ""],
  ])("%s", (_name, items, expected) => {
    expect(pageText(items)).toBe(expected);
  });
});
