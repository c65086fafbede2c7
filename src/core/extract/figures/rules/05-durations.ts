import { DURATION_UNITS, TOTAL_CUES } from "../../../lexicon/figure-contexts.js";
import { live, type Draft, type FigureRule } from "../draft.js";
import { readBound } from "../bound.js";
import { endsWithPhrase, mayEndWithOneOf, wordIndexAt } from "../words.js";

/**
 * DURATION_UNITS as a map: a record read with a fresh string looks it up in V8's string table,
 * and finds the names every object inherits ("constructor") besides its own.
 */
const UNITS = new Map(Object.entries(DURATION_UNITS));

// "jailed for nine years", "20 years ago", "for at least three years" → a
// person's sentence or a span of time: an event's attribute, not a figure.
// "Article 331, which carries up to seven years" → a maximum the law allows: a figure (lte).
// "they received a combined 126 years behind bars and 30 years of house arrest" → summed
// across people: figures with unit years (the second one shares the first one's "total").
export const durations: FigureRule = {
  name: "durations",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    let lastTotal: Draft | null = null;
    for (const d of live(drafts)) {
      const { num } = d;
      if (num.percent || num.currency) continue;
      const words = rc.words(d.sentence);
      const next = words[wordIndexAt(words, num.end)];
      const unit = next ? UNITS.get(next.lower) : undefined;
      if (unit === undefined) continue;
      const floor = rc.ctx.sentences[d.sentence]!.start;
      const cued =
        mayEndWithOneOf(text, num.start, TOTAL_CUES) &&
        TOTAL_CUES.some((c) => {
          const at = endsWithPhrase(text, num.start, c);
          return at !== null && at >= floor;
        });
      const shared =
        lastTotal !== null &&
        lastTotal.sentence === d.sentence &&
        /^[^.;:]*\band\s*$/.test(text.slice(lastTotal.end, num.start));
      const s = rc.ctx.sentences[d.sentence]!;
      const maximum = readBound(text, num.start, num.end, s.start, s.end).bound === "lte";
      if (cued || shared || maximum) {
        d.measured = true;
        d.unit = unit;
        d.end = next!.end;
        lastTotal = d;
      } else d.dropped = "duration";
    }
  },
};
