// The issuer as the subject of a verb of publishing; a date in the same sentence dates the report.
//   "On 11 March 2020 the US State Department released a report detailing abuses"
//   "Human Rights Watch on Thursday published its annual World Report" (the title rule has it)

import { PUBLISH_VERBS } from "../../../lexicon/report-titles.js";
import { findDates } from "../../date-port.js";
import { candidate, type Candidate, type ReportRule } from "../candidate.js";

const VERB = new RegExp(
  String.raw`^\s*(?:(?:on|in)\s+[^,.;]{1,25}?\s+)?(?:${[...PUBLISH_VERBS]
    .sort((a, b) => b.length - a.length)
    .join("|")})\s+(?:on\s+[^,.;]{1,25}?\s+)?$`,
  "u",
);

export const publisher: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    const det = h.determinerStart;
    if (h.title !== null || claimed(h) || det === null) continue;
    const issuer = [...view.issuers]
      .reverse()
      .find((i) => !i.weak && i.end <= det && VERB.test(view.text.slice(i.end, det)));
    if (!issuer) continue;
    const dates = findDates(view.text, { start: view.sentence.start, end: h.start }, view.docDate);
    const date = dates.filter((d) => !d.relative || d.date.length === 10).pop()?.date ?? null;
    out.push(candidate(h, issuer.start, h.end, { issuer, year: h.year, date, rule: "publisher" }));
  }
  return out;
};
