import { PART_CUES, PART_OPENERS } from "../../../lexicon/figure-contexts.js";
import { live, type Draft, type FigureRule } from "../draft.js";
import { startsWithPhrase } from "../words.js";

const CUE = new RegExp(
  `(?<![\\p{L}])(?:${PART_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu",
);

const OF_THE = /^\s*(?:of|among)\s+(?:the|these|those)\s+$/i;

/** How many sentences back an opener like "The above number includes" may reach for its whole. */
const LOOK_BACK = 3;

const fits = (part: Draft, whole: Draft): boolean =>
  whole !== part &&
  whole.unit === "count" &&
  part.unit !== "currency" &&
  part.unit !== "years" &&
  (part.unit === "percent" || part.value <= whole.value);

// "187 activists are behind bars, of whom 41 are women and 22 Catholic priests" → 41 and 22
// are parts of 187.
// "... 240 prisoners of faith ... The figure includes 200 who have been convicted and 40 others
// held without trial." → parts of the last whole before.
// "Of the 120, 35 are Hmong." → 35 is part of the earlier 120 that "the 120" repeats.
// A part that only says "others" or "who ..." borrows the whole's noun.
export const partOf: FigureRule = {
  name: "part-of",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    const figures = live(drafts);
    for (const d of figures) {
      const same = figures.filter((w) => w.sentence === d.sentence && w.end <= d.start);
      for (let i = same.length - 1; i >= 0; i--) {
        const w = same[i]!;
        if (fits(d, w) && w.whole === null && CUE.test(text.slice(w.end, d.start))) {
          d.whole = w;
          break;
        }
      }
      if (d.whole) continue;
      // "Of the 120, 35 are Hmong": the part points back through "the 120" to the figure
      const back = drafts.find(
        (a) =>
          a.sentence === d.sentence &&
          a.referent !== null &&
          a.referent.dropped === null &&
          a.end <= d.start &&
          OF_THE.test(text.slice(rc.ctx.sentences[d.sentence]!.start, a.num.start)),
      );
      if (back && fits(d, back.referent!)) {
        d.whole = back.referent;
        continue;
      }
      if (d.sentence === 0) continue;
      const s = rc.ctx.sentences[d.sentence]!;
      const opens = PART_OPENERS.some((p) => {
        const at = startsWithPhrase(text, s.start, p);
        return at !== null && at <= d.start;
      });
      if (!opens) continue;
      // the whole is in the nearest sentence before that has a figure, a few sentences back at most
      for (let back = d.sentence - 1; back >= Math.max(0, d.sentence - LOOK_BACK); back--) {
        const before = figures.filter((w) => w.sentence === back);
        if (before.length === 0) continue;
        d.whole = before.find((w) => w.whole === null && fits(d, w)) ?? null;
        break;
      }
    }
    for (const d of figures) {
      const whole = d.whole;
      if (!whole?.head) continue;
      if (d.head === null && d.what !== null) {
        // "200 who have been convicted" → "convicted prisoners of faith"
        d.what = d.what.includes(" ") ? `${whole.head} ${d.what}` : `${d.what} ${whole.head}`;
      } else if (d.head?.toLowerCase() === "others" && d.what !== null) {
        d.what = d.what.replace(/^others\b/i, whole.head);
      }
    }
  },
};
