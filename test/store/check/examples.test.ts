// The example claims of the project's corpus (examples/), checked through the database: the
// articles ingested (statements, reports and responses as the extractors read them), the example
// register imported, and every check asked of the store. The verdicts are those the in-memory
// tests pin (test/core/check/examples.test.ts) — the verdict a careful reader gives — with the
// evidence that justifies them.

import { beforeAll, describe, expect, it } from "vitest";
import type { EvidenceItem } from "../../../src/core/check/evidence.js";
import type { CheckView } from "../../../src/store/check/check-types.js";
import { articleText, loadExamples, statementId } from "../../helpers/check-examples.js";
import { describeStores } from "../../helpers/store.js";
import { YEAR_END_CLAIMS, yearEndDate } from "../../helpers/year-end-claims.js";

const PWV = "Prisoner Watch Vietnam";

function text(c: CheckView): string {
  return c.reasoning.join("\n");
}

function cited(c: CheckView): EvidenceItem[] {
  return c.evidence.filter((e) => c.proposal.cites.includes(e.id));
}

describeStores("checks on the example corpus", (ctx) => {
  beforeAll(() => loadExamples(ctx.store), 120_000);

  const statement = async (stem: string, words: string) =>
    ctx.store.checkStatement({ statementId: await statementId(ctx.db, stem, words) });

  describe("article 03: the spokesperson answers the EEAS report (24 June 2021)", () => {
    it("“no one in Vietnam is arrested … for expressing their opinions” is contradicted", async () => {
      const c = await statement("03", "no one in Vietnam is arrested");
      expect(c.claim).toMatchObject({
        date: "2021-06-24",
        jurisdiction: "VN",
        speaker: { name: "Do Thi Thu Hang", role: "Spokesperson", state: "VN" },
      });
      expect(c.proposal).toMatchObject({
        verdict: "contradicted",
        confidence: "high",
        rule: "no-detention-for-expression@1",
      });
      const held = c.evidence.find((e) => e.kind === "register-count")!;
      expect(held).toMatchObject({ asOf: "2021-06-24", value: 29, rights: ["expression"] });
      expect(text(c)).toContain("On 24 June 2021 the register held 29 people under articles");
      expect(text(c)).toContain(
        "13 under Article 117 of the Criminal Code 2015 (propaganda against the state)",
      );
      expect(text(c)).toContain(
        "7 under Article 331 of the Criminal Code 2015 (abusing democratic freedoms)",
      );
      expect(text(c)).toContain(
        "Prisoner Watch Vietnam reported 28 activists in detention as of 25 April 2021",
      );
      // The rejection is in the claim's own document, published the day after the briefing.
      expect(text(c)).toMatch(
        /European External Action Service's report on human rights and democracy \(2020\) \[E\d+\]; Do Thi Thu Hang rejected it/,
      );
      const kinds = new Set(cited(c).map((e) => e.kind));
      expect([...kinds].sort()).toEqual([
        "case",
        "figure",
        "register-count",
        "report",
        "response",
        "statement",
      ]);
      expect(c.evidence.some((e) => e.kind === "figure" && e.asOf === "2021-12-31")).toBe(false);
      // Every item from a document keeps its source and sentence, so the reader can open it.
      for (const e of c.evidence.filter((x) => x.source)) {
        expect(e.source!.documentId).toMatch(/^\d+$/);
        expect(e.sentence?.text.length).toBeGreaterThan(0);
      }
    });

    it("the report “contains content that is not objective” is disputed by the record", async () => {
      const c = await statement("03", "However, the report still contains");
      expect(c.proposal).toMatchObject({
        verdict: "disputed",
        confidence: "high",
        rule: "report-rejection@1",
      });
      expect(text(c)).toContain(
        "The record bears out what the report is concerned with (expression)",
      );
      expect(text(c)).toContain("register held 30 people");
    });

    it("freedom of speech “respected in practice” is disputed", async () => {
      const c = await statement("03", "Freedom of speech and freedom");
      expect(c.proposal).toMatchObject({ verdict: "disputed", rule: "rights-respected@1" });
    });

    it("“investigation, detention and trial … in strict accordance with the law” is disputed by others' findings", async () => {
      const c = await statement("03", "investigation, detention and trial are");
      expect(c.proposal).toMatchObject({
        verdict: "disputed",
        confidence: "low",
        rule: "legal-process-respected@1",
      });
      expect(text(c)).toContain("the register held no one without trial for more than 12 months");
      expect(text(c)).toContain("US Department of State said on 27 April 2021");
    });

    it("“more than 72 percent … uses the internet” is unverifiable as a number; the freedoms claim is disputed", async () => {
      const c = await ctx.store.checkClaim({
        text: articleText("03", "More than 72 percent"),
        speaker: "Do Thi Thu Hang",
        date: "2021-06-24",
      });
      expect(c.features.numbers[0]).toMatchObject({
        value: 72,
        bound: "gt",
        unit: "percent",
        quantity: "internet-users",
      });
      expect(c.proposal.byType).toEqual([
        { type: "numeric", rule: "numeric@1", verdict: "unverifiable", confidence: "low" },
        {
          type: "rights-respected",
          rule: "rights-respected@1",
          verdict: "disputed",
          confidence: "medium",
        },
      ]);
      expect(c.proposal).toMatchObject({ verdict: "disputed", claimType: "rights-respected" });
    });
  });

  describe("article 02: the MPS general on cooperation with UN mechanisms (27 April 2021)", () => {
    it("is disputed by the Human Rights Committee's findings that Hanoi rejected", async () => {
      const c = await statement("02", "actively cooperates");
      expect(c.proposal).toMatchObject({
        verdict: "disputed",
        confidence: "high",
        rule: "cooperation-with-un@1",
      });
      expect(text(c)).toContain(
        "The UN Human Rights Committee's Concluding observations (March 2019)",
      );
      expect(text(c)).toContain("used to silence journalists, bloggers and human rights defenders");
      expect(text(c)).toMatch(
        /Vietnam rejected it \(reported by Saigon Monitor on 27 April 2021\) \[E\d+\]/,
      );
      expect(c.evidence.find((e) => e.kind === "response")).toMatchObject({
        response: "rejects",
        state: "VN",
      });
    });
  });

  describe("article 10: Hanoi rejects the US 2022 report (23 March 2023)", () => {
    it("“the report repeats unverified claims” is disputed, with low confidence: its findings are not on record", async () => {
      const c = await statement("10", "Once again the report repeats");
      expect(c.claim.respondsTo).toMatchObject({ issuerId: "us-state-department", year: 2022 });
      expect(c.proposal).toMatchObject({
        verdict: "disputed",
        confidence: "low",
        rule: "report-rejection@1",
      });
      expect(text(c)).toContain(
        "US Department of State's Country Reports on Human Rights Practices (2022)",
      );
      expect(text(c)).toContain("The record does not summarise what the report found");
      expect(text(c)).toContain("18 under Article 117");
    });

    it("“there are no prisoners of conscience” is contradicted", async () => {
      const c = await statement("10", "prisoners of conscience");
      expect(c.proposal).toMatchObject({ verdict: "contradicted", confidence: "high" });
      expect(text(c)).toContain("On 23 March 2023 the register held 40 people");
      expect(text(c)).toContain(
        "Prisoner Watch Vietnam reported 36 people held in prison or pre-trial detention",
      );
    });

    it("“the country actively cooperates with the UN's human rights mechanisms” is disputed", async () => {
      const c = await statement("10", "the country actively cooperates");
      expect(c.proposal).toMatchObject({ verdict: "disputed", rule: "cooperation-with-un@1" });
      // Rejected twice, and the UPR welcomed: both sides are in the reasoning.
      expect(text(c)).toMatch(/Vietnam rejected it .*and Do Thi Thu Hang rejected it/);
      expect(text(c)).toContain("Universal Periodic Review (2019)");
      expect(text(c)).toContain("welcomed it");
    });
  });

  describe("the monitoring group's year-end numbers (articles 06 and 16)", () => {
    it.each(YEAR_END_CLAIMS)(
      "article %s: “%s …” (the %s) is supported by the register",
      async (stem, start, upTo, quantities) => {
        const date = yearEndDate(stem);
        const c = await ctx.store.checkClaim({
          text: articleText(stem, start, upTo),
          speaker: PWV,
          date,
          jurisdiction: "VN",
        });
        expect(c.types[0]!.type).toBe("numeric");
        expect(c.proposal).toMatchObject({
          verdict: "supported",
          confidence: "high",
          rule: "numeric@1",
        });
        const counted = c.evidence.filter(
          (e) => e.kind === "register-count" && e.rule.startsWith("numeric"),
        );
        expect(counted.map((e) => (e as { quantity: string }).quantity)).toEqual(quantities);
      },
    );

    it("the register's own count reproduces the figure exactly where it can", async () => {
      const c = await ctx.store.checkClaim({
        text: articleText("16", "As of December 31, 2024, Prisoner Watch"),
        speaker: PWV,
        date: "2025-01-06",
        jurisdiction: "VN",
      });
      expect(text(c)).toContain("The register counted 70 people at risk on 31 December 2024");
      expect(text(c)).toContain(
        "The register counted 45 people detained for peaceful expression or activism on 31 December 2024",
      );
    });

    it("a state-media figure far below the register is contradicted, with the difference", async () => {
      const c = await ctx.store.checkClaim({
        text: "As of December 31, 2024, only 20 people were in detention for what critics call their opinions.",
        date: "2025-01-10",
        jurisdiction: "VN",
        speaker: "Vietnam Daily Pictorial",
      });
      expect(c.proposal).toMatchObject({
        verdict: "contradicted",
        confidence: "high",
        rule: "numeric@1",
      });
      expect(text(c)).toContain("The register counted 45 people detained");
      expect(text(c)).toContain("25 more than the claim's 20");
      expect(text(c)).toContain(
        "Prisoner Watch Vietnam reported 45 people in prison or pre-trial detention as of 31 December 2024",
      );
    });
  });

  describe("confidential cases", () => {
    it("are counted and never named, even when every other person is", async () => {
      const c = await ctx.store.checkClaim({
        text: "Nobody is in prison in Vietnam for their religious faith or their opinions.",
        date: "2024-12-31",
        jurisdiction: "VN",
        namedCases: 100,
        save: true,
      });
      expect(c.proposal.verdict).toBe("contradicted");
      const held = c.evidence.find((e) => e.kind === "register-count")!;
      expect(held).toMatchObject({ confidential: 1 });
      const named = c.evidence.filter((e) => e.kind === "case");
      expect(named.length).toBe((held as { value: number }).value - 1);
      expect(text(c)).toContain(
        "1 person of them is counted but not named: the record is confidential.",
      );
      // Not in the check, not in what the store kept, not in any count's list of ids.
      const stored = await ctx.store.getCheck(c.id);
      for (const out of [c, stored]) {
        const everything = JSON.stringify(out);
        expect(everything).not.toContain("VN-072");
        expect(everything).not.toContain("Nguyễn Thị Hòa");
      }
      const numeric = await ctx.store.checkClaim({
        text: "As of December 31, 2024, 45 people were held in prison or pre-trial detention.",
        date: "2025-01-06",
        jurisdiction: "VN",
      });
      const count = numeric.evidence.find((e) => e.kind === "register-count")!;
      expect(count).toMatchObject({ value: 45, confidential: 1 });
      expect(JSON.stringify(numeric)).not.toContain("VN-072");
    });
  });

  describe("a claim of no known kind", () => {
    it("is unverifiable, with no rule and no evidence", async () => {
      const c = await ctx.store.checkClaim({
        text: "The talks in Geneva ended a day early.",
        date: "2022-05-05",
      });
      expect(c.evidence).toEqual([]);
      expect(c.proposal).toMatchObject({ verdict: "unverifiable", rule: null, claimType: "other" });
    });
  });
});
