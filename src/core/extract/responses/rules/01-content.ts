// A statement that names a report and says what it makes of it.
//   “The report repeats old falsehoods and is biased,” the spokesman said.
//   “We welcome the Committee's concluding observations,” the ambassador told the session.
// A statement by the report's own issuer is the report talking, not a response to it.

import { sentenceAt } from "../../../text/doc-context.js";
import type { Span, Statement } from "../../../types.js";
import { overallStance, overlaps, stancesIn } from "../find.js";
import { link, spokenByIssuer, type ResponseRule } from "../link.js";

/** The statement's content, plus the sentence its cue is in ("Hanoi criticised the report …"). */
export function statementRegion(view: Parameters<ResponseRule>[0], s: Statement): Span[] {
  const spans: Span[] = s.segments.map(([start, end]) => ({ start, end }));
  if (s.cueStart !== null) {
    const i = sentenceAt(view.ctx, s.cueStart);
    if (i >= 0) spans.push(view.ctx.sentences[i]!);
  }
  return spans;
}

/** "the EEAS report, which criticised …", "The report said …": the report is the speaker. */
const REPORT_AS_SUBJECT =
  /^\s*(?:\([^)]{1,20}\))?\s*,?\s*(?:which|that)?\s*(?:has|have|had|also)?\s*$/;

function reportSpeaks(text: string, m: { end: number }, s: Statement): boolean {
  return (
    s.cueStart !== null &&
    m.end <= s.cueStart &&
    REPORT_AS_SUBJECT.test(text.slice(m.end, s.cueStart))
  );
}

export const content: ResponseRule = (view) => {
  const { analysis, ctx } = view;
  analysis.statements.forEach((s, i) => {
    // "Asked about the Committee's observations, …": a question with no one asking it in the
    // text answers nothing; the answer is the statement of the person asked.
    if (s.respondsTo !== null || s.speaker === null) return;
    const region = statementRegion(view, s);
    const speaker = s.speaker;
    const m = view.mentions.find(
      (m) =>
        region.some((r) => overlaps(r, m)) &&
        !(speaker && overlaps(speaker, m)) &&
        !reportSpeaks(ctx.text, m, s) &&
        !spokenByIssuer(s, analysis.reports[m.report]),
    );
    if (!m) return;
    const stance = overallStance(stancesIn(ctx.text, region));
    if (stance !== null) link(analysis, i, m.report, stance);
  });
};
