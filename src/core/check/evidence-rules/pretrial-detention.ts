// People held without trial for longer than a year on the claim's day under articles restricting
// any of the four rights: the register's own evidence on "detainees' rights are secured".
// Twelve months is a reviewer's threshold, not a legal limit; the reasoning says so.

import type { EvidenceDraft } from "../evidence.js";
import type { EvidenceRule } from "./rule.js";

export const PRETRIAL_MONTHS = 12;

export const pretrialDetention: EvidenceRule = {
  name: "pretrial-detention",
  version: 1,
  description: `People held without trial for more than ${PRETRIAL_MONTHS} months on the claim's date, under articles restricting expression, assembly, association or religion.`,
  async gather(ctx) {
    const held = await ctx.source.casesDetainedAsOf(ctx.asOf, {
      rights: ["expression", "assembly", "association", "religion"],
      jurisdiction: ctx.typed.claim.jurisdiction,
      status: "pending-trial",
      heldMonths: PRETRIAL_MONTHS,
      limit: ctx.namedCases + 10,
    });
    const rule = `${this.name}@${this.version}`;
    const out: EvidenceDraft[] = [
      {
        kind: "register-count",
        rule,
        source: null,
        sentence: null,
        asOf: held.asOf,
        publisher: null,
        quantity: `pending-trial-over-${PRETRIAL_MONTHS}-months`,
        label: `people held without trial for more than ${PRETRIAL_MONTHS} months`,
        value: held.total,
        byArticle: held.byArticle,
        rights: ["expression", "assembly", "association", "religion"],
        confidential: held.confidential,
        caseIds: held.caseIds,
        moreCaseIds: held.moreCaseIds,
      },
    ];
    for (const c of held.cases.filter((h) => !h.confidential && h.name).slice(0, ctx.namedCases))
      out.push({
        kind: "case",
        rule,
        source: null,
        sentence: null,
        asOf: held.asOf,
        publisher: null,
        caseId: c.caseId,
        name: c.name,
        confidential: false,
        status: c.status,
        since: c.since,
        charges: c.charges,
        province: c.province,
      });
    return out;
  },
};
