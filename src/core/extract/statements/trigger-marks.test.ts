import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex, WORD } from "../../text/lex.js";
import { markTriggers, triggerMark } from "./trigger-marks.js";

const BE = triggerMark(["is", "was", "were"]);
const ASKED = triggerMark(["asked", "was"]);
const ACCENTED = triggerMark(["nói"]);

/** The words of `text` carrying `mark`, in order. */
function marked(text: string, mark: number): string[] {
  const toks = lex(text);
  const marks = markTriggers(toks);
  return toks.filter((_, k) => (marks[k]! & mark) !== 0).map((t) => t.text);
}

describe("markTriggers", () => {
  const cases: [string, number, string[]][] = [
    ["The lawyer was asked whether the trial is fair.", BE, ["was", "is"]],
    ["The lawyer was asked whether the trial is fair.", ASKED, ["was", "asked"]],
    // Upper-case words are marked by their lower-case form.
    ["WAS it fair? Asked about it, he smiled.", ASKED, ["WAS", "Asked"]],
    // Parts of words and punctuation carry no mark.
    ["Washington's wasp, “was”, 1was", BE, ["was"]],
    ["Ông nói rằng …", ACCENTED, ["nói"]],
    ["", BE, []],
  ];
  it.each(cases)("%s", (text, mark, expected) => {
    expect(marked(text, mark)).toEqual(expected);
  });

  it("marks exactly the word tokens spelled as a mark's words", () => {
    const words = ["is", "was", "were", "asked", "wasp", "Was", "as", "k", "é", "—", ",", "12"];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const toks = lex(t);
        const marks = markTriggers(toks);
        toks.forEach((tok, k) => {
          const word = tok.kind === WORD;
          expect((marks[k]! & BE) !== 0).toBe(word && ["is", "was", "were"].includes(tok.lower));
          expect((marks[k]! & ASKED) !== 0).toBe(word && ["asked", "was"].includes(tok.lower));
        });
      }),
      { numRuns: 500 },
    );
  });
});
