import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";
import { mentionsPass } from "../mentions/index.js";
import { statementsPass } from "./index.js";

// Pieces of reporting text, so that random documents exercise quotation marks, cues, names and
// paragraph breaks rather than only noise.
const PIECES = [
  "“",
  "”",
  '"',
  "'",
  "''",
  "«",
  "»",
  "„",
  "‘",
  "’",
  ":",
  ",",
  ".",
  "!",
  "?",
  "—",
  "-",
  "(",
  ")",
  "\n",
  "\n\n",
  " ",
  "said",
  "told",
  "according to",
  "that",
  "Mr.",
  "Dr.",
  "Lt. Gen.",
  "Nguyen",
  "Van",
  "Thi",
  "Hang",
  "she",
  "he",
  "the ministry",
  "Hanoi",
  "stated",
  "affirmed",
  "saying",
  "adding",
  "the spokesperson",
  "of",
  "Ministry",
  "Foreign Affairs",
  "on April 22",
  "who",
];

const doc = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(" "));

describe("mentions and statements never throw and keep their offsets honest", () => {
  it("on random reporting-like text", () => {
    fc.assert(
      fc.property(doc, (text) => {
        const a = analyze({ text, date: "2021-04-22" }, [mentionsPass, statementsPass]);
        expect(a.warnings.filter((w) => w.code === "VIGIL_WARN_PASS_FAILED")).toEqual([]);
        for (const s of a.statements) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          for (const [x, y] of s.segments) {
            expect(x).toBeGreaterThanOrEqual(s.start);
            expect(y).toBeLessThanOrEqual(s.end);
            expect(x).toBeLessThan(y);
          }
          if (s.speaker) expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.mention);
          if (s.speaker?.actor != null) expect(a.actors[s.speaker.actor]).toBeDefined();
        }
        for (const actor of a.actors) {
          for (const m of actor.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
