// "its"/"their" report: the issuer is the subject of the clause, named before (or, when the
// sentence opens with the report, just after).
//   "The UN Human Rights Committee, in its 2020 review, ... in its 2020 report on Vietnam"
//   "In its 40-page study, the rights group argued that ..."

import { candidate, type Candidate, type ReportRule } from "../candidate.js";

const OBJECT_BEFORE =
  /\b(?:with|to|of|by|from|at|in|on|for|about|against|into|toward|towards)\s+(?:the\s+)?$/i;

export const itsReport: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    if (h.title !== null || claimed(h) || (h.determiner !== "its" && h.determiner !== "their"))
      continue;
    // The owner of "its" is the clause's subject, never an object ("engages with the Council
    // and submits its reports": the reports are not the Council's).
    const strong = view.issuers.filter(
      (i) => !i.weak && !OBJECT_BEFORE.test(view.text.slice(view.sentence.start, i.start)),
    );
    const before = strong.filter((i) => i.end <= h.npStart).pop();
    const opening = /^\s*(?:In|in|According to|Under)\s*$/.test(
      view.text.slice(view.sentence.start, h.determinerStart ?? h.npStart),
    );
    const after = opening ? strong.find((i) => i.start >= h.end) : undefined;
    const issuer = before ?? after;
    if (!issuer) continue;
    out.push(candidate(h, h.npStart, h.end, { issuer, year: h.year, rule: "its-report" }));
  }
  return out;
};
