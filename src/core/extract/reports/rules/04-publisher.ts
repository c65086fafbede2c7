// The issuer as the subject of a verb of publishing; a date in the same sentence dates the report.
//   "On 11 March 2020 the US State Department released a report detailing abuses"
//   "Human Rights Watch on Thursday published its annual World Report" (the title rule has it)

import { PUBLISH_VERBS } from "../../../lexicon/report-titles.js";
import { findDates } from "../../date-port.js";
import { candidate, type Candidate, type ReportRule, type SentenceView } from "../candidate.js";
import type { IssuerMention } from "../find.js";

const VERB = new RegExp(
  String.raw`^\s*(?:(?:on|in)\s+[^,.;]{1,25}?\s+)?(?:${[...PUBLISH_VERBS]
    .sort((a, b) => b.length - a.length)
    .join("|")})\s+(?:on\s+[^,.;]{1,25}?\s+)?$`,
  "u",
);

/** ", which monitors the covenant," between the issuer and its verb. */
const RELATIVE = /^\s*,\s*(?:which|who|an?|the)\b[^,]{1,120},/u;

/**
 * The issuer that publishes what starts at `at` (a determiner or a title), and the date the
 * sentence gives before it: "In March 2019, the UN Human Rights Committee, which …, adopted".
 */
export function publisherBefore(
  view: SentenceView,
  at: number,
): { issuer: IssuerMention; date: string | null } | null {
  const issuer = [...view.issuers].reverse().find((i) => {
    if (i.weak || i.end > at) return false;
    const between = view.text.slice(i.end, at);
    return VERB.test(between.replace(RELATIVE, ""));
  });
  if (!issuer) return null;
  const dates = findDates(view.text, { start: view.sentence.start, end: at }, view.docDate);
  const date = dates.filter((d) => !d.relative || d.date.length === 10).pop()?.date ?? null;
  return { issuer, date };
}

export const publisher: ReportRule = (view, claimed) => {
  const out: Candidate[] = [];
  for (const h of view.heads) {
    const det = h.determinerStart;
    if (h.title !== null || claimed(h) || det === null) continue;
    const found = publisherBefore(view, det);
    if (!found) continue;
    out.push(
      candidate(h, found.issuer.start, h.end, {
        issuer: found.issuer,
        year: h.year,
        date: found.date,
        rule: "publisher",
      }),
    );
  }
  return out;
};
