import { describe, expect, it } from "vitest";
import { emptyAnalysis } from "../../analyze.js";
import { buildContext } from "../../text/doc-context.js";
import { mentionsOf, type MentionIndex } from "./index.js";

/** The first token ending after `offset`, by a walk over every token. */
function byWalk(idx: MentionIndex, offset: number): number {
  let k = 0;
  while (k < idx.tokens.length && idx.tokens[k]!.end <= offset) k++;
  return k;
}

const TEXTS = [
  "“It was unjust,” said Trần Thị Nga, 41.  Police   declined to comment.\n\nHe left.",
  "",
  "   ",
  "Hanoi (Reuters) — The court, in a two-hour hearing on Monday, upheld the sentence 😀 again.",
];

describe("tokenAt", () => {
  it("finds the first token ending after every offset, and before and past the text", () => {
    for (const text of TEXTS) {
      const idx = mentionsOf(buildContext({ text }), emptyAnalysis());
      for (let o = -3; o <= text.length + 3; o++)
        expect(idx.tokenAt(o), `${o} in ${text}`).toBe(byWalk(idx, o));
      for (const o of [0.5, 2.5, Number.NaN, 1e9]) expect(idx.tokenAt(o)).toBe(byWalk(idx, o));
    }
  });

  it("finds tokens in a long text", () => {
    const text = "Lan said the trial was unfair. ".repeat(2200);
    const idx = mentionsOf(buildContext({ text }), emptyAnalysis());
    for (let o = 0; o <= text.length; o += 997) expect(idx.tokenAt(o)).toBe(byWalk(idx, o));
  });
});
