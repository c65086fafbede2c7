import { COUNTED_NOUNS } from "../../../lexicon/counted-nouns.js";
import { DEFINITE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { wordIndexAt } from "../words.js";

// "As of March 1, 2021, the list holds 187 prisoners" → 1 and 2021 belong to a date.
// "the 2016 national elections", "the Criminal Code 2015" → years, not counts.
// "the 2020 protesters" → still a year.
// "1500 prisoners" → a count written without a comma: a counted noun follows.
export const datesAndYears: FigureRule = {
  name: "dates-and-years",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      const { num } = d;
      if (rc.dateSpans.overlaps(num.start, num.end)) {
        d.dropped = "date";
        continue;
      }
      const yearLike =
        /^\d{4}$/.test(num.text) && num.value >= 1800 && num.value <= 2100 && num.compound === null;
      if (!yearLike) continue;
      const words = rc.words(d.sentence);
      const at = wordIndexAt(words, num.start);
      const next = words[wordIndexAt(words, num.end)];
      const prev = words[at - 1];
      // "during the 2020 protesters" is a year however it reads
      if (!next || !COUNTED_NOUNS.has(next.lower) || (prev && DEFINITE_WORDS.has(prev.lower)))
        d.dropped = "year";
    }
  },
};
