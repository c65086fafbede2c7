import { AGE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { lastNonSpace, lettersEndingAt, plainWords } from "../letters.js";

const AFTER_NAME = /\p{Lu}[\p{L}\p{M}'’.-]*\s*[,(]\s*$/u;
const CLOSES_APPOSITION = /^\s*(?:[,)]|years?\s+old\b|-year-old)/;
const AGE_CUE = new RegExp(`(?<![\\p{L}])(?:${[...AGE_WORDS].join("|")})\\s+$`, "iu");

const PLAIN = plainWords(AGE_WORDS);

// "Trang, 43, had lost" · "Tran Van Khoa, 65, was arrested" · "Tran Van A (52)" · "aged 39" →
// ages, not counts.
export const ages: FigureRule = {
  name: "ages",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    for (const d of live(drafts)) {
      const { num } = d;
      if (!Number.isInteger(num.value) || num.value > 120 || num.percent || num.currency) continue;
      const from = Math.max(0, num.start - 60);
      // what the patterns need just before the number: "aged " or "Trang," / "Tran Van A ("
      const k = lastNonSpace(text, num.start, from);
      if (k < 0) continue;
      // AGE_CUE holds just when an age word and a space come before: read by hand
      const cue =
        k < num.start - 1 &&
        (PLAIN
          ? AGE_WORDS.has(lettersEndingAt(text, k, from))
          : AGE_CUE.test(text.slice(from, num.start)));
      if (cue) {
        d.dropped = "age";
        continue;
      }
      if (text[k] !== "," && text[k] !== "(") continue;
      // the anchored test of a few characters first: AFTER_NAME is tried at every offset
      if (
        CLOSES_APPOSITION.test(text.slice(num.end, num.end + 12)) &&
        AFTER_NAME.test(text.slice(from, num.start))
      )
        d.dropped = "age";
    }
  },
};
