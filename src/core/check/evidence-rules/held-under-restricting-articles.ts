// People the register holds on the claim's day under articles the statute catalogue marks as
// restricting the rights the claim names (all four when it names none): the count, by article,
// and the longest-held people by name. Confidential cases are in the count, never in the list.
//   "nobody is jailed or tried for voicing an opinion" (2021-06-24)
//     → register-count: 12 held, 8 under Article 117, 4 under Article 331; cases: 5 named

import type { Right } from "../../lexicon/statutes/index.js";
import type { EvidenceDraft } from "../evidence.js";
import type { EvidenceRule } from "./rule.js";

const ALL: readonly Right[] = ["expression", "assembly", "association", "religion"];

export const heldUnderRestrictingArticles: EvidenceRule = {
  name: "held-under-restricting-articles",
  version: 1,
  description:
    "People held on the claim's date under articles marked as restricting the rights the claim names, by article, with the longest-held named.",
  async gather(ctx) {
    const named = ctx.typed.features.rights.filter((r) => ALL.includes(r));
    const rights = named.length > 0 ? named : ALL;
    const held = await ctx.source.casesDetainedAsOf(ctx.asOf, {
      rights,
      jurisdiction: ctx.typed.claim.jurisdiction,
      limit: ctx.namedCases + 10,
    });
    const rule = `${this.name}@${this.version}`;
    const out: EvidenceDraft[] = [
      {
        kind: "register-count",
        rule,
        source: null,
        sentence: null,
        asOf: held.asOf,
        publisher: null,
        quantity: "held-under-restricting-articles",
        label: `people held under articles restricting ${rights.join(", ")}`,
        value: held.total,
        byArticle: held.byArticle,
        rights: [...rights],
        confidential: held.confidential,
        caseIds: held.caseIds,
        moreCaseIds: held.moreCaseIds,
      },
    ];
    for (const c of held.cases.filter((h) => !h.confidential && h.name).slice(0, ctx.namedCases)) {
      out.push({
        kind: "case",
        rule,
        source: null,
        sentence: null,
        asOf: held.asOf,
        publisher: null,
        caseId: c.caseId,
        name: c.name,
        confidential: false,
        status: c.status,
        since: c.since,
        charges: c.charges,
        province: c.province,
      });
    }
    return out;
  },
};
