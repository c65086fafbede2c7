import { NOW_WORDS, PAST_AUXILIARIES, PRESENT_VERBS } from "../../../lexicon/figure-contexts.js";
import type { DateMatch } from "../../../text/dates.js";
import { headsOf, mayHoldWord } from "../../../text/word-runs.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";

/** Cues that make a date the start or an edge of a period, not the date a figure holds at. */
const NOT_AS_OF = new Set([
  "since",
  "from",
  "after",
  "between",
  "until",
  "till",
  "to",
  "through",
  "before",
  "and",
]);
const AS_OF = new Set([
  "as of",
  "as at",
  "by the end of",
  "at the end of",
  "the end of",
  "by",
  "until the end of",
]);
const NOW = new RegExp(
  `(?<![\\p{L}])(?:${NOW_WORDS.join("|").replace(/ /g, "\\s+")})(?![\\p{L}])`,
  "iu",
);
/** Most sentences hold none of the words: they are not run through NOW. */
const NOW_HEADS = headsOf(NOW_WORDS);

/** The date of the figure's own sentence, if the text gives one. */
function explicitDate(d: Draft, rc: RuleContext): DateMatch | null {
  const s = rc.ctx.sentences[d.sentence]!;
  const text = rc.ctx.text;
  const usable = rc.dates.filter((x) => {
    if (x.start < s.start || x.end > s.end || (x.cue !== null && NOT_AS_OF.has(x.cue)))
      return false;
    // "90 people have received death sentences since the coup in February 2021"
    if (x.start >= d.end && /\bsince\b|\bfrom\b|\bafter\b/i.test(text.slice(d.end, x.start)))
      return false;
    return true;
  });
  const marked = usable.find((x) => x.cue !== null && AS_OF.has(x.cue));
  if (marked) return marked;
  let best: DateMatch | null = null;
  for (const x of usable) {
    const dist = x.end <= d.start ? d.start - x.end : x.start - d.end;
    const bestDist = best
      ? best.end <= d.start
        ? d.start - best.end
        : best.start - d.end
      : Infinity;
    if (dist < bestDist) best = x;
  }
  return best;
}

/** The headline: the document's title, or a first line without a full stop. */
function inHeadline(d: Draft, rc: RuleContext): boolean {
  if (rc.ctx.sentenceParagraph[d.sentence] !== 0) return false;
  const p = rc.ctx.paragraphs[0]!;
  const line = rc.ctx.text.slice(p.start, p.end);
  return rc.ctx.title !== null
    ? line === rc.ctx.title
    : line.length < 200 && !/[.!?”"]$/.test(line);
}

function presentTense(d: Draft, rc: RuleContext, present: Map<number, boolean>): boolean {
  // "Vietnam Holds 239 Prisoners" — headlines tell the past in the present
  if (inHeadline(d, rc)) return false;
  // the same for each figure of a sentence: read once
  let p = present.get(d.sentence);
  if (p === undefined) {
    p = presentSentence(d.sentence, rc);
    present.set(d.sentence, p);
  }
  return p;
}

/** Whether sentence `i` speaks in the present ("now", "holds" and no "had"). */
function presentSentence(i: number, rc: RuleContext): boolean {
  const s = rc.ctx.sentences[i]!;
  const text = rc.ctx.text;
  if (mayHoldWord(NOW_HEADS, text, s.start, s.end) && NOW.test(text.slice(s.start, s.end)))
    return true;
  // "whose name is sometimes spelled ..., was awarded along with two other groups": past wins
  const words = rc.words(i);
  return (
    words.some((w) => PRESENT_VERBS.has(w.lower)) &&
    !words.some((w) => PAST_AUXILIARIES.has(w.lower))
  );
}

// "as of March 1, 2021, the list holds 187 prisoners" → 2021-03-01 (explicit).
// "There are also 36 people under house arrest" → the sentence before's date.
// "41 are women" → the whole's date. "In 2019, police arrested 38" → 2019.
// "The government currently holds at least 150 prisoners" → the article's date (article-date).
// "They were fined 185,000 rubles" → past, undated: null.
export const asOf: FigureRule = {
  name: "as-of",
  apply(drafts, rc) {
    const figures = live(drafts);
    const present = new Map<number, boolean>();
    for (const d of figures) {
      // "carries up to seven years", "300 kilometres from the prison": not dated quantities
      if (d.unit === "other" || (d.unit === "years" && d.bound === "lte")) continue;
      const own = explicitDate(d, rc);
      if (own) {
        d.asOf = own.value;
        d.asOfSource = "explicit";
        continue;
      }
      const inherited =
        (d.whole?.asOfSource === "explicit" ? d.whole : null) ??
        figures.find((w) => w.sentence === d.sentence - 1 && w.asOfSource === "explicit");
      if (inherited) {
        d.asOf = inherited.asOf;
        d.asOfSource = "explicit";
        continue;
      }
      if (presentTense(d, rc, present)) {
        if (rc.ctx.date) {
          d.asOf = rc.ctx.date;
          d.asOfSource = "article-date";
        } else {
          rc.analysis.warnings.push({
            code: "VIGIL_WARN_FIGURE_UNDATED",
            message: `"${d.num.text}" is stated in the present but the document has no date`,
            start: d.start,
            end: d.end,
          });
        }
      }
    }
  },
};
