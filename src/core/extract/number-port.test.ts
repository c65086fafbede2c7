import { describe, expect, it } from "vitest";
import { NUMBER_WORD_VALUES, readNumber } from "./number-port.js";

// The reader as first written (regular expressions on slices), for comparison with the one that
// turns most words away by their first letters.
const WORDS = NUMBER_WORD_VALUES;
function reference(text: string, at: number): { value: number; end: number } | null {
  const digits = /^\d+(?:\.\d+)?/.exec(text.slice(at, at + 12));
  if (digits) return { value: Number(digits[0]), end: at + digits[0].length };
  const word = /^([A-Za-z]+)(?:[-\s]([A-Za-z]+))?/.exec(text.slice(at, at + 24));
  if (!word) return null;
  const first = Object.hasOwn(WORDS, word[1]!.toLowerCase())
    ? WORDS[word[1]!.toLowerCase()]!
    : undefined;
  if (first === undefined) return null;
  const w2 = word[2]?.toLowerCase();
  const second = w2 && Object.hasOwn(WORDS, w2) ? WORDS[w2] : undefined;
  if (first >= 20 && second !== undefined && second < 10)
    return { value: first + second, end: at + word[0].length };
  return { value: first, end: at + word[1]!.length };
}

describe("readNumber", () => {
  it.each([
    ["Twenty-two activists", 0, { value: 22, end: 10 }],
    ["nine years", 0, { value: 9, end: 4 }],
    ["held 7.5 years", 5, { value: 7.5, end: 8 }],
    ["fortyfive", 0, null],
    ["one’s own", 0, { value: 1, end: 3 }],
    ["constructor", 0, null],
    ["Nguyễn", 0, null],
    ["", 0, null],
  ])("%j at %i", (text, at, want) => {
    expect(readNumber(text, at)).toEqual(want);
  });

  it("reads what the first reader read at every offset of varied text", () => {
    const text = [
      "Thirty-one of the 45 detainees, some 1,200.5 metres away, said sixty six times: ONE, Two,",
      "twenty\u00a0three, forty\tfive, fifty-Five; x9 a-one eleventh elevens seventeen-nineteen",
      "Đinh Văn Sáu, 3G, 12345678901234567, 0.5.6, toString valueOf constructor __proto__ thirtytwo",
      "abcdefghijklmnopqrstuvwxyzone two",
    ].join(" ");
    for (let at = 0; at <= text.length; at++)
      expect(readNumber(text, at)).toEqual(reference(text, at));
  });
});
