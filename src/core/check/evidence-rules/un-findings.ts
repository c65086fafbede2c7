// Findings of UN bodies about the claim's country issued on or before its day, with how the
// claimant's government answered them: the record a cooperation claim is weighed against.
//   "In March 2019 the UN Human Rights Committee adopted concluding observations … Hanoi
//    rejected those findings"

import { startedBy } from "../check-dates.js";
import type { EvidenceDraft } from "../evidence.js";
import { reportItem, responseItem } from "./report-items.js";
import { byClaimant, type EvidenceRule } from "./rule.js";

const MAX = 6;

export const unFindings: EvidenceRule = {
  name: "un-findings",
  version: 1,
  description:
    "UN bodies' findings, reviews and requests about the claim's country up to its date, with the claimant government's responses.",
  async gather(ctx) {
    const claim = ctx.typed.claim;
    const found = await ctx.source.reportsAnsweredBy({
      onOrBefore: ctx.asOf,
      about: claim.jurisdiction,
      issuerKinds: ["un"],
    });
    const rule = `${this.name}@${this.version}`;
    const out: EvidenceDraft[] = [];
    for (const a of found.slice(-MAX)) {
      out.push(reportItem(rule, a.report));
      for (const x of a.responses)
        if (byClaimant(x, claim) && startedBy(x.date ?? x.source.date, ctx.asOf))
          out.push(responseItem(rule, x));
    }
    return out;
  },
};
