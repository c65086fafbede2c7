import { describe, expect, it } from "vitest";
import { analyze, type ExtractionPass } from "../../analyze.js";
import type { Statement } from "../../types.js";
import { mentionsPass } from "../mentions/index.js";
import { reportsPass } from "../reports/index.js";
import { responsesPass } from "./index.js";

/**
 * Stands in for the statements pass: a statement for each [content, speaker, cue] given, found by
 * its words in the text (content, then the speaker and the cue after it).
 */
function statements(specs: ReadonlyArray<[string, string, string]>): ExtractionPass {
  return {
    name: "statements-stub",
    run(ctx, analysis) {
      for (const [content, speaker, cue] of specs) {
        const c = ctx.text.indexOf(content);
        const sp = ctx.text.indexOf(speaker);
        const cu = ctx.text.indexOf(cue, Math.min(c, sp));
        const start = Math.min(c, sp);
        const end = Math.max(c + content.length, sp + speaker.length);
        const s: Statement = {
          start,
          end,
          text: ctx.text.slice(start, end),
          kind: "direct",
          cue,
          cueStart: cu,
          cueEnd: cu + cue.length,
          segments: [[c, c + content.length]],
          speaker: {
            start: sp,
            end: sp + speaker.length,
            mention: speaker,
            name: speaker,
            kind: "person",
            role: null,
            org: null,
            actor: null,
          },
          date: null,
          respondsTo: null,
          response: null,
        };
        analysis.statements.push(s);
      }
      analysis.statements.sort((a, b) => a.start - b.start);
    },
  };
}

interface Link {
  speaker: string | undefined;
  issuer: string | null | undefined;
  response: Statement["response"];
}

function links(text: string, specs: ReadonlyArray<[string, string, string]> = []): Link[] {
  const a = analyze({ text, date: "2022-03-04" }, [statements(specs), reportsPass, responsesPass]);
  return a.statements
    .filter((s) => s.respondsTo !== null)
    .map((s) => ({
      speaker: s.speaker?.name,
      issuer: a.reports[s.respondsTo!]?.issuer,
      response: s.response,
    }));
}

describe("responses: a statement that names the report", () => {
  it.each<[string, Array<[string, string, string]>, Link[]]>([
    [
      "“The Amnesty International report repeats old falsehoods and is biased,” Nguyen Van Long said.",
      [
        [
          "The Amnesty International report repeats old falsehoods and is biased",
          "Nguyen Van Long",
          "said",
        ],
      ],
      [{ speaker: "Nguyen Van Long", issuer: "Amnesty International", response: "rejects" }],
    ],
    [
      "“We welcome the EEAS report and its attention to labour rights,” Tran Thi Mai told reporters.",
      [["We welcome the EEAS report and its attention to labour rights", "Tran Thi Mai", "told"]],
      [
        {
          speaker: "Tran Thi Mai",
          issuer: "European External Action Service",
          response: "welcomes",
        },
      ],
    ],
    [
      "“We appreciate parts of the Freedom House report. Sadly, other parts are one-sided,” Pham Quoc Huy said.",
      [
        [
          "We appreciate parts of the Freedom House report. Sadly, other parts are one-sided",
          "Pham Quoc Huy",
          "said",
        ],
      ],
      [{ speaker: "Pham Quoc Huy", issuer: "Freedom House", response: "rejects" }],
    ],
    [
      "“We take note of the Human Rights Watch report,” Le Minh Chau said.",
      [["We take note of the Human Rights Watch report", "Le Minh Chau", "said"]],
      [{ speaker: "Le Minh Chau", issuer: "Human Rights Watch", response: "acknowledges" }],
    ],
  ])("%s", (text, specs, expected) => {
    expect(links(text, specs)).toEqual(expected);
  });

  it("never links a report's issuer's statement to that report", () => {
    const a = analyze({
      text: "Asked about the UN Human Rights Committee's concluding observations of 2019, which called on Vietnam to amend Article 117, the spokesperson Tran Van Hai said they could not be accepted.",
      date: "2023-03-23",
    });
    const byCommittee = a.statements.filter((s) => s.speaker?.name === "UN Human Rights Committee");
    expect(byCommittee.length).toBe(1);
    expect(byCommittee[0]!.respondsTo).toBeNull();
  });

  it("does not take the issuer's own words for a response", () => {
    const text =
      "In its 30-page report, Human Rights Watch said that bloggers faced false charges.";
    expect(links(text, [["bloggers faced false charges", "Human Rights Watch", "said"]])).toEqual(
      [],
    );
  });

  it("does not take the report's own words for a response, whoever they are given to", () => {
    const text = "The Freedom House report, which criticised the arrests, came out in March.";
    expect(links(text, [["the arrests", "March", "criticised"]])).toEqual([]);
  });

  it("does not link a statement that only mentions the report", () => {
    const text = "“The Freedom House report came out on Monday,” Do Van Hai said.";
    expect(
      links(text, [["The Freedom House report came out on Monday", "Do Van Hai", "said"]]),
    ).toEqual([]);
  });
});

describe("responses: in response to", () => {
  it("links the statement in the same sentence and reads a denial as a rejection", () => {
    const text =
      "Speaking in response to the UN Human Rights Committee's 2019 report, Vo Thanh Binh said that no blogger is held for writing.";
    expect(links(text, [["no blogger is held for writing", "Vo Thanh Binh", "said"]])).toEqual([
      { speaker: "Vo Thanh Binh", issuer: "UN Human Rights Committee", response: "rejects" },
    ]);
  });

  it("follows 'made the statement' back to the speaker's statement", () => {
    const text =
      "Spokeswoman Dao Thi Lan said nobody is jailed for an opinion. Lan made the statement on Tuesday in reply to the European Parliament's report on Vietnam.";
    expect(links(text, [["nobody is jailed for an opinion", "Dao Thi Lan", "said"]])).toEqual([
      { speaker: "Dao Thi Lan", issuer: "European Parliament", response: "rejects" },
    ]);
  });

  it("leaves the stance open when the statement shows none", () => {
    const text =
      "Ngo Bao Chau spoke about education. He made the remarks in response to a report by Freedom House.";
    expect(links(text, [["about education", "Ngo Bao Chau", "spoke"]])).toEqual([
      { speaker: "Ngo Bao Chau", issuer: "Freedom House", response: null },
    ]);
  });
});

describe("responses: the narrative form adds an indirect statement", () => {
  it.each<[string, Link[]]>([
    [
      "The UN Human Rights Committee said in its 2019 report that laws on expression breach the covenant. Hanoi swiftly rejected the findings.",
      [{ speaker: "Hanoi", issuer: "UN Human Rights Committee", response: "rejects" }],
    ],
    [
      "The Foreign Ministry on Friday dismissed the US State Department's 2021 human rights report.",
      [{ speaker: "Foreign Ministry", issuer: "US Department of State", response: "rejects" }],
    ],
    [
      "At the time, the government considered that the Amnesty International report was groundless.",
      [{ speaker: "government", issuer: "Amnesty International", response: "rejects" }],
    ],
    [
      "Cambodia welcomed the World Press Freedom Index published in May.",
      [{ speaker: "Cambodia", issuer: "Reporters Without Borders", response: "welcomes" }],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    // Not a response: the ministry made no reaction.
    "Last year the Foreign Ministry did not reject the State Department's annual human rights report.",
    // A stance on organisations, not on a report.
    "Hanoi rejected the accusations made by exiled activists.",
    // An opinion about a report with no stance in it.
    "The ambassador said that the Freedom House report was long.",
  ])("%s", (text) => {
    expect(links(text)).toEqual([]);
  });

  it("never reads 'those findings' as the responder's own report", () => {
    const text =
      "In 2019 the UN Human Rights Committee adopted concluding observations on Vietnam's third periodic report. Vietnam rejected those findings.";
    const a = analyze({ text, date: "2022-03-04" }, [mentionsPass, reportsPass, responsesPass]);
    const s = a.statements.find((x) => x.respondsTo !== null)!;
    expect(a.reports[s.respondsTo!]!.issuer).toBe("UN Human Rights Committee");
  });

  it("gives the added statement its date and text", () => {
    const text = "Vietnam on Friday criticised the EEAS report.";
    const a = analyze({ text, date: "2022-03-04" }, [reportsPass, responsesPass]);
    expect(a.statements).toEqual([
      expect.objectContaining({
        kind: "indirect",
        cue: "criticised",
        text: "Vietnam on Friday criticised the EEAS report",
        date: "2022-03-04",
        respondsTo: 0,
        response: "rejects",
      }),
    ]);
  });

  it("links the answer to a question about a report, not the question, which no one speaks", () => {
    const text =
      'Asked about the UN Human Rights Committee\'s concluding observations of 2019, spokesman Tran Van Duc said the recommendations "do not reflect realities" and could not be accepted.';
    const a = analyze({ text, date: "2022-03-04" });
    const linked = a.statements.filter((s) => s.respondsTo !== null);
    expect(linked.map((s) => [s.cue, s.speaker?.name ?? null, s.response])).toEqual([
      ["said", "Tran Van Duc", "rejects"],
    ]);
  });
});
