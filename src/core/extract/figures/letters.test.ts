import { describe, expect, it } from "vitest";
import { AGE_WORDS } from "../../lexicon/figure-contexts.js";
import { lastNonSpace, lettersEndingAt } from "./letters.js";

// The age rule reads "aged 43" by hand where it ran `(?<![\p{L}])(?:aged|…)\s+$` (flags iu); the
// two must agree, on the letters that fold (ſ, K) and on U+0345, which the pattern takes for a
// letter.
const AGE_CUE = new RegExp(`(?<![\\p{L}])(?:${[...AGE_WORDS].join("|")})\\s+$`, "iu");
const word = [...AGE_WORDS][0]!;

describe("lettersEndingAt", () => {
  it.each([
    `${word} `,
    `${word.toUpperCase()}  `,
    `, ${word}\n`,
    `x${word} `,
    `\u0345${word} `,
    `\u0301${word} `,
    `\u{1f600}${word} `,
    `\u{1d400}${word} `,
    "ageſ ",
    "AGES\t",
    `${word}`,
  ])("%j reads as the age cue pattern", (text) => {
    const k = lastNonSpace(text, text.length, 0);
    const hand = k >= 0 && k < text.length - 1 && AGE_WORDS.has(lettersEndingAt(text, k, 0));
    expect(hand).toBe(AGE_CUE.test(text));
  });
});
