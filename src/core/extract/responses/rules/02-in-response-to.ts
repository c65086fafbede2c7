// A sentence that says a statement answered a report. The statement is in the same sentence, or
// the sentence points back at one ("made the statement … in response to").
//   The deputy minister spoke on Monday in response to the Human Rights Watch report, saying
//    that nobody is detained for what they write.
//   “No one is jailed for blogging,” the spokeswoman said. She made the remarks in reply to
//    Amnesty International's latest report.
// Without a stance word, a denial in the content ("no one is jailed") is a rejection.

import { BACK_REFERENCES, RESPONSE_MARKERS } from "../../../lexicon/report-responses.js";
import { matchKey } from "../../../text/normalise.js";
import { headsOf, mayHoldWord } from "../../../text/word-runs.js";
import type { Span, Statement } from "../../../types.js";
import { actorAt } from "../../actor-lookup.js";
import { hasDenial, overallStance, phraseRegex, stancesIn } from "../find.js";
import { link, type ResponseRule } from "../link.js";

const MARKER_RE = phraseRegex(RESPONSE_MARKERS);
/** Most sentences hold no marker's first word: they are not run through the pattern. */
const MARKER_HEADS = headsOf(RESPONSE_MARKERS);
const BACK_RE = phraseRegex(BACK_REFERENCES);
/** How far a "made the statement" sentence may look back for the statement, in paragraphs. */
const LOOKBACK_PARAGRAPHS = 3;

const inSpan = (s: Statement, span: Span): boolean =>
  (s.cueStart ?? s.start) >= span.start && (s.cueStart ?? s.start) < span.end;

const lastWord = (s: string): string => matchKey(s).split(" ").pop() ?? "";

export const inResponseTo: ResponseRule = (view) => {
  const { ctx, analysis } = view;
  ctx.sentences.forEach((sentence, si) => {
    if (!mayHoldWord(MARKER_HEADS, ctx.text, sentence.start, sentence.end)) return;
    MARKER_RE.lastIndex = 0;
    const marker = MARKER_RE.exec(ctx.text.slice(sentence.start, sentence.end));
    if (!marker) return;
    const markerAt = sentence.start + marker.index;
    const m = view.mentions.find((m) => m.start >= markerAt && m.start < sentence.end);
    if (!m) return;
    let targets = analysis.statements
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => inSpan(s, sentence));
    if (targets.length === 0) {
      BACK_RE.lastIndex = 0;
      const pointsBack = BACK_RE.test(ctx.text.slice(sentence.start, markerAt));
      if (!pointsBack) return;
      const subject = ctx.text.slice(sentence.start, markerAt);
      const subjectActor = actorAt(analysis, { start: sentence.start, end: markerAt });
      const floor =
        ctx.paragraphs[Math.max(0, ctx.sentenceParagraph[si]! - LOOKBACK_PARAGRAPHS)]!.start;
      const before = analysis.statements
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.end <= sentence.start && s.start >= floor);
      const same = before.filter(({ s }) =>
        subjectActor !== null
          ? s.speaker?.actor === subjectActor.actor
          : s.speaker !== null &&
            matchKey(subject)
              .split(/[^\p{L}\p{N}]+/u)
              .includes(lastWord(s.speaker.name)),
      );
      const pick = (same.length > 0 ? same : before).pop();
      targets = pick ? [pick] : [];
    }
    for (const { s, i } of targets) {
      // "Asked about the report, …": the question, with no one asking it in the text, answers
      // nothing; the answer is the statement of the person asked.
      if (s.speaker === null) continue;
      const content = s.segments.map(([start, end]) => ({ start, end }));
      const stance =
        overallStance(stancesIn(ctx.text, content)) ??
        (hasDenial(ctx.text, content) ? "rejects" : null) ??
        overallStance(stancesIn(ctx.text, [{ start: markerAt, end: sentence.end }]));
      link(analysis, i, m.report, stance);
    }
  });
};
