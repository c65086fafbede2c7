// A report named by its noun alone refers back to one already mentioned; the pass links it to the
// latest report before it, or drops it when there is none.
//   "The report again relied on unverified claims", "this report is one-sided"

import { candidate, type Candidate, type ReportRule } from "../candidate.js";

const DEFINITE = new Set(["the", "this", "that", "said"]);

export const anaphora: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    if (h.title !== null || h.issuer !== null || claimed(h)) continue;
    if (
      h.determiner === null ||
      !DEFINITE.has(h.determiner) ||
      /s$/.test(view.text.slice(h.start, h.end))
    )
      continue;
    out.push(candidate(h, h.npStart, h.end, { year: h.year, anaphoric: true, rule: "anaphora" }));
  }
  return out;
};
