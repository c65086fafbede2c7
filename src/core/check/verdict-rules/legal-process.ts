// "Investigations and trials follow the law; the rights of every detainee are guaranteed."
//   disputed      the register holds people without trial for more than a year under articles
//                 restricting the four rights (medium), a report by someone other than the
//                 claimant found arbitrary detention, unfair trials or mistreatment (medium), or
//                 others said detainees were denied lawyers, care or visits (low);
//   unverifiable  nothing bears on it.
// The record cannot prove every right of every detainee secured, nor prove the law broken in a
// particular trial, so this rule never says "supported" or "contradicted" for the claim; for the
// opposite claim ("detainees are denied lawyers") the same evidence supports it.

import { dateInWords } from "../check-dates.js";
import type { ReportEvidence } from "../evidence.js";
import { cite, list, sentence } from "../wording.js";
import { PRETRIAL_MONTHS } from "../evidence-rules/pretrial-detention.js";
import { heldLines, reportName, statementLine } from "./lines.js";
import { pick, type VerdictResult, type VerdictRule } from "./rule.js";

const PROCESS_CONCERNS = ["arbitrary-detention", "due-process", "torture", "fair-trial"];

function concernsOf(r: ReportEvidence): string[] {
  return (r.concerns ?? [])
    .filter((c) => PROCESS_CONCERNS.includes(c))
    .map((c) => c.replace(/-/g, " "));
}

export const legalProcessRespected: VerdictRule = {
  name: "legal-process-respected",
  version: 1,
  description:
    "Legal process respected: disputed by prolonged pre-trial detention in the register, others' reports of arbitrary detention or mistreatment, or others' statements; else unverifiable.",
  decide(ctx): VerdictResult {
    const claimsRespected = ctx.type.polarity === "positive";
    const pretrial = pick(ctx, "register-count", "pretrial-detention")[0];
    const cases = pick(ctx, "case", "pretrial-detention");
    const reports = pick(ctx, "report").filter((r) =>
      (r.concerns ?? []).some((c) => PROCESS_CONCERNS.includes(c)),
    );
    const against = pick(ctx, "statement", "statements-on-topic").filter(
      (s) => s.stance === "contradicts",
    );
    const reasoning: string[] = [];
    const long = pretrial && pretrial.value > 0;
    if (pretrial && !long)
      reasoning.push(
        `On ${dateInWords(pretrial.asOf)} the register held no one without trial for more than ${PRETRIAL_MONTHS} months under articles restricting expression, assembly, association or religion${cite(pretrial)}.`,
      );
    if (long) {
      reasoning.push(
        ...heldLines(pretrial, cases).map((l) =>
          l.replace(
            "the register held",
            `the register held, without trial for more than ${PRETRIAL_MONTHS} months,`,
          ),
        ),
      );
      reasoning.push(
        `${PRETRIAL_MONTHS} months is Vigil's mark for prolonged pre-trial detention, not a legal limit; the reviewer should check each case against the law's own limits.`,
      );
    }
    for (const r of reports)
      reasoning.push(
        sentence(
          `${reportName(r)} raised ${list(concernsOf(r))}${r.findings ? `: ${r.findings.replace(/\.$/, "")}` : ""}.`,
        ),
      );
    if (against.length > 0)
      reasoning.push(
        `Others said otherwise: ${against.slice(0, 3).map(statementLine).join("; ")}.`,
      );

    if (long || reports.length > 0 || against.length > 0) {
      const strong = long || reports.length > 0;
      reasoning.push(
        claimsRespected
          ? "The record does not show every detainee's rights secured; what it holds speaks against the claim, which is therefore disputed."
          : "What the record holds bears the claim out, though it cannot prove it for every detainee.",
      );
      return {
        verdict: claimsRespected ? "disputed" : "supported",
        confidence: strong ? "medium" : "low",
        reasoning,
      };
    }
    reasoning.push(
      `Nothing in the record as of ${dateInWords(ctx.asOf)} bears on how detainees were treated: no prolonged pre-trial detention in the register, no report of arbitrary detention or mistreatment and no statement by others.`,
    );
    return { verdict: "unverifiable", confidence: "low", reasoning };
  },
};
