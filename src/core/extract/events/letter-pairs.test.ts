import { describe, expect, it } from "vitest";
import { WordTrie } from "../../text/word-trie.js";
import { headsOf, mayHoldWord, wordRuns } from "../../text/word-runs.js";
import { HeadWords, LetterPairs } from "./letter-pairs.js";

describe("LetterPairs", () => {
  const words = ["a", "an", "the", "activist", "arrested", "she", "x"];
  const pairs = new LetterPairs(words);
  const trie = new WordTrie(words.map((w) => [w, true] as const));
  const text = "A man, THE Activist, an X-ray: she sheltered them; Arrested xA aN tHe q";

  it("never turns away a stretch of a run that the trie holds", () => {
    const runs = wordRuns(text);
    for (let k = 0; k < runs.starts.length; k++)
      for (let i = runs.starts[k]!; i < runs.ends[k]!; i++)
        for (let end = i + 1; end <= runs.ends[k]!; end++)
          if (trie.get(text, i, end)) expect(pairs.mayBe(text, i, end)).toBe(true);
  });

  it("turns away words whose first letters start no word", () => {
    const at = (w: string) => pairs.mayBe(w, 0, w.length);
    expect([at("man"), at("q"), at("them"), at("xa"), at("b")]).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect([at("A"), at("X"), at("ACT"), at("Sh")]).toEqual([true, true, true, true]);
  });

  it("takes only lower-case ASCII words", () => {
    expect(() => new LetterPairs(["Ab"])).toThrow();
  });
});

describe("HeadWords", () => {
  it("answers mayHold as mayHoldWord does, on every stretch", () => {
    const heads = ["could", "no", "n", "face", "serve"];
    const words = new HeadWords(heads);
    const trie = headsOf(heads);
    for (const text of [
      "No one could FACE it; he didn't serve.",
      "Nobody faced a ſerving judge, nor sErVe",
      "n-no-face\u212a serves",
    ])
      for (let from = 0; from <= text.length; from++)
        for (let to = from; to <= text.length; to++)
          expect(words.mayHold(text, from, to)).toBe(mayHoldWord(trie, text, from, to));
  });
});
