// The example claims of the project's corpus (examples/), checked against the example register
// and the record the expected annotations describe. Each verdict is the one a careful reader
// gives, with the evidence that justifies it.

import { describe, expect, it } from "vitest";
import type { ClaimInput, ClaimSpeaker } from "../../../src/core/check/claim.js";
import { classifyClaim } from "../../../src/core/check/classify.js";
import type { EvidenceItem } from "../../../src/core/check/evidence.js";
import { gatherEvidence } from "../../../src/core/check/gather.js";
import { memoryEvidenceSource } from "../../../src/core/check/memory-source.js";
import { proposeVerdict, type Proposal } from "../../../src/core/check/verdict.js";
import { exampleRecord, locate } from "./fixtures/example-record.js";
import { YEAR_END_CLAIMS, yearEndDate } from "../../helpers/year-end-claims.js";

const record = exampleRecord();
const source = memoryEvidenceSource(record);

const HANG: ClaimSpeaker = {
  name: "Do Thi Thu Hang",
  kind: "person",
  role: "Spokesperson",
  org: "Ministry of Foreign Affairs",
  state: "VN",
};
const SON: ClaimSpeaker = {
  name: "Phạm Văn Sơn",
  kind: "person",
  role: "Lt. Gen.",
  org: "Ministry of Public Security",
  state: "VN",
};
const PWV: ClaimSpeaker = { name: "Prisoner Watch Vietnam", kind: "organisation" };

/** The claim as `vigil check --statement` will build it: the sentence from the article. */
function fromArticle(
  stem: string,
  startsWith: string,
  extra: Partial<ClaimInput>,
  upTo: "sentence" | "paragraph" = "sentence",
): ClaimInput {
  const a = record.articles.find((x) => x.stem.startsWith(stem))!;
  const at = locate(a.text, startsWith);
  expect(at, startsWith).toBeGreaterThanOrEqual(0);
  const rest = a.text.slice(at);
  const end = upTo === "sentence" ? rest.search(/[.!?]["”]?(\s|$)/) + 1 : rest.search(/\n\n|$/);
  return {
    text: rest.slice(0, end),
    jurisdiction: "VN",
    appearance: { ...a.source },
    ...extra,
  };
}

async function check(input: ClaimInput, namedCases?: number) {
  const typed = classifyClaim(input);
  const evidence = await gatherEvidence(typed, source, { namedCases });
  const proposal = proposeVerdict(typed, evidence);
  return { typed, evidence, proposal, text: proposal.reasoning.join("\n") };
}

function cited(p: Proposal, evidence: EvidenceItem[]): EvidenceItem[] {
  return evidence.filter((e) => p.cites.includes(e.id));
}

describe("article 03: the spokesperson answers the EEAS report (24 June 2021)", () => {
  const base = { speaker: HANG, date: "2021-06-24", respondsTo: { issuerId: "eeas" } };

  it("“no one in Vietnam is arrested … for expressing their opinions” is contradicted", async () => {
    const { proposal, evidence, text } = await check(
      fromArticle("03", "no one in Vietnam is arrested", base),
    );
    expect(proposal).toMatchObject({
      verdict: "contradicted",
      confidence: "high",
      rule: "no-detention-for-expression@1",
    });
    const held = evidence.find((e) => e.kind === "register-count")!;
    expect(held).toMatchObject({ asOf: "2021-06-24", value: 29, rights: ["expression"] });
    expect(text).toContain("On 24 June 2021 the register held 29 people under articles");
    expect(text).toContain(
      "13 under Article 117 of the Criminal Code 2015 (propaganda against the state)",
    );
    expect(text).toContain(
      "7 under Article 331 of the Criminal Code 2015 (abusing democratic freedoms)",
    );
    expect(text).toContain(
      "Prisoner Watch Vietnam reported 28 activists in detention as of 25 April 2021",
    );
    expect(text).toMatch(
      /EEAS's annual report on human rights and democracy \(2020\) \[E\d+\]; Do Thi Thu Hang rejected it/,
    );
    const kinds = new Set(cited(proposal, evidence).map((e) => e.kind));
    expect([...kinds].sort()).toEqual([
      "case",
      "figure",
      "register-count",
      "report",
      "response",
      "statement",
    ]);
    // A figure from after the claim's date is not evidence of what was known on it.
    expect(evidence.some((e) => e.kind === "figure" && e.asOf === "2021-12-31")).toBe(false);
  });

  it("the report “contains content that is not objective” is disputed by the record", async () => {
    const { proposal, text } = await check(
      fromArticle("03", "However, the report still contains", base),
    );
    expect(proposal).toMatchObject({
      verdict: "disputed",
      confidence: "high",
      rule: "report-rejection@1",
    });
    expect(text).toContain("The record bears out what the report is concerned with (expression)");
    expect(text).toContain("register held 30 people");
  });

  it("freedom of speech “respected in practice” is disputed", async () => {
    const { proposal } = await check(fromArticle("03", "Freedom of speech and freedom", base));
    expect(proposal).toMatchObject({ verdict: "disputed", rule: "rights-respected@1" });
  });

  it("“investigation, detention and trial … in strict accordance with the law” is disputed by others' findings", async () => {
    const { proposal, text } = await check(
      fromArticle("03", "investigation, detention and trial are", base),
    );
    expect(proposal).toMatchObject({
      verdict: "disputed",
      confidence: "low",
      rule: "legal-process-respected@1",
    });
    expect(text).toContain("the register held no one without trial for more than 12 months");
    expect(text).toContain("US Department of State said on 27 April 2021");
  });

  it("“more than 72 percent … uses the internet” is unverifiable as a number; “people freely share their views” is disputed", async () => {
    const { proposal, typed, text } = await check({
      ...fromArticle("03", "More than 72 percent", base),
      respondsTo: null,
    });
    expect(typed.features.numbers[0]).toMatchObject({
      value: 72,
      bound: "gt",
      unit: "percent",
      quantity: "internet-users",
    });
    expect(proposal.byType).toEqual([
      { type: "numeric", rule: "numeric@1", verdict: "unverifiable", confidence: "low" },
      {
        type: "rights-respected",
        rule: "rights-respected@1",
        verdict: "disputed",
        confidence: "medium",
      },
    ]);
    expect(proposal).toMatchObject({ verdict: "disputed", claimType: "rights-respected" });
    expect(text).toContain(
      "Read as numeric claim, the record settles nothing; read as freedoms respected in practice, it does.",
    );
  });
});

describe("article 02: the MPS general on cooperation with UN mechanisms (27 April 2021)", () => {
  it("is disputed by the Human Rights Committee's findings that Hanoi rejected", async () => {
    const { proposal, evidence, text } = await check(
      fromArticle("02", "the country “actively cooperates", { speaker: SON, date: "2021-04-27" }),
    );
    expect(proposal).toMatchObject({
      verdict: "disputed",
      confidence: "high",
      rule: "cooperation-with-un@1",
    });
    expect(text).toContain(
      "UN Human Rights Committee's concluding observations on Vietnam's third periodic report",
    );
    expect(text).toContain("used to silence journalists, bloggers and human rights defenders");
    expect(text).toMatch(
      /Vietnam rejected it \(reported by Saigon Monitor on 27 April 2021\) \[E\d+\]/,
    );
    const response = evidence.find((e) => e.kind === "response")!;
    expect(response).toMatchObject({ response: "rejects", state: "VN" });
  });
});

describe("article 10: Hanoi rejects the US 2022 report (23 March 2023)", () => {
  const base = { speaker: HANG, date: "2023-03-23" };

  it("“the report repeats unverified claims” is disputed, with low confidence: its findings are not on record", async () => {
    const { proposal, text } = await check(
      fromArticle("10", "Once again the report repeats", {
        ...base,
        respondsTo: { issuerId: "us-state-department", year: 2022 },
      }),
    );
    expect(proposal).toMatchObject({
      verdict: "disputed",
      confidence: "low",
      rule: "report-rejection@1",
    });
    expect(text).toContain(
      "US Department of State's 2022 Country Reports on Human Rights Practices",
    );
    expect(text).toContain("The record does not summarise what the report found");
    expect(text).toContain("18 under Article 117");
  });

  it("“there are no prisoners of conscience” is contradicted", async () => {
    const { proposal, text } = await check(
      fromArticle("10", "The spokesperson affirmed that there are no", base),
    );
    expect(proposal).toMatchObject({ verdict: "contradicted", confidence: "high" });
    expect(text).toContain("On 23 March 2023 the register held 40 people");
    expect(text).toContain(
      "Prisoner Watch Vietnam reported 36 people held in prison or pre-trial detention",
    );
  });

  it("“the country actively cooperates with the UN's human rights mechanisms” is disputed", async () => {
    const { proposal, text } = await check(
      fromArticle("10", "Hang stressed that the country", base),
    );
    expect(proposal).toMatchObject({ verdict: "disputed", rule: "cooperation-with-un@1" });
    // Rejected twice, and the UPR welcomed: both sides are in the reasoning.
    expect(text).toMatch(/Vietnam rejected it .*and Do Thi Thu Hang rejected it/);
    expect(text).toContain("Universal Periodic Review (UPR), third cycle (2019)");
    expect(text).toContain("welcomed it");
  });
});

describe("the monitoring group's year-end numbers (articles 06 and 16)", () => {
  it.each(YEAR_END_CLAIMS)(
    "article %s: “%s …” (the %s) is supported by the register",
    async (stem, start, upTo, quantities) => {
      const date = yearEndDate(stem);
      const input = fromArticle(stem, start, { speaker: PWV, date }, upTo);
      const { proposal, evidence, typed } = await check(input);
      expect(typed.types[0]!.type).toBe("numeric");
      expect(proposal).toMatchObject({
        verdict: "supported",
        confidence: "high",
        rule: "numeric@1",
      });
      const counted = evidence.filter(
        (e) => e.kind === "register-count" && e.rule.startsWith("numeric"),
      );
      expect(counted.map((e) => (e as { quantity: string }).quantity)).toEqual(quantities);
    },
  );

  it("the register's own count reproduces the figure exactly where it can", async () => {
    const { text } = await check(
      fromArticle("16", "As of December 31, 2024, Prisoner Watch", {
        speaker: PWV,
        date: "2025-01-06",
      }),
    );
    expect(text).toContain("The register counted 70 people at risk on 31 December 2024");
    expect(text).toContain(
      "The register counted 45 people detained for peaceful expression or activism on 31 December 2024",
    );
  });

  it("a state-media figure far below the register is contradicted, with the difference", async () => {
    const { proposal, text } = await check({
      text: "As of December 31, 2024, only 20 people were in detention for what critics call their opinions.",
      date: "2025-01-10",
      jurisdiction: "VN",
      speaker: { name: "Vietnam Daily Pictorial", kind: "organisation" },
    });
    expect(proposal).toMatchObject({
      verdict: "contradicted",
      confidence: "high",
      rule: "numeric@1",
    });
    expect(text).toContain("The register counted 45 people detained");
    expect(text).toContain("25 more than the claim's 20");
    expect(text).toContain(
      "Prisoner Watch Vietnam reported 45 people in prison or pre-trial detention as of 31 December 2024",
    );
  });
});

describe("confidential cases", () => {
  const confidential = record.register!.cases.find((c) => c.confidential)!;

  it("are counted and never named, even when every other person is", async () => {
    const { proposal, evidence, text } = await check(
      {
        text: "Nobody is in prison in Vietnam for their religious faith or their opinions.",
        date: "2024-12-31",
        jurisdiction: "VN",
      },
      100,
    );
    expect(proposal.verdict).toBe("contradicted");
    const held = evidence.find((e) => e.kind === "register-count")!;
    expect(held).toMatchObject({ confidential: 1 });
    const named = evidence.filter((e) => e.kind === "case");
    expect(named.length).toBe((held as { value: number }).value - 1);
    expect(text).toContain(
      "1 person of them is counted but not named: the record is confidential.",
    );
    const everything = JSON.stringify({ proposal, evidence });
    expect(everything).not.toContain(confidential.name);
    expect(everything).not.toContain(confidential.id);
  });
});

describe("a claim of no known kind", () => {
  it("is unverifiable, with no rule and no evidence", async () => {
    const { proposal, evidence } = await check({
      text: "The talks in Geneva ended a day early.",
      date: "2022-05-05",
    });
    expect(evidence).toEqual([]);
    expect(proposal).toMatchObject({ verdict: "unverifiable", rule: null, claimType: "other" });
  });
});
