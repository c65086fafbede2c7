import { describe, expect, it } from "vitest";
import { scoreQuotes } from "./score.js";
import { headName, namesMatch } from "./speaker-match.js";
import type { GoldDoc, GoldQuote, PredictedQuote, QuoteKind, Span, SubsetScore } from "./types.js";

// All documents here are our own sentences.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Offsets of `piece` as a whole word run in `text`, the first one at or after `from`. */
function at(text: string, piece: string, from = 0): Span {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, "gu");
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) throw new Error(`not in text: ${piece}`);
  return [m.index, m.index + piece.length];
}

function quote(
  text: string,
  content: string | string[],
  opts: { speaker?: string | null; cue?: string | null; kind?: QuoteKind } = {},
): GoldQuote {
  const pieces = typeof content === "string" ? [content] : content;
  const segments: Span[] = [];
  for (const p of pieces) segments.push(at(text, p, segments.at(-1)?.[1] ?? 0));
  const start = segments[0]![0];
  const end = segments.at(-1)![1];
  const speaker = opts.speaker ?? null;
  const sp = speaker === null ? null : at(text, speaker);
  const cue = opts.cue ?? null;
  const cp = cue === null ? null : at(text, cue);
  return {
    start,
    end,
    text: text.slice(start, end),
    speaker,
    speakerStart: sp?.[0] ?? null,
    speakerEnd: sp?.[1] ?? null,
    cue,
    cueStart: cp?.[0] ?? null,
    cueEnd: cp?.[1] ?? null,
    kind: opts.kind ?? "indirect",
    segments,
    attributionId: "T1",
  };
}

function doc(id: string, text: string, quotes: GoldQuote[], ignoreSpans: Span[] = []): GoldDoc {
  return {
    id,
    text,
    quotes,
    ignoreSpans,
    meta: {
      dataset: "test",
      publisher: "test",
      date: "2021-04-22",
      origSplit: "dev",
      annotator: "x",
    },
  };
}

function pred(text: string, content: string, extra: Partial<PredictedQuote> = {}): PredictedQuote {
  const [start, end] = at(text, content);
  return { start, end, ...extra };
}

function asPrediction(q: GoldQuote): PredictedQuote {
  return { ...q };
}

function run(docs: GoldDoc[], preds: Record<string, PredictedQuote[]>) {
  return scoreQuotes(docs, new Map(Object.entries(preds))).scores;
}

function counts(s: SubsetScore) {
  return { tp: s.span.tp, fp: s.span.fp, fn: s.span.fn };
}

const T1 =
  "Governor Ana Ruiz said the new levy would fund every rural clinic. Her deputy added that " +
  "the plan had broad support in the assembly.";
const D1 = doc("d1", T1, [
  quote(T1, "the new levy would fund every rural clinic", {
    speaker: "Governor Ana Ruiz",
    cue: "said",
  }),
  quote(T1, "the plan had broad support in the assembly", { speaker: "Her deputy", cue: "added" }),
]);

const T2 =
  "“We will not retreat,” the mayor said on Tuesday. “We will rebuild the harbour.” Officials " +
  "have described the damage as severe, and the port authority warned that repairs could take " +
  "“a year.” Follow our harbour coverage at example dot org";
const D2 = doc(
  "d2",
  T2,
  [
    quote(T2, ["“We will not retreat,”", "“We will rebuild the harbour.”"], {
      speaker: "the mayor",
      cue: "said",
      kind: "direct",
    }),
    quote(T2, "the damage as severe", { cue: "described", kind: "indirect" }),
    quote(T2, "that repairs could take “a year.”", {
      speaker: "the port authority",
      cue: "warned",
      kind: "mixed",
    }),
  ],
  [at(T2, "Follow our harbour coverage at example dot org")],
);

describe("scoreQuotes", () => {
  it("scores gold against itself at 100% everywhere", () => {
    const s = run([D1, D2], { d1: D1.quotes.map(asPrediction), d2: D2.quotes.map(asPrediction) });
    for (const mode of [s.lenient, s.strict]) {
      for (const sub of Object.values(mode.subsets)) {
        expect(sub.span.fn).toBe(0);
        expect(sub.span.fp).toBe(0);
        expect([sub.span.f1, sub.e2e.f1, sub.attribution.value, sub.cue.value]).toEqual([
          1, 1, 1, 1,
        ]);
      }
      expect(mode.subsets.all.span.tp).toBe(5);
      expect(mode.subsets.direct.span.tp).toBe(1);
      expect(mode.subsets.directMixed.span.tp).toBe(2);
      // Named speakers: "Governor Ana Ruiz" only ("Her deputy", "the mayor" have no head name).
      expect(mode.subsets.all.namedAttribution).toEqual({ correct: 1, total: 1, value: 1 });
    }
  });

  it("counts off-by-one and partial overlaps by tokens", () => {
    const [s1, e1] = at(T1, "the new levy would fund every rural clinic");
    const preds = [
      { start: s1 + 1, end: e1 + 1 }, // "he new ... clinic." : same 8 tokens, strict too
      pred(T1, "the plan had broad support"), // 5 of 8 gold tokens: lenient only
      pred(T1, "Her deputy added that the plan"), // 2 of 8: no match, 2 of 6 inside gold: FP
    ];
    const s = run([D1], { d1: preds });
    expect(counts(s.lenient.subsets.all)).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.lenient.subsets.all.span.precision).toBeCloseTo(2 / 3);
    expect(s.lenient.subsets.all.span.recall).toBe(1);
    expect(s.lenient.subsets.all.span.f1).toBeCloseTo(0.8);
    expect(counts(s.strict.subsets.all)).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.strict.subsets.all.span.f1).toBeCloseTo(0.4);
    expect(s.lenient.splitDropped).toBe(0);
  });

  it("breaks ties by score, then gold start, then prediction start", () => {
    const text = "The council said alpha beta gamma delta, and the board said epsilon zeta.";
    const gold = doc("t", text, [
      quote(text, "alpha beta gamma delta", { speaker: "The council", cue: "said" }),
    ]);
    const later = pred(text, "beta gamma delta", { speaker: "the board" });
    const earlier = pred(text, "alpha beta gamma", { speaker: "The council" });
    const s = run([gold], { t: [later, earlier] }); // both score 3/4; the earlier start wins
    expect(s.lenient.subsets.all.attribution).toEqual({ correct: 1, total: 1, value: 1 });
    expect(counts(s.lenient.subsets.all)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.lenient.splitDropped).toBe(1);

    const two = doc("u", text, [
      quote(text, "alpha beta", { speaker: "The council" }),
      quote(text, "gamma delta", { speaker: "the board" }),
    ]);
    const straddle = pred(text, "beta gamma", { speaker: "The council" }); // 1/2 with each
    const u = run([two], { u: [straddle] });
    expect(u.lenient.subsets.all.attribution.correct).toBe(1); // went to the earlier gold
    expect(counts(u.lenient.subsets.all)).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it("tolerates a quote predicted in pieces (lenient only) and wants segments for strict", () => {
    const g = D2.quotes[0]!;
    const only = doc("d2", T2, [g], D2.ignoreSpans);
    const pieces = [pred(T2, "We will not retreat"), pred(T2, "We will rebuild the harbour")];
    const s = run([only], { d2: pieces });
    // 5 of 9 tokens match; the 4-token piece lies inside the found quote: dropped, not an FP.
    expect(counts(s.lenient.subsets.all)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.lenient.splitDropped).toBe(1);
    expect(counts(s.strict.subsets.all)).toEqual({ tp: 0, fp: 2, fn: 1 });

    const covering = run([only], { d2: [{ start: g.start, end: g.end }] });
    expect(counts(covering.lenient.subsets.all)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts(covering.strict.subsets.all)).toEqual({ tp: 0, fp: 1, fn: 1 });

    const listed = run([only], { d2: [{ start: g.start, end: g.end, segments: g.segments }] });
    expect(counts(listed.strict.subsets.all)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("ignores predictions at least half inside ignore spans, and empty ones", () => {
    const only = doc("d2", T2, [], D2.ignoreSpans);
    const inside = pred(T2, "our harbour coverage"); // 3 of 3 ignored
    const half = pred(T2, "a year.” Follow our"); // a year | follow our: 2 of 4 ignored
    const outside = pred(T2, "take “a year.” Follow"); // 1 of 4 ignored: an FP
    const empty = { start: at(T2, "severe")[1], end: at(T2, "severe")[1] + 1 }; // ","
    const s = run([only], { d2: [inside, half, outside, empty] });
    expect(s.predictions).toEqual({ given: 4, empty: 1, ignored: 2, scored: 1 });
    expect(counts(s.lenient.subsets.all)).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it("keeps subsets apart: assigned to other kinds left out, unassigned FP everywhere", () => {
    const preds = [
      pred(T2, "the damage as severe"), // matches the indirect quote
      pred(T2, "repairs could take “a year"), // matches the mixed quote
      pred(T2, "the mayor said on Tuesday"), // matches nothing
    ];
    const s = run([D2], { d2: preds });
    expect(counts(s.lenient.subsets.all)).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(counts(s.lenient.subsets.direct)).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts(s.lenient.subsets.directMixed)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.lenient.subsets.direct.gold).toBe(1);
    expect(s.lenient.subsets.directMixed.gold).toBe(2);
  });

  it("scores end to end and attribution accuracy, with counts", () => {
    const preds = [
      pred(T1, "the new levy would fund every rural clinic", { speaker: "Ana Ruiz", cue: "said" }),
      pred(T1, "the plan had broad support in the assembly", { speaker: "Ana Ruiz", cue: "told" }),
      pred(T1, "Governor Ana Ruiz said"),
    ];
    const all = run([D1], { d1: preds }).lenient.subsets.all;
    expect(counts(all)).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(all.e2e).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(all.e2e.precision).toBeCloseTo(1 / 3);
    expect(all.e2e.recall).toBeCloseTo(1 / 2);
    expect(all.attribution).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(all.namedAttribution).toEqual({ correct: 1, total: 1, value: 1 });
    expect(all.cue).toEqual({ correct: 1, total: 2, value: 0.5 });
  });
});

describe("speaker correctness", () => {
  const text =
    "“The count is wrong,” argued Texas-based Democratic strategist Maria Ortega. He added nothing.";
  const speaker = "Texas-based Democratic strategist Maria Ortega";
  const ortega = doc("c", text, [
    quote(text, "“The count is wrong,”", { speaker, kind: "direct" }),
  ]);
  const text2 = "“The count is wrong,” he said, and she agreed.";
  const he = doc("h", text2, [
    quote(text2, "“The count is wrong,”", { speaker: "he", kind: "direct" }),
  ]);
  const text3 = "The figures have been described as inflated.";
  const none = doc("n", text3, [quote(text3, "as inflated")]);

  function correct(d: GoldDoc, p: Partial<PredictedQuote>): boolean {
    const g = d.quotes[0]!;
    const s = run([d], { [d.id]: [{ start: g.start, end: g.end, ...p }] }).lenient.subsets.all;
    expect(s.span.tp).toBe(1);
    return s.attribution.correct === 1;
  }

  it.each([
    ["Maria Ortega", true],
    ["Ortega", true],
    ["Mr. Ortega", true],
    ["Ortega’s", true],
    ["Democratic strategist Maria Ortega", true],
    ["Texas-based Democratic strategist Maria Ortega", true],
    ["Democratic", false],
    ["strategist", false],
    ["Maria Ortega Jr of Houston", false],
    ["Al", false],
  ])("gold with a head name, predicted %j -> %s", (name, ok) => {
    expect(correct(ortega, { speaker: name })).toBe(ok);
  });

  it("matches by mention offsets whatever the string", () => {
    const [s, e] = at(text, "Democratic");
    expect(correct(ortega, { speaker: "Democratic", speakerStart: s, speakerEnd: e })).toBe(true);
    const [hs, he2] = at(text, "He");
    expect(correct(ortega, { speaker: "Democratic", speakerStart: hs, speakerEnd: he2 })).toBe(
      false,
    );
  });

  it("matches a pronoun only by pointing at it or by the same string", () => {
    const [s, e] = at(text2, "he");
    expect(correct(he, { speaker: "he" })).toBe(true);
    expect(correct(he, { speaker: "He" })).toBe(true);
    expect(correct(he, { speaker: "Hewitt" })).toBe(false);
    expect(correct(he, { speaker: "Hewitt", speakerStart: s, speakerEnd: e })).toBe(true);
    const [ss, se] = at(text2, "she");
    expect(correct(he, { speaker: "Hewitt", speakerStart: ss, speakerEnd: se })).toBe(false);
    expect(correct(he, { speaker: null })).toBe(false);
    expect(correct(he, { speaker: "" })).toBe(false);
  });

  it("wants no speaker when gold has none", () => {
    expect(correct(none, {})).toBe(true);
    expect(correct(none, { speaker: null })).toBe(true);
    expect(correct(none, { speaker: "" })).toBe(true);
    expect(correct(none, { speaker: "officials" })).toBe(false);
  });

  it("counts only head-named gold speakers as named", () => {
    const s = run([he, ortega], { h: [{ ...he.quotes[0]! }], c: [{ ...ortega.quotes[0]! }] });
    expect(s.lenient.subsets.all.namedAttribution).toEqual({ correct: 1, total: 1, value: 1 });
    expect(s.lenient.subsets.all.attribution).toEqual({ correct: 2, total: 2, value: 1 });
  });

  it.each([
    ["Texas-based Democratic strategist Maria Ortega", "ortega"],
    ["former Governor Jeb Bush's spokeswoman", "bush"],
    ["President Obama", "obama"],
    ["he", null],
    ["a campaign spokeswoman", null],
    ["The Senator", null],
  ])("head name of %j is %j", (name, head) => {
    expect(headName(name)).toBe(head);
  });

  it.each([
    ["officials", "Officials", true],
    ["the officials", "officials", true],
    ["a spokeswoman", "spokeswoman", true],
    ["campaign officials", "officials", false],
    ["officials", "campaign officials", false],
    ["Sen. Ruiz", "Senator Ruiz", true],
    ["the", "the", false],
  ])("name match %j vs gold %j -> %s", (p, g, ok) => {
    expect(namesMatch(p, g)).toBe(ok);
  });
});
