import { DEFINITE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { wordIndexAt } from "../words.js";

// "dozens of other petitioners", "thousands of arrests" → no value stated.
// "three key members ... The three activists can face" → points back at a number already
// given; "the 14 defendants" with no earlier 14 is a first mention and stays.
// "one well-known blogger", "a lawyer" → one person is an event's subject, not a statistic.
// "the second half of 2020", "half-brother" → not a share of anything.
export const vagueAndAnaphora: FigureRule = {
  name: "vague-and-anaphora",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      const { num } = d;
      const words = rc.words(d.sentence);
      const at = wordIndexAt(words, num.start);
      const prev = words[at - 1];
      const next = words[wordIndexAt(words, num.end)];
      if (num.vague) d.dropped = "vague";
      else if (num.value === 0 || (num.value === 1 && !num.percent && !num.currency))
        d.dropped = "single";
      else if (prev && DEFINITE_WORDS.has(prev.lower) && !num.fraction) {
        const earlier = drafts.find((e) => e.num.end <= num.start && e.num.value === num.value);
        if (earlier) {
          d.dropped = "anaphora";
          d.referent = earlier;
        }
      } else if (num.fraction && (!next || !["of", "the", "their", "its"].includes(next.lower)))
        d.dropped = "not-a-share";
      else if (num.fraction && prev && DEFINITE_WORDS.has(prev.lower)) d.dropped = "not-a-share";
    }
  },
};
