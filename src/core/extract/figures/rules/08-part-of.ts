import { PART_CUES, PART_OPENERS } from "../../../lexicon/figure-contexts.js";
import { headsOf, mayHoldWord } from "../../../text/word-runs.js";
import { live, type Draft, type FigureRule } from "../draft.js";
import { mayStartWithOneOf, startsWithPhrase } from "../words.js";

const CUE = new RegExp(
  `(?<![\\p{L}])(?:${PART_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu",
);

/** Most stretches between two figures hold none of the cues' words: CUE is not run there. */
const CUE_HEADS = headsOf(PART_CUES);

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

/** Drafts by sentence, so that each figure looks at its own sentences only, not at all of them. */
function bySentence(drafts: readonly Draft[]): (sentence: number) => readonly Draft[] {
  const index = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = index.get(d.sentence);
    if (list) list.push(d);
    else index.set(d.sentence, [d]);
  }
  return (sentence) => index.get(sentence) ?? [];
}

/** The nearest count before `d`, in its sentence or up to LOOK_BACK sentences back. */
function before(
  inSentence: (sentence: number) => readonly Draft[],
  d: Draft,
  sameSentenceOnly: boolean,
): Draft | null {
  const floor = sameSentenceOnly ? d.sentence : Math.max(0, d.sentence - LOOK_BACK);
  for (let s = d.sentence; s >= floor; s--) {
    const found = inSentence(s).filter((w) => w.end <= d.start && w.unit === "count" && w !== d);
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
    const figuresIn = bySentence(figures);
    const draftsIn = bySentence(drafts);
    const byNumber = new Map<number, Draft>();
    for (const w of [...drafts].reverse()) byNumber.set(w.num.start, w);
    for (const d of figures) {
      // "241 of the 291 recommendations", "Twenty-four of the 45,"
      if (d.partitiveOf !== null) {
        const whole = standing(byNumber.get(d.partitiveOf));
        if (whole && fits(d, whole)) {
          d.whole = whole;
          continue;
        }
      }
      const same = figuresIn(d.sentence).filter((w) => w.end <= d.start);
      for (let i = same.length - 1; i >= 0; i--) {
        const w = same[i]!;
        if (
          fits(d, w) &&
          mayHoldWord(CUE_HEADS, text, w.end, d.start) &&
          CUE.test(text.slice(w.end, d.start))
        ) {
          d.whole = w;
          break;
        }
      }
      if (d.whole) continue;
      // "Of the 120, 35 are Hmong": the part points back through "the 120" to the figure
      const back = draftsIn(d.sentence).find(
        (a) =>
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
        const whole = before(figuresIn, d, false);
        if (whole && fits(d, whole)) d.whole = whole;
        continue;
      }
      if (d.sentence === 0) continue;
      const s = rc.ctx.sentences[d.sentence]!;
      const opens =
        mayStartWithOneOf(text, s.start, PART_OPENERS) &&
        PART_OPENERS.some((p) => {
          const at = startsWithPhrase(text, s.start, p);
          return at !== null && at <= d.start;
        });
      if (!opens) continue;
      // the whole is in the nearest sentence before that has a figure, a few sentences back at most
      for (let back = d.sentence - 1; back >= Math.max(0, d.sentence - LOOK_BACK); back--) {
        const earlier = figuresIn(back);
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
      const source = d.whole ?? (d.elided ? before(figuresIn, d, true) : null);
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
