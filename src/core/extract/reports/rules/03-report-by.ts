// The issuer after the noun.
//   "a report by Human Rights Watch", "the latest report of the UN Working Group on Arbitrary
//    Detention", "a report released by Amnesty International on Monday"

import { candidate, type Candidate, type ReportRule } from "../candidate.js";
import { issuerAfter } from "../parse.js";

export const reportBy: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    if (h.title !== null || claimed(h)) continue;
    const after = issuerAfter(view, h.end);
    if (!after) continue;
    out.push(
      candidate(h, h.npStart, after.end, { issuer: after.issuer, year: h.year, rule: "report-by" }),
    );
  }
  return out;
};
