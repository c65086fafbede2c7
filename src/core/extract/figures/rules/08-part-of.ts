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
/** The live figure a repeated number stands for: itself, or what "the 45" points back at. */
const standing = (d: Draft | undefined): Draft | null =>
  !d ? null : d.dropped === null ? d : d.referent?.dropped === null ? d.referent : null;

/** The nearest count before `d`, in its sentence or up to LOOK_BACK sentences back. */
function before(figures: readonly Draft[], d: Draft, sameSentenceOnly: boolean): Draft | null {
  const floor = sameSentenceOnly ? d.sentence : Math.max(0, d.sentence - LOOK_BACK);
  for (let s = d.sentence; s >= floor; s--) {
    const found = figures.filter(
      (w) => w.sentence === s && w.end <= d.start && w.unit === "count" && w !== d,
    );
    const named = found.filter((w) => w.head !== null);
    if (named.length > 0) return named[named.length - 1]!;
  }
  return null;
}

export const partOf: FigureRule = {
  name: "part-of",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    const figures = live(drafts);
    for (const d of figures) {
      // "241 of the 291 recommendations", "Twenty-four of the 45,"
      if (d.partitiveOf !== null) {
        const whole = standing(drafts.find((w) => w.num.start === d.partitiveOf));
        if (whole && fits(d, whole)) {
          d.whole = whole;
          continue;
        }
      }
      const same = figures.filter((w) => w.sentence === d.sentence && w.end <= d.start);
      for (let i = same.length - 1; i >= 0; i--) {
        const w = same[i]!;
        if (fits(d, w) && CUE.test(text.slice(w.end, d.start))) {
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
      // "43 people are detained ..., 19 of them under Article 117"
      if (d.partitivePronoun) {
        const whole = before(figures, d, false);
        if (whole && fits(d, whole)) d.whole = whole;
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
        const earlier = figures.filter((w) => w.sentence === back);
        if (earlier.length === 0) continue;
        // "... 70 people at risk, of whom 45 are in prison. Of those detained, 17 are women":
        // the figure mentioned last is the one the opener points back at
        d.whole = earlier.filter((w) => fits(d, w)).pop() ?? null;
        break;
      }
    }
    for (const d of figures) {
      // "28 are in detention" borrows the whole's noun; "the courts convicted eight" the
      // antecedent's ("arrested thirteen activists and ...")
      const source = d.whole ?? (d.elided ? before(figures, d, true) : null);
      if (d.head === null && source?.head) {
        d.what = d.what
          ? d.what.includes(" ")
            ? `${source.head} ${d.what}`
            : `${d.what} ${source.head}`
          : source.head;
        // "45 are in prison ... Twenty-four of the 45": a later part borrows through this one
        d.head = source.head;
      } else if (d.head?.toLowerCase() === "others" && d.what !== null && d.whole?.head) {
        d.what = d.what.replace(/^others\b/i, d.whole.head);
      }
      if (d.elided && d.what === null) d.dropped = "uncounted";
    }
  },
};
