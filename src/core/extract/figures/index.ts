// The figures extractor: numbers that count something, with what they count, their bound,
// as-of date, publisher and part-of links. See rules/ for what each step decides, in order.

import type { ExtractionPass } from "../../analyze.js";
import { findDates } from "../../text/dates.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, Figure } from "../../types.js";
import { dateSpans } from "./date-spans.js";
import { live, type Draft, type FigureRule, type RuleContext } from "./draft.js";
import { findCandidates } from "./find.js";
import { datesAndYears } from "./rules/01-dates-and-years.js";
import { references } from "./rules/02-references.js";
import { ages } from "./rules/03-ages.js";
import { modifiersAndMeasures } from "./rules/04-modifiers-and-measures.js";
import { durations } from "./rules/05-durations.js";
import { vagueAndAnaphora } from "./rules/06-vague-and-anaphora.js";
import { counted } from "./rules/07-counted.js";
import { partOf } from "./rules/08-part-of.js";
import { eventParticipants } from "./rules/09-event-participants.js";
import { asOf } from "./rules/10-as-of.js";
import { publisher } from "./rules/11-publisher.js";
import { quotedSpeaker } from "./rules/12-quoted-speaker.js";
import { byline } from "./rules/13-byline.js";
import { wordsIn, type Word } from "./words.js";

/** The rules, in order: first what is not a figure, then what a figure says, then its context. */
export const FIGURE_RULES: readonly FigureRule[] = [
  datesAndYears,
  references,
  ages,
  modifiersAndMeasures,
  durations,
  vagueAndAnaphora,
  counted,
  partOf,
  eventParticipants,
  asOf,
  publisher,
  quotedSpeaker,
  byline,
];

function ruleContext(ctx: DocContext, analysis: Analysis): RuleContext {
  const cache = new Map<number, Word[]>();
  const dates = findDates(ctx.text, { docDate: ctx.date, dayFirst: ctx.jurisdiction === "VN" });
  return {
    ctx,
    analysis,
    dates,
    dateSpans: dateSpans(dates),
    words(i) {
      let w = cache.get(i);
      if (!w) {
        const s = ctx.sentences[i]!;
        w = wordsIn(ctx.text, s.start, s.end);
        cache.set(i, w);
      }
      return w;
    },
  };
}

/** The document's figures, in text order; `partOf` indexes into the returned list. */
export function extractFigures(ctx: DocContext, analysis: Analysis, offset = 0): Figure[] {
  const drafts: Draft[] = findCandidates(ctx);
  const rc = ruleContext(ctx, analysis);
  for (const rule of FIGURE_RULES) rule.apply(drafts, rc);
  const kept = live(drafts).sort((a, b) => a.start - b.start);
  const index = new Map(kept.map((d, i) => [d, i]));
  return kept.map((d) => ({
    start: d.start,
    end: d.end,
    text: ctx.text.slice(d.start, d.end),
    value: d.value,
    bound: d.bound,
    unit: d.unit,
    what: d.what,
    asOf: d.asOf,
    asOfSource: d.asOfSource,
    publisher: d.publisher,
    partOf: d.whole && index.has(d.whole) ? offset + index.get(d.whole)! : null,
  }));
}

export const figuresPass: ExtractionPass = {
  name: "figures",
  run(ctx, analysis) {
    analysis.figures.push(...extractFigures(ctx, analysis, analysis.figures.length));
  },
};
