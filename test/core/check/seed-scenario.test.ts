// The situation Vigil was started for, with made-up data shaped like it (PRODUCT.md): a monitoring
// group counts 239 people detained under Articles 117 and 331 as of 22 April 2021, of them 83
// women and 64 from ethnic minorities, 256 at risk; the UN Human Rights Committee's 2020 review
// found Vietnam's laws on expression in breach of the covenant, and the government rejected it.
// A security-ministry general then claims cooperation with UN mechanisms (22 April 2021), and the
// foreign-ministry spokesperson claims no one is held for their opinions (24 June 2021).

import { describe, expect, it } from "vitest";
import { classifyClaim } from "../../../src/core/check/classify.js";
import type { FigureRecord, SourceRef } from "../../../src/core/check/evidence.js";
import { gatherEvidence } from "../../../src/core/check/gather.js";
import { memoryEvidenceSource, type MemoryCase } from "../../../src/core/check/memory-source.js";
import { proposeVerdict } from "../../../src/core/check/verdict.js";

const monitor: SourceRef = {
  documentId: "doc-cooperation",
  title: "Does Hanoi cooperate with the UN? Critics doubt it",
  outlet: "Saigon Monitor",
  date: "2021-04-22",
  url: "https://example.org/saigon-monitor/2021/04/22/cooperation",
};
const briefing: SourceRef = {
  documentId: "doc-briefing",
  title: "Spokesperson answers the EU's annual rights report",
  outlet: "Vietnam Daily Pictorial",
  date: "2021-06-24",
  url: "https://example.org/vietnam-daily-pictorial/2021/06/24/briefing",
};

/** 239 people held on 22 April 2021 (83 women, 64 from minorities) and 17 more at risk. */
function register(): MemoryCase[] {
  const out: MemoryCase[] = [];
  for (let i = 0; i < 256; i++) {
    const held = i < 239;
    out.push({
      id: `S-${String(i + 1).padStart(3, "0")}`,
      name: `Người Thứ ${i + 1}`,
      jurisdiction: "VN",
      gender: i < 83 ? "female" : "male",
      ethnicity: i >= 100 && i < 164 ? "Ede" : "Kinh",
      charges: held
        ? [i % 3 === 0 ? "vn/criminal-code-2015/331" : "vn/criminal-code-2015/117"]
        : [],
      atRiskSince: "2019-01",
      arrested: held ? `2020-${String((i % 12) + 1).padStart(2, "0")}-15` : null,
      tried: held && i % 2 === 0 ? "2021-02-01" : null,
    });
  }
  return out;
}

const figure = (id: string, value: number, what: string, partOf = false): FigureRecord => ({
  id,
  value,
  bound: "eq",
  unit: "count",
  what,
  asOf: "2021-04-22",
  publisher: "The 88 Project",
  jurisdiction: "VN",
  source: monitor,
  sentence: partOf
    ? null
    : { text: `By the group's count, ${value} ${what} on 22 April 2021.`, start: null, end: null },
});

const source = memoryEvidenceSource({
  majorityEthnicity: { VN: "Kinh" },
  cases: register(),
  figures: [
    figure("f-risk", 256, "activists at risk"),
    figure("f-held", 239, "activists held in prison"),
    figure("f-women", 83, "women among the detained activists", true),
    figure("f-minority", 64, "ethnic minority activists among the detained", true),
  ],
  reports: [
    {
      id: "r-hrc-2020",
      issuer: "UN Human Rights Committee",
      issuerId: "un-human-rights-committee",
      issuerKind: "un",
      title: "2020 review of Vietnam under the ICCPR",
      year: 2020,
      date: null,
      about: "VN",
      concerns: ["expression"],
      findings: "Vietnam's laws and practice on freedom of expression breached the covenant.",
      source: monitor,
      sentence: {
        text: "Reviewing Vietnam in 2020, the UN Human Rights Committee found its laws and practice on free expression in breach of the covenant.",
        start: null,
        end: null,
      },
    },
  ],
  responses: [
    {
      id: "x-hrc",
      reportId: "r-hrc-2020",
      speaker: "Vietnam",
      state: "VN",
      response: "rejects",
      date: null,
      source: monitor,
      sentence: { text: "Hanoi dismissed that finding too.", start: null, end: null },
    },
  ],
});

async function check(input: Parameters<typeof classifyClaim>[0]) {
  const typed = classifyClaim(input);
  const evidence = await gatherEvidence(typed, source);
  return { evidence, proposal: proposeVerdict(typed, evidence) };
}

describe("the seed situation", () => {
  it("the spokesperson's no-one-held claim is contradicted, citing the 239 held under Articles 117 and 331", async () => {
    const { proposal, evidence } = await check({
      text: "Nobody in this country is detained or put on trial merely for voicing opinions or defending human rights.",
      date: "2021-06-24",
      speaker: {
        name: "Spokesperson of the Ministry of Foreign Affairs",
        kind: "person",
        state: "VN",
      },
      appearance: briefing,
    });
    expect(proposal).toMatchObject({ verdict: "contradicted", confidence: "high" });
    const text = proposal.reasoning.join("\n");
    expect(text).toContain(
      "The 88 Project reported 239 activists held in prison as of 22 April 2021",
    );
    expect(text).toContain(
      "the register held 239 people under articles the statute catalogue marks as restricting expression and association",
    );
    expect(text).toContain("159 under Article 117 of the Criminal Code 2015");
    expect(text).toContain("80 under Article 331 of the Criminal Code 2015");
    const f = evidence.find((e) => e.kind === "figure" && e.value === 239)!;
    expect(proposal.cites).toContain(f.id);
    expect(f.source?.url).toBe(monitor.url);
  });

  it("the same claim with the figure alone (an empty register) is still contradicted, with medium confidence", async () => {
    const figuresOnly = memoryEvidenceSource({
      figures: [figure("f-held", 239, "activists held in prison")],
    });
    const typed = classifyClaim({
      text: "Nobody in this country is detained or put on trial merely for voicing opinions.",
      date: "2021-06-24",
      jurisdiction: "VN",
    });
    const p = proposeVerdict(typed, await gatherEvidence(typed, figuresOnly));
    expect(p).toMatchObject({ verdict: "contradicted", confidence: "medium" });
  });

  it("the general's cooperation claim is disputed, citing the 2020 finding and its rejection", async () => {
    const { proposal, evidence } = await check({
      text: "Hanoi has been actively cooperating with the United Nations' human rights bodies and procedures.",
      date: "2021-04-22",
      speaker: {
        name: "Lieutenant General of the Ministry of Public Security",
        kind: "person",
        state: "VN",
      },
      appearance: monitor,
    });
    expect(proposal).toMatchObject({
      verdict: "disputed",
      confidence: "high",
      rule: "cooperation-with-un@1",
    });
    const report = evidence.find((e) => e.kind === "report")!;
    const response = evidence.find((e) => e.kind === "response")!;
    expect(proposal.cites).toEqual(expect.arrayContaining([report.id, response.id]));
    const text = proposal.reasoning.join("\n");
    expect(text).toContain("UN Human Rights Committee's 2020 review of Vietnam under the ICCPR");
    expect(text).toContain("breached the covenant");
    expect(text).toContain("Vietnam rejected it (reported by Saigon Monitor on 22 April 2021)");
  });

  it("the register reproduces the group's figures for that day", async () => {
    for (const [q, v] of [
      ["detained", 239],
      ["detained/women", 83],
      ["detained/ethnic-minority", 64],
      ["at-risk", 256],
    ] as const)
      expect((await source.registerCount("2021-04-22", q, "VN"))?.value, q).toBe(v);
  });
});
