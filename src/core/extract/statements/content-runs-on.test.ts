import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// Content that ran on past its end (the seventh session's cases; the earlier ones are in
// `content-boundaries.test.ts`): our own sentence, the cue of the statement to look at, and its
// content pieces (null: no statement with that cue).
const CASES: [string, string, string, string[] | null][] = [
  [
    "a participle's object ends at “and” and a second participle with an object of its own",
    "The opposition leader spoke for an hour in Da Nang, touting her record on flood relief and visiting the districts still under water.",
    "touting",
    ["her record on flood relief"],
  ],
  [
    "likewise a participle's quoted title, before the subject's next deed",
    "The former detainee spent the spring abroad, writing a memoir called “The Long Night” and lobbying the council in Geneva for an inquiry.",
    "writing",
    ["a memoir called “The Long Night”"],
  ],
  [
    "a gerund joined to one already in the content goes on",
    "The bishop rebuked the province, accusing it of jailing bloggers and silencing their lawyers.",
    "accusing",
    ["it of jailing bloggers and silencing their lawyers"],
  ],
  [
    "an “-ing” noun without an object of its own goes on",
    "The report was released on Monday, describing the floods and rising prices in the delta.",
    "describing",
    ["the floods and rising prices in the delta"],
  ],
];

describe("content that runs on", () => {
  it.each(CASES)("%s", (_label, text, cue, want) => {
    const got = analyze({ text, date: "2024-03-01" }).statements.find((s) => s.cue === cue);
    if (want === null) {
      expect(got).toBeUndefined();
      return;
    }
    expect(got, `no statement with cue “${cue}”`).toBeDefined();
    expect(got!.segments.map(([a, b]) => text.slice(a, b))).toEqual(want);
  });
});
