// An issuer written into the noun phrase, as possessor or modifier.
//   "the US Department of State’s 2015 human rights report"
//   "the EEAS report", "Amnesty International's latest report"
//   "the US’s annual human rights report" (a weak alias: only ever counts this close)

import { candidate, type Candidate, type ReportRule } from "../candidate.js";

export const attached: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    if (h.title !== null || h.issuer === null || claimed(h)) continue;
    out.push(candidate(h, h.npStart, h.end, { issuer: h.issuer, year: h.year, rule: "attached" }));
  }
  return out;
};
