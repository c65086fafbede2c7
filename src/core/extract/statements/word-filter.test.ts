import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUE_VERBS } from "../../lexicon/speech-cues.js";
import { WordFilter } from "./word-filter.js";

const FORMS = CUE_VERBS.flatMap((v) => v.forms.split(" "));

describe("WordFilter", () => {
  const cases: [string, readonly string[], readonly string[], readonly string[]][] = [
    // name, words added, words it must let through, words it must turn away
    ["short words", ["said", "told", "was"], ["said", "told", "was"], ["the", "police", "and"]],
    ["one letter and none", ["", "a"], ["", "a"], ["b", "an"]],
    ["letters outside ASCII", ["nói", "bảo", "\u{1F600}"], ["nói", "bảo", "\u{1F600}"], ["noi"]],
    ["long words", ["acknowledged"], ["acknowledged"], ["acknowledges", "bcknowledged"]],
    ["nothing added", [], [], ["said", "", "a"]],
  ];
  it.each(cases)("%s", (_name, added, through, away) => {
    const f = new WordFilter(added);
    for (const w of through) expect(f.mayHold(w), w).toBe(true);
    for (const w of away) expect(f.mayHold(w), w).toBe(false);
  });

  it("lets every word added through, and turns most others away", () => {
    const f = new WordFilter(FORMS);
    for (const w of FORMS) expect(f.mayHold(w), w).toBe(true);
    const others = ["the", "of", "police", "arrested", "province", "Vietnam", "court", "years"];
    expect(others.filter((w) => f.mayHold(w)).length).toBeLessThanOrEqual(2);
  });

  it("never turns away a word added, whatever its characters", () => {
    const piece = fc.constantFrom("a", "z", "é", "\u0301", "\u{1F600}", "-", "’", "S", " ", "ß");
    const word = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const f = new WordFilter(words);
        for (const w of words) expect(f.mayHold(w)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
