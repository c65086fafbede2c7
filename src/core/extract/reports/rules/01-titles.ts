// A known title, with the issuer attached to it, after it ("of the UN Human Rights Council") or
// implied by the title itself.
//   "the EEAS’s human-rights report for 2019" (a title from the catalogue, issuer in possessive)
//   "the third Universal Periodic Review cycle of the Human Rights Council"
//   "the State Department's Country Reports on Human Rights Practices"

import { REPORT_ISSUERS } from "../../../lexicon/report-issuers.js";
import { candidate, type Candidate, type ReportRule } from "../candidate.js";
import { issuerAfter } from "../parse.js";
import { publisherBefore } from "./04-publisher.js";

export const titles: ReportRule = (view) => {
  const out: Candidate[] = [];
  for (const t of view.titles) {
    // "Universal Periodic Review (UPR)": the bracketed acronym repeats the title just before it.
    const prev = out[out.length - 1];
    if (prev && prev.title === t.title && /^\s*\($/.test(view.text.slice(prev.head.end, t.start))) {
      prev.end = Math.max(prev.end, t.end + (view.text[t.end] === ")" ? 1 : 0));
      continue;
    }
    const head = view.heads.find((h) => h.title === t.title && h.start === t.start);
    const after = issuerAfter(view, t.end);
    const attached = head?.issuer ?? null;
    // "the committee, which …, adopted concluding observations": a title naming no issuer.
    const named = attached !== null || after !== null || t.title.issuer !== null;
    const published = named ? null : publisherBefore(view, head?.determinerStart ?? t.start);
    const issuer =
      attached ??
      after?.issuer ??
      published?.issuer ??
      (t.title.issuer === null
        ? null
        : {
            start: t.start,
            end: t.end,
            issuer: REPORT_ISSUERS.find((i) => i.id === t.title.issuer)!,
            weak: false,
            implied: true,
          });
    out.push(
      candidate(
        t,
        published?.issuer.start ?? head?.npStart ?? t.start,
        Math.max(t.end, after?.end ?? 0),
        {
          issuer,
          title: t.title,
          year: head?.year ?? null,
          date: published?.date ?? null,
          rule: "titles",
        },
      ),
    );
  }
  return out;
};
