import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "./fold-map.js";

// Texts whose characters all fold to one character take the aligned path (origin 0, 1, 2, …);
// a mark folded away or an astral character takes the other. Both must give the same kind of
// answer: the folded text, and for each of its characters the source offset it came from.
describe("foldWithOffsets", () => {
  it.each<[string, string, number[]]>([
    ["", "", []],
    ["Article 117", "article 117", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ["Điều 117", "dieu 117", [0, 1, 2, 3, 4, 5, 6, 7]],
    ["the State’s", "the state's", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ["`Hà`", "'ha'", [0, 1, 2, 3]],
    // NFD: the combining grave folds to nothing
    ["Ha\u0300 Noi", "ha noi", [0, 1, 3, 4, 5, 6]],
    // an astral character keeps its two code units, both from its first
    ["a\u{1F600}b", "a\u{1F600}b", [0, 1, 1, 3]],
    // "İ" lower-cases to two characters but folds to one; "Σ" folds alike wherever it stands
    ["İstanbul Law", "istanbul law", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ["ΟΔΟΣ Σ Art", "οδοσ σ art", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ["Kelvin \u212a 5", "kelvin k 5", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    // a high surrogate alone at the end is one character
    ["ab\ud83d", "ab\ud83d", [0, 1, 2]],
  ])("%j", (source, text, origin) => {
    const folded = foldWithOffsets(source);
    expect(folded.text).toBe(text);
    expect([...folded.origin]).toEqual(origin);
    expect(folded.sourceLength).toBe(source.length);
  });

  it("gives each long text offsets of its own length", () => {
    const long = foldWithOffsets("Bộ luật ".repeat(20000));
    expect(long.origin.length).toBe(160000);
    expect(long.origin[159999]).toBe(159999);
    const short = foldWithOffsets("Bộ luật");
    expect([...short.origin]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
