import { describe, expect, it } from "vitest";
import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, mayHoldWord, wordRuns } from "../../text/word-runs.js";
import { MarkedWords } from "./word-marks.js";

const A: ReadonlyArray<readonly [string, string]> = [
  ["she", "pronoun"],
  ["the", "the"],
  ["activist", "noun"],
  ["the", "overridden"],
];
const B: ReadonlyArray<readonly [string, boolean]> = [
  ["serve", true],
  ["she", true],
  ["could", true],
];

const texts = [
  "She said the activist would serve; THE Activists could not.",
  "Theactivist served   the   sheriff, sHe SERVE them",
  "A ſerve and a \u212Aeep: the activist’s she-wolf 2021 serve9she",
  "“The activist,” she wrote — could she? Serve!",
];

/** Every stretch of `text`, ends included, one in three to keep it short. */
function* stretches(text: string): Generator<[number, number]> {
  for (let from = 0; from <= text.length; from++)
    for (let to = from; to <= text.length; to += 3) yield [from, to];
}

describe("MarkedWords", () => {
  const a = new MarkedWords(A);
  const b = new MarkedWords(B);
  const trieA = new WordTrie(A);
  const trieB = new WordTrie(B);

  it("gives each run, whole or cut, the value the trie gives", () => {
    for (const text of texts) {
      const runs = wordRuns(text);
      const marksA = a.marks(runs);
      const marksB = b.marks(runs);
      for (const [from, to] of stretches(text)) {
        for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
          const i = Math.max(runs.starts[k]!, from);
          if (i >= to) break;
          const end = Math.min(runs.ends[k]!, to);
          expect(a.at(runs, marksA, k, i, end)).toBe(trieA.get(text, i, end));
          expect(b.at(runs, marksB, k, i, end)).toBe(trieB.get(text, i, end));
        }
      }
    }
  });

  it("answers mayHold as mayHoldWord does", () => {
    for (const text of texts)
      for (const [from, to] of stretches(text))
        expect(b.mayHold(text, from, to)).toBe(mayHoldWord(trieB, text, from, to));
  });

  it("sees a list made after a document was marked", () => {
    const text = texts[0]!;
    const runs = wordRuns(text);
    a.marks(runs);
    const c = new MarkedWords([["would", 1]]);
    const k = runs.starts.indexOf(text.indexOf("would"));
    expect(c.at(runs, c.marks(runs), k, runs.starts[k]!, runs.ends[k]!)).toBe(1);
  });
});
