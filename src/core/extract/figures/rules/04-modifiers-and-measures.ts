import { MEASURE_UNITS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { wordIndexAt } from "../words.js";

const PHONE_BEFORE = /\+\s?$|\(\d{2,4}\)\s*$/;
const PHONE_AFTER = /^[ .-]\d{2,4}[ .-]\d{2,4}/;

// "a 12-page indictment", "the 60-year-old activist", "a 7-square-meter cell" → the number
// describes a thing. "lost 8 kilograms", "200 kilometers of coastline", "at 6 pm" → measures.
// "+84 912 345 678" → a telephone number.
export const modifiersAndMeasures: FigureRule = {
  name: "modifiers-and-measures",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    for (const d of live(drafts)) {
      const { num } = d;
      if (num.compound !== null && !num.percent && !num.currency) {
        d.dropped = "modifier";
        continue;
      }
      const words = rc.words(d.sentence);
      const next = words[wordIndexAt(words, num.end)];
      if (next && MEASURE_UNITS.has(next.lower) && !num.percent && !num.currency) {
        d.dropped = "measure";
        continue;
      }
      const before = text.slice(Math.max(0, num.start - 8), num.start);
      if (
        num.form === "digits" &&
        (PHONE_BEFORE.test(before) || PHONE_AFTER.test(text.slice(num.end)))
      )
        d.dropped = "phone";
    }
  },
};
