import { CLOCK_WORDS, MEASURE_UNITS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { wordIndexAt } from "../words.js";

const PHONE_BEFORE = /\+\s?$|\(\d{2,4}\)\s*$/;
const PHONE_AFTER = /^[ .-]\d{2,4}[ .-]\d{2,4}/;

// "a 12-page indictment", "the 60-year-old activist", "a 7-square-meter cell" → the number
// describes a thing. "at 6 pm" → a time. "+84 912 345 678" → a telephone number.
// "lost about 15 kilograms", "300 kilometres from the prison" → measures: figures, unit other.
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
      if (next && !num.percent && !num.currency && CLOCK_WORDS.has(next.lower)) {
        d.dropped = "time";
        continue;
      }
      if (next && !num.percent && !num.currency && MEASURE_UNITS.has(next.lower)) {
        d.measured = true;
        d.unit = "other";
        d.end = next.end;
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
