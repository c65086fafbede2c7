// "The state works actively with the UN's human rights mechanisms", and its opposite.
// For the claim of cooperation:
//   disputed      a UN body's finding about the country was rejected by the claimant's government
//                 (high), or a UN request or recommendation is outstanding (medium);
//   supported     the record holds only positive engagement: reviews welcomed or acknowledged (medium);
//   unverifiable  no UN finding or review on record.
// For a claim of non-cooperation, a rejected finding supports it and positive engagement alone
// disputes it. Cooperation is never "contradicted": engagement and rejection coexist.

import { dateInWords } from "../check-dates.js";
import { list, sentence } from "../wording.js";
import { quote, reportName, responseLine, responsesTo, statementLine } from "./lines.js";
import { pick, type VerdictResult, type VerdictRule } from "./rule.js";

export const cooperationWithUn: VerdictRule = {
  name: "cooperation-with-un",
  version: 1,
  description:
    "Cooperation with UN mechanisms: disputed by UN findings the government rejected or outstanding requests; supported by positive engagement only; else unverifiable.",
  decide(ctx): VerdictResult {
    const claimsCooperation = ctx.type.polarity === "positive";
    const reports = pick(ctx, "report", "un-findings");
    const responses = pick(ctx, "response", "un-findings");
    const rejected = reports.filter((r) =>
      responsesTo(r, responses).some((x) => x.response === "rejects"),
    );
    const outstanding = reports.filter((r) => r.outstanding && !rejected.includes(r));
    const positive = reports.filter(
      (r) =>
        !rejected.includes(r) && responsesTo(r, responses).some((x) => x.response !== "rejects"),
    );
    const against = pick(ctx, "statement", "statements-on-topic").filter(
      (s) => s.stance === "contradicts",
    );
    const reasoning: string[] = [];
    for (const r of rejected) {
      const finding = r.findings ? `, which found: ${quote(r.findings)}` : "";
      const answers = responsesTo(r, responses).filter((x) => x.response === "rejects");
      reasoning.push(`${sentence(reportName(r))}${finding}; ${list(answers.map(responseLine))}.`);
    }
    for (const r of outstanding)
      reasoning.push(
        `${sentence(reportName(r))} was still unanswered on ${dateInWords(ctx.asOf)}.`,
      );
    for (const r of positive) {
      const answers = responsesTo(r, responses).filter((x) => x.response !== "rejects");
      reasoning.push(`${sentence(reportName(r))}: ${list(answers.map(responseLine))}.`);
    }

    let verdict: VerdictResult["verdict"];
    let confidence: VerdictResult["confidence"];
    const negativeRecord = rejected.length > 0 || outstanding.length > 0;
    if (negativeRecord) {
      verdict = claimsCooperation ? "disputed" : "supported";
      confidence = rejected.length > 0 ? (claimsCooperation ? "high" : "medium") : "medium";
      reasoning.push(
        claimsCooperation
          ? "Cooperating with a UN body includes acting on its findings; a finding the government rejected outright, or a request it left unanswered, disputes the claim of active cooperation."
          : "A UN finding the government rejected, or a request it left unanswered, supports the claim that it does not cooperate fully; engagement on other occasions is not excluded.",
      );
    } else if (positive.length > 0) {
      verdict = claimsCooperation ? "supported" : "disputed";
      confidence = "medium";
      reasoning.push(
        `As of ${dateInWords(ctx.asOf)} the record holds only positive engagement with UN mechanisms: no finding rejected and no request outstanding.`,
      );
    } else {
      verdict = "unverifiable";
      confidence = "low";
      reasoning.push(
        `The record holds no UN finding, review or request about the country up to ${dateInWords(ctx.asOf)}, so the claim cannot be weighed.`,
      );
    }
    if (against.length > 0)
      reasoning.push(
        `Others said otherwise: ${against.slice(0, 3).map(statementLine).join("; ")}.`,
      );
    return { verdict, confidence, reasoning };
  },
};
