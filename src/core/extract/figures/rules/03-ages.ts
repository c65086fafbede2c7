import { AGE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";

const AFTER_NAME = /\p{Lu}[\p{L}\p{M}'’.-]*\s*[,(]\s*$/u;
const CLOSES_APPOSITION = /^\s*(?:[,)]|years?\s+old\b|-year-old)/;
const AGE_CUE = new RegExp(`(?<![\\p{L}])(?:${[...AGE_WORDS].join("|")})\\s+$`, "iu");

// "Trang, 43, had lost" · "Tran Van Khoa, 65, was arrested" · "Tran Van A (52)" · "aged 39" →
// ages, not counts.
export const ages: FigureRule = {
  name: "ages",
  apply(drafts, rc) {
    const text = rc.ctx.text;
    for (const d of live(drafts)) {
      const { num } = d;
      if (!Number.isInteger(num.value) || num.value > 120 || num.percent || num.currency) continue;
      const before = text.slice(Math.max(0, num.start - 60), num.start);
      const after = text.slice(num.end, num.end + 12);
      if ((AFTER_NAME.test(before) && CLOSES_APPOSITION.test(after)) || AGE_CUE.test(before))
        d.dropped = "age";
    }
  },
};
