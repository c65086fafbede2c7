import { describe, expect, it } from "vitest";
import { matchesStartingIn, wordMatchesStartingIn } from "./match-cache.js";

/** The scan the cache replaces: start at `from`, stop at the first match at or after `to`. */
function scanned(re: RegExp, text: string, from: number, to: number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe("matchesStartingIn", () => {
  const text =
    "The court jailed Lo Van Sinh. Its annual report came out in May. No report was made. The report, a 40-page one, named 12 people; the reports differ.";
  const re = /(?<![\p{L}])reports?(?![\p{L}])/giu;

  it("gives the matches a scan from each sentence would give", () => {
    const cuts = [0, 29, 64, 84, 130, text.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const got = matchesStartingIn(re, text, cuts[i]!, cuts[i + 1]!).map((m): [number, string] => [
        m.index,
        m[0],
      ]);
      expect(got).toEqual(scanned(new RegExp(re.source, re.flags), text, cuts[i]!, cuts[i + 1]!));
    }
  });

  it("reads a new text when the text changes", () => {
    expect(matchesStartingIn(re, text, 0, text.length)).toHaveLength(4);
    expect(matchesStartingIn(re, "no match here", 0, 13)).toHaveLength(0);
    expect(matchesStartingIn(re, "one report", 0, 10)).toHaveLength(1);
  });
});

describe("wordMatchesStartingIn", () => {
  it("gives what the pattern opened by a word edge gives", () => {
    const text =
      "UPR, the UPRs, SUPR and xUPR; the Universal Periodic Review (UPR) of 2019. é UPR \u{1d400}UPR \u{1f600}UPR";
    const edged = /(?<![\p{L}\p{N}])(?:Universal Periodic Review|UPR|PR)(?![\p{L}\p{N}])/gu;
    const bare = /(?:Universal Periodic Review|UPR|PR)(?![\p{L}\p{N}])/gu;
    for (const [from, to] of [
      [0, text.length],
      [5, 40],
      [41, text.length],
    ] as const) {
      const got = wordMatchesStartingIn(bare, text, from, to).map((m) => [m.index, m[0]]);
      expect(got).toEqual(scanned(edged, text, from, to));
    }
  });
});
