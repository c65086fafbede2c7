import { REFERENCE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";

const REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${[...REFERENCE_WORDS].join("|")})\\.?\\s*(?:\\d+[a-z]?\\s*(?:,|;|and|or|to|&|–|-)\\s*)*$`,
  "iu",
);

// "Article 117", "Articles 109, 117, 331", "Clause 2, Article 117", "No. 5", "District 1",
// "General Department 2" → numbers that name or point, not counts.
export const references: FigureRule = {
  name: "references",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      const floor = rc.ctx.sentences[d.sentence]!.start;
      const before = rc.ctx.text.slice(Math.max(floor, d.num.start - 80), d.num.start);
      if (REFERENCE.test(before)) d.dropped = "reference";
    }
  },
};
