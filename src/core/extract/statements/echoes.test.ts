import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// An unsourced statement inside a named speaker's content is that speaker's (echoes.ts): one
// statement, not the same words again with no speaker. Our own sentences.
const CASES: [label: string, text: string, speaker: string, content: string][] = [
  [
    "an expectation reported at the end of the sentence",
    "The court is expected to rule on the appeal next week, a lawyer for the family said.",
    "a lawyer for the family",
    "The court is expected to rule on the appeal next week",
  ],
  [
    "an accusation with no accuser, according to a named source",
    "According to his wife, the blogger was accused of insulting the police.",
    "his wife",
    "the blogger was accused of insulting the police",
  ],
  [
    "an accusation with no accuser, reported by a named speaker",
    "The teacher was accused of spreading propaganda, his lawyer told reporters.",
    "his lawyer",
    "The teacher was accused of spreading propaganda",
  ],
];

describe("statements: unsourced words inside a named speaker's content", () => {
  it.each(CASES)("%s", (_label, text, speaker, content) => {
    const got = analyze({ text, date: "2024-03-01" }).statements;
    expect(got.map((s) => [s.speaker?.mention ?? null, s.text])).toEqual([[speaker, content]]);
  });

  it("keeps an unsourced statement that no named speaker reports", () => {
    const got = analyze({
      text: "The blogger was accused of insulting the police. His lawyer said he would appeal.",
      date: "2024-03-01",
    }).statements;
    expect(got.map((s) => s.speaker?.mention ?? null)).toEqual([null, "His lawyer"]);
  });
});
