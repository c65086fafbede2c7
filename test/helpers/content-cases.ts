import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";

/** Our own sentence's label, the sentence, the cue of the statement to look at, its content pieces
 * (null: no statement with that cue). */
export type ContentCase = [string, string, string, string[] | null];

/** A table of where reported content ends, each case checked by the whole pipeline. */
export function describeContentCases(title: string, cases: readonly ContentCase[]): void {
  describe(title, () => {
    it.each(cases)("%s", (_label, text, cue, want) => {
      const got = analyze({ text, date: "2024-03-01" }).statements.find((s) => s.cue === cue);
      if (want === null) {
        expect(got).toBeUndefined();
        return;
      }
      expect(got, `no statement with cue “${cue}”`).toBeDefined();
      expect(got!.segments.map(([a, b]) => text.slice(a, b))).toEqual(want);
    });
  });
}
