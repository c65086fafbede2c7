import { describe, expect, it } from "vitest";
import { headsOf, mayHoldWord, wordRuns } from "./word-runs.js";

// mayHoldWord guards a pattern: where it says no, the pattern must find nothing. It reads runs of
// ASCII letters cut to the stretch, in any case, and gives way to the pattern where a letter folds.
const PHRASES = ["rejected", "took note", "so-called", "welcomes"];
const HEADS = headsOf(PHRASES);
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.join("|")})(?![\\p{L}\\p{N}])`, "iu");

describe("mayHoldWord", () => {
  it.each([
    // [text, from, to, may hold]
    ["Hanoi rejected the report.", 0, 26, true],
    ["Hanoi REJECTED the report.", 0, 26, true],
    ["Hanoi rejects the report.", 0, 25, false],
    ["the so-called report", 0, 20, true],
    ["it took note of it", 0, 18, true],
    ["xrejected", 1, 9, true], // the stretch starts inside the run: the pattern sees a word edge
    ["rejectedx", 0, 8, true], // and ends inside it
    ["rejected", 1, 8, false],
    ["reſected", 0, 8, true], // ſ: only the pattern can tell
    ["wel\u212aomes", 0, 8, true], // the Kelvin sign folds to k: the same
    ["Ïrejected", 0, 9, true],
    ["", 0, 0, false],
  ] as const)("%j [%i, %i) → %s", (text, from, to, may) => {
    expect(mayHoldWord(HEADS, text, from, to)).toBe(may);
    if (!may) expect(PATTERN.test(text.slice(from, to))).toBe(false);
  });

  it("takes only phrases of lower-case ASCII words", () => {
    expect(() => headsOf(["réjected"])).toThrow();
    expect(() => headsOf(["Rejected"])).toThrow();
  });
});

describe("wordRuns", () => {
  const runsOf = (re: RegExp, text: string) => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of text.matchAll(re)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    return [starts, ends];
  };
  const PIECES = [
    "Hanoi",
    " ",
    "2021",
    "ſ",
    "\u212a",
    "😀",
    "Điều",
    "constructor",
    "a1b",
    ",",
    "\u00a0",
  ];

  it("reads what the patterns read, one text after another, long and short", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Longer texts then shorter ones: nothing of an earlier text may show through in a later one.
    const sizes = [400, 40, 3, 0, 70_000, 5, 200];
    for (const size of sizes) {
      let text = "";
      while (text.length < size) text += PIECES[Math.floor(random() * PIECES.length)];
      const runs = wordRuns(text);
      expect([runs.starts, runs.ends]).toEqual(runsOf(/[A-Za-z]+/g, text));
      expect([runs.digitStarts, runs.digitEnds]).toEqual(runsOf(/[0-9]+/g, text));
      expect(runs.folds).toEqual(runsOf(/[ſ\u212a]/g, text)[0]);
      expect(wordRuns(text)).toBe(runs);
    }
  });
});
