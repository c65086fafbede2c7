import { describe, expect, it } from "vitest";
import { countCases, formatSamples, sampleCases } from "./samples.js";
import type { GoldDoc, GoldQuote, QuoteCase } from "./types.js";

const text =
  "The mayor said the bridge would reopen in May, and the council said repairs were late.";

function gold(start: number, end: number, kind: GoldQuote["kind"]): GoldQuote {
  return {
    start,
    end,
    text: text.slice(start, end),
    speaker: "The mayor",
    speakerStart: 0,
    speakerEnd: 9,
    cue: "said",
    cueStart: 10,
    cueEnd: 14,
    kind,
    segments: [[start, end]],
    attributionId: "T1",
  };
}

const doc: GoldDoc = {
  id: "d",
  text,
  quotes: [],
  ignoreSpans: [],
  meta: {
    dataset: "test",
    publisher: "test",
    date: "2021-01-01",
    origSplit: "dev",
    annotator: "x",
  },
};

const cases: QuoteCase[] = [
  { docId: "d", type: "fn", gold: gold(15, 45, "indirect"), pred: null, score: 0 },
  { docId: "d", type: "fn", gold: gold(68, 85, "direct"), pred: null, score: 0 },
  { docId: "d", type: "fp", gold: null, pred: { start: 68, end: 85, kind: "indirect" }, score: 0 },
  {
    docId: "d",
    type: "speaker",
    gold: gold(15, 45, "indirect"),
    pred: { start: 15, end: 45, speaker: "the council", kind: "indirect" },
    score: 1,
  },
];

describe("error samples", () => {
  it("filters by kind (gold kind for misses, predicted kind for inventions) and caps the count", () => {
    expect(countCases(cases, null)).toEqual({ fp: 1, fn: 2, speaker: 1 });
    expect(countCases(cases, "direct")).toEqual({ fp: 0, fn: 1, speaker: 0 });
    const direct = sampleCases(cases, [doc], { count: 5, kind: "direct", seed: 1 });
    expect(direct.map((s) => [s.type, s.snippet])).toEqual([["fn", "repairs were late"]]);
    const one = sampleCases(cases, [doc], { count: 1, kind: null, seed: 1 });
    expect(one.map((s) => s.type)).toEqual(["fp", "fn", "speaker"]);
  });

  it("shows predicted against gold speaker", () => {
    const samples = sampleCases(cases, [doc], { count: 1, kind: "indirect", seed: 1 });
    const out = formatSamples(samples, countCases(cases, "indirect"), "indirect");
    expect(out).toContain('predicted [15, 45) "the council"');
    expect(out).toContain('gold [15, 45) "The mayor"');
    expect(out).toContain("showing 1 of 1, indirect only");
  });
});
