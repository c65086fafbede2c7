import { EVENT_VERBS, PART_CUES, TOTAL_CUES } from "../../../lexicon/figure-contexts.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";

const CUES = new RegExp(
  `(?<![\\p{L}])(?:according\\s+to|${[...PART_CUES, ...TOTAL_CUES].map((c) => c.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu",
);

/** "In 2021, the authorities arrested thirteen activists": the sentence counts over a period. */
function statistical(d: Draft, rc: RuleContext): boolean {
  const s = rc.ctx.sentences[d.sentence]!;
  if (CUES.test(rc.ctx.text.slice(s.start, s.end))) return true;
  return rc.dates.some(
    (x) =>
      x.start >= s.start &&
      x.end <= s.end &&
      (x.cue === "as of" || x.endOf || (x.precision !== "day" && x.start - s.start < 4)),
  );
}

// "The court on Tuesday sentenced two followers of the church, ..." · "Two other residents were
// jailed last year" → a few people spelled out as an event's arguments: the event's people,
// not a statistic. Kept: digits, parts and wholes, and sentences that count over a period or
// cite a source ("In 2021, the authorities arrested thirteen activists", "according to ...").
export const eventParticipants: FigureRule = {
  name: "event-participants",
  apply(drafts, rc) {
    const figures = live(drafts);
    for (const d of figures) {
      const small = d.num.form === "words" && d.value >= 2 && d.value < 10;
      if (!small || d.unit !== "count" || d.elided || d.whole !== null) continue;
      if (figures.some((p) => p.whole === d)) continue;
      if (!rc.words(d.sentence).some((w) => EVENT_VERBS.has(w.lower))) continue;
      // "convicted 38 local activists and two foreigners": counted alongside a statistic
      const beside = figures.some(
        (o) =>
          o !== d && o.sentence === d.sentence && o.unit === "count" && o.num.form === "digits",
      );
      if (!beside && !statistical(d, rc)) d.dropped = "event-participants";
    }
  },
};
