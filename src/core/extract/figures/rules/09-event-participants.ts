import { EVENT_VERBS, PART_CUES, TOTAL_CUES } from "../../../lexicon/figure-contexts.js";
import { headsOf, mayHoldWord } from "../../../text/word-runs.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";

const CUES = new RegExp(
  `(?<![\\p{L}])(?:according\\s+to|${[...PART_CUES, ...TOTAL_CUES].map((c) => c.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu",
);

const NUMBER_OF = /^\s+the\s+(?:number|total|count)\s+of\b/iu;

/** Most sentences hold none of the cues' words: CUES is not run over them. */
const CUE_HEADS = headsOf(["according to", ...PART_CUES, ...TOTAL_CUES]);

/** "In 2021, the authorities arrested thirteen activists": the sentence counts over a period. */
function statistical(d: Draft, rc: RuleContext): boolean {
  const s = rc.ctx.sentences[d.sentence]!;
  const text = rc.ctx.text;
  if (mayHoldWord(CUE_HEADS, text, s.start, s.end) && CUES.test(text.slice(s.start, s.end)))
    return true;
  return rc.dates.some(
    (x) =>
      x.start >= s.start &&
      x.end <= s.end &&
      (x.cue === "as of" || x.endOf || (x.precision !== "day" && x.start - s.start < 4)),
  );
}

/**
 * "two other groups, the Delta Legal Aid Centre and Mekong Voices": the count is
 * followed by exactly that many names, so it introduces them rather than counting.
 */
function enumerated(d: Draft, rc: RuleContext): boolean {
  const s = rc.ctx.sentences[d.sentence]!;
  const rest = rc.ctx.text.slice(d.end, s.end);
  const comma = rest.search(/[,:]/);
  if (comma < 0 || comma > 90) return false;
  const list = rest.slice(comma + 1).split(/[;.–—]|,\s*(?:who|which|to|for|in|on)\b/)[0]!;
  const items = list
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length === d.value && items.every((x) => /^(?:the\s+)?\p{Lu}/u.test(x));
}

// "The court on Tuesday sentenced two followers of the church, ..." · "Two other residents were
// jailed last year" → a few people spelled out as an event's arguments: the event's people,
// not a statistic; so is a count followed by as many names. Kept: digits, parts and wholes, and sentences that count over a period or
// cite a source ("In 2021, the authorities arrested thirteen activists", "according to ...").
export const eventParticipants: FigureRule = {
  name: "event-participants",
  apply(drafts, rc) {
    const figures = live(drafts);
    for (const d of figures) {
      const small = d.num.form === "words" && d.value >= 2 && d.value < 10;
      if (!small || d.unit !== "count" || d.elided || d.whole !== null) continue;
      if (figures.some((p) => p.whole === d)) continue;
      if (enumerated(d, rc)) {
        d.dropped = "enumerated";
        continue;
      }
      if (!rc.words(d.sentence).some((w) => EVENT_VERBS.has(w.lower))) continue;
      // "convicted 27 local bloggers and three foreigners": counted alongside a statistic
      const beside = figures.some(
        (o) =>
          o !== d && o.sentence === d.sentence && o.unit === "count" && o.num.form === "digits",
      );
      // "bring to six the number of Protestants convicted": a running total, not the people.
      const total = NUMBER_OF.test(rc.ctx.text.slice(d.end, d.end + 24));
      if (!beside && !total && !statistical(d, rc)) d.dropped = "event-participants";
    }
  },
};
