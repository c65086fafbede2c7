// "The report is untrue, biased, not objective, based on unverified information."
//   disputed      the record bears out what the report is concerned with: people held under
//                 articles restricting the rights it names, or detentions it describes counted by
//                 the register or by others (high with the register, medium with figures only);
//                 or the report's findings are not on record but the register holds people under
//                 restricting articles, the subject of such reports (low);
//   unverifiable  the record does not say which report is rejected, or holds nothing on its
//                 concerns.
// The record can corroborate a report, never prove a rejection right, so no "supported".

import type { Right } from "../../lexicon/statutes/index.js";
import { dateInWords } from "../check-dates.js";
import { figureLine, list, sentence } from "../wording.js";
import { heldLines, quote, reportName, responseLine, responsesTo } from "./lines.js";
import { heldCount, pick, type VerdictResult, type VerdictRule } from "./rule.js";

const DETENTION_CONCERNS = ["arbitrary-detention", "political-prisoners", "detention"];

export const reportRejection: VerdictRule = {
  name: "report-rejection",
  version: 1,
  description:
    "Rejection of a report: disputed when the register or others' figures corroborate the report's concerns; else unverifiable.",
  decide(ctx): VerdictResult {
    const reports = pick(ctx, "report", "reports-answered");
    const responses = pick(ctx, "response", "reports-answered");
    const held = heldCount(ctx);
    const cases = pick(ctx, "case", "held-under-restricting-articles");
    const figures = pick(ctx, "figure", "figures-on-detentions").filter(
      (f) => f.value > 0 && f.quantity === "detained",
    );
    const reasoning: string[] = [];
    if (reports.length === 0) {
      reasoning.push(
        `The record does not say which report the claim rejects as of ${dateInWords(ctx.asOf)}, so its findings cannot be weighed.`,
      );
      return { verdict: "unverifiable", confidence: "low", reasoning };
    }
    for (const r of reports) {
      const finding = r.findings ? `, which found: ${quote(r.findings)}` : "";
      const answers = responsesTo(r, responses);
      reasoning.push(
        `The claim rejects ${reportName(r)}${finding}${answers.length ? `; ${list(answers.map(responseLine))}` : ""}.`,
      );
    }
    const heldRights = new Set<Right>(
      (held?.byArticle ?? []).filter((a) => a.count > 0).flatMap((a) => a.restricts),
    );
    const concerns = reports.flatMap((r) => r.concerns ?? []);
    const known = reports.some((r) => r.concerns !== null);
    const rightsBorneOut = concerns.filter((c) => heldRights.has(c as Right));
    const aboutDetention = concerns.some((c) => DETENTION_CONCERNS.includes(c));
    const registerBacks = rightsBorneOut.length > 0 || (aboutDetention && !!held && held.value > 0);
    const figuresBack = aboutDetention && figures.length > 0;

    if (known && (registerBacks || figuresBack)) {
      reasoning.push(
        `The record bears out what the report is concerned with (${list([...new Set(concerns)].map((c) => c.replace(/-/g, " ")))}).`,
      );
      if (registerBacks && held) reasoning.push(...heldLines(held, cases));
      if (figures.length > 0)
        reasoning.push(sentence(`${list(figures.slice(0, 3).map(figureLine))}.`));
      reasoning.push(
        "A rejection does not make a report untrue when the record corroborates its findings, so the claim is disputed.",
      );
      return { verdict: "disputed", confidence: registerBacks ? "high" : "medium", reasoning };
    }
    if (!known && held && held.value > 0) {
      reasoning.push(
        "The record does not summarise what the report found, so its findings cannot be compared one by one.",
      );
      reasoning.push(...heldLines(held, cases));
      reasoning.push(
        "People held under such articles are the subject of human-rights reporting on the country, so the blanket rejection is disputed; the reviewer should compare the report's text.",
      );
      return { verdict: "disputed", confidence: "low", reasoning };
    }
    reasoning.push(
      `Nothing in the record as of ${dateInWords(ctx.asOf)} bears on the report's concerns, so the rejection cannot be weighed.`,
    );
    return { verdict: "unverifiable", confidence: "low", reasoning };
  },
};
