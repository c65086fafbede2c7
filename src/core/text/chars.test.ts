import { describe, expect, it } from "vitest";
import {
  LETTER,
  MARK,
  NUMBER,
  UPPER,
  classOf,
  codePointAt,
  codePointBefore,
  isLetterIu,
  isLetterOrNumberIu,
  isSpace,
  letterOrApostropheBefore,
  numeralEnd,
  searchStart,
  wordOrHyphenAt,
  wordOrHyphenBefore,
} from "./chars.js";
import { tailStart } from "./tail-start.js";

// Each helper stands in for a regex class; they must agree on every character, above all on the
// ones a scan by code unit gets wrong: astral letters and digits, lone surrogates, odd spaces.
const SAMPLES = [
  "a",
  "Z",
  "5",
  "-",
  "_",
  "'",
  "’",
  " ",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\u00a0",
  "\u1680",
  "\u2009",
  "\u200b", // zero-width space: not `\s`
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u0085", // next line: not `\s` in JavaScript
  "é",
  "É",
  "ſ",
  "\u212a", // Kelvin sign
  "\u0301", // combining acute
  "\u0345", // combining ypogegrammeni: a letter to a pattern with the i flag (it folds to ι)
  "\u0663", // Arabic-Indic three
  "Ⅻ", // Roman numeral twelve (\p{N}, not \p{L})
  "Đ",
  "ư",
  "\u{1d400}", // mathematical bold A: an astral letter
  "\u{1d7d8}", // mathematical double-struck 0: an astral digit
  "\u{1f600}", // an emoji
  "\ud835", // a lone high surrogate
  "\udc00", // a lone low surrogate
];

const regexClass = (re: RegExp, ch: string): boolean => re.test(ch);

describe("classOf", () => {
  it.each(SAMPLES)("%j reads as the u-flag property classes read it", (ch) => {
    const c = classOf(ch.codePointAt(0)!);
    expect((c & LETTER) !== 0).toBe(regexClass(/^\p{L}$/u, ch));
    expect((c & MARK) !== 0).toBe(regexClass(/^\p{M}$/u, ch));
    expect((c & UPPER) !== 0).toBe(regexClass(/^\p{Lu}$/u, ch));
    expect((c & NUMBER) !== 0).toBe(regexClass(/^\p{N}$/u, ch));
    expect(isLetterIu(ch.codePointAt(0)!)).toBe(regexClass(/^\p{L}$/iu, ch));
    expect(isLetterOrNumberIu(ch.codePointAt(0)!)).toBe(regexClass(/^[\p{L}\p{N}]$/iu, ch));
  });
});

describe("isSpace", () => {
  it("is `\\s` on every code unit", () => {
    for (let c = 0; c < 0x10000; c++)
      if (isSpace(c) !== /^\s$/.test(String.fromCharCode(c))) expect(c.toString(16)).toBe("");
  });
});

describe("code points", () => {
  const text = "a\u{1d400}b\ud835c\udc00";
  it.each([
    // [offset, limit, expected]
    [0, text.length, 0x61],
    [1, text.length, 0x1d400],
    [1, 2, 0xd835], // the pair's low half lies past the limit
    [2, text.length, 0xdc00],
    [4, text.length, 0xd835], // a high surrogate followed by a letter
    [6, text.length, 0xdc00],
  ])("codePointAt(%i, limit %i)", (k, limit, cp) => {
    expect(codePointAt(text, k, limit)).toBe(cp);
  });
  it.each([
    // [offset, floor, expected]
    [1, 0, 0x61],
    [3, 0, 0x1d400],
    [3, 2, 0xdc00], // the pair's high half lies before the floor
    [7, 0, 0xdc00], // a low surrogate after a letter
  ])("codePointBefore(%i, floor %i)", (at, floor, cp) => {
    expect(codePointBefore(text, at, floor)).toBe(cp);
  });
  it.each([
    [0, 0],
    [2, 1], // inside the pair: from its start
    [3, 3],
    [7, 7], // a lone low surrogate is no pair
  ])("searchStart(%i) is %i", (from, at) => {
    expect(searchStart(text, from)).toBe(at);
  });
});

describe("numeralEnd", () => {
  it.each([
    ["7", "7"],
    ["1,500 people", "1,500"],
    ["2.5%", "2.5"],
    ["1,500.25.", "1,500.25"],
    ["3,", "3"],
    ["12.a", "12"],
    ["4,,5", "4"],
  ])("%j reads %j", (text, numeral) => {
    expect(text.slice(0, numeralEnd(text, 0))).toBe(numeral);
  });
});

describe("scans beside a regex run over a slice", () => {
  const WORD_OR_HYPHEN = /^[\p{L}\p{N}-]$/iu;
  const LETTER_OR_APOSTROPHE = /^[\p{L}’']$/u;
  // each sample alone and between two others: [text, where the sample starts]
  const cases = SAMPLES.flatMap((ch): [string, string, number][] => [
    [ch, ch, 0],
    [`x${ch}y`, ch, 1],
    [` ${ch} `, ch, 1],
  ]);
  it.each(cases)("%j", (text, ch, at) => {
    const end = at + ch.length;
    expect(wordOrHyphenAt(text, at, end)).toBe(WORD_OR_HYPHEN.test(ch));
    expect(wordOrHyphenBefore(text, end, at)).toBe(WORD_OR_HYPHEN.test(ch));
    expect(letterOrApostropheBefore(text, end, at)).toBe(
      LETTER_OR_APOSTROPHE.test(ch) ? ch.length : 0,
    );
  });
});

describe("tailStart", () => {
  const text = "police said on  Monday they\u00a0arrested";
  it.each([
    [1, "\u00a0arrested"],
    [2, " they\u00a0arrested"],
    [3, " Monday they\u00a0arrested"],
    [6, text],
    [9, text],
  ])("the last %i words and the character before", (words, tail) => {
    expect(text.slice(tailStart(text, 0, text.length, words))).toBe(tail);
  });
});
