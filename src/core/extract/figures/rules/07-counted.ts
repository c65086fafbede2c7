import { live, type FigureRule } from "../draft.js";
import { readBound } from "../bound.js";
import { inSubject, readCounted, readShare } from "../parse.js";
import { readTail } from "../tail.js";
import { wordIndexAt, type Word } from "../words.js";

// "the list names 187 activists at risk in the country" → count, "activists at risk in the country".
// "more than 60% of the province's farmers use mobile banking" → percent, gt, "farmers using
// mobile banking". "over 500 million VND" → currency, gt. "half of the detainees" → 50 percent.
// "28 are in detention" → a count whose noun is left out (part-of supplies it).
// "12 in Hanoi" → counts nothing named: not a figure.
// "bring to six the number of Protestants convicted" → count, "Protestants convicted".
export const counted: FigureRule = {
  name: "counted",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    // "300 protesters in the capital on Sunday": the date is the figure's as-of, not its noun
    const inDate = (w: Word): boolean => rc.dateSpans.covers(w.start, w.end);
    for (const d of live(drafts)) {
      const s = rc.ctx.sentences[d.sentence]!;
      const b = readBound(text, d.num.start, d.end, s.start, s.end);
      d.bound = b.bound;
      d.start = b.start;
      d.end = b.end;
      const words = rc.words(d.sentence);
      const k = wordIndexAt(words, d.end);
      if (d.num.percent || d.num.fraction) {
        d.unit = "percent";
        if (d.num.fraction) d.value = Math.round(d.num.value * 1000) / 10;
        const share = readShare(words, k, inDate);
        d.what = share?.what ?? null;
        d.head = share?.head ?? null;
      } else if (d.num.currency) {
        d.unit = "currency";
      } else if (d.measured) {
        const tail = readTail(words, k, inDate);
        d.what = [words[k - 1]!.text, ...tail].join(" ");
      } else {
        const at = wordIndexAt(words, d.start);
        const c =
          readCounted(words, k, inDate, inSubject(words, at), words[at - 1]) ??
          (numberOfAfter(words, k) ? readCounted(words, k + 3, inDate, false, words[k + 1]) : null);
        if (!c) {
          d.dropped = "uncounted";
          continue;
        }
        d.what = c.what;
        d.head = c.head;
        d.elided = c.elided;
        d.partitiveOf = c.partitiveOf;
        d.partitivePronoun = c.partitivePronoun;
      }
    }
  },
};

/** "(bring) to six the number of X", "(raising) to 40 the total of X": X is what is counted. */
function numberOfAfter(words: readonly Word[], k: number): boolean {
  const noun = words[k + 1]?.lower;
  return (
    words[k]?.lower === "the" &&
    (noun === "number" || noun === "total" || noun === "count") &&
    words[k + 2]?.lower === "of"
  );
}
