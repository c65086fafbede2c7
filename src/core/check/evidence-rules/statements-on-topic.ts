// What others said on the same topic on or before the claim's day, in date order, each with its
// stance: a statement of the same claim type with the opposite polarity contradicts the claim
// ("the ministry arrests a teacher for writing" against "no one is arrested for their views");
// one that only reports the claim ("Hanoi tells the UN that no one is …") is neutral.

import type { EvidenceDraft, StatementEvidence } from "../evidence.js";
import { claimantNames, type EvidenceRule } from "./rule.js";

const MAX = 10;

export const statementsOnTopic: EvidenceRule = {
  name: "statements-on-topic",
  version: 1,
  description:
    "Statements by others of the same claim type on or before the claim's date, in date order, with their stance.",
  async gather(ctx) {
    const claim = ctx.typed.claim;
    const found = await ctx.source.statementsOnTopic({
      claimTypes: [ctx.type.type],
      onOrBefore: ctx.asOf,
      excludeSpeakers: [...claimantNames(claim)],
      excludeStatementIds: claim.statementId ? [claim.statementId] : [],
      jurisdiction: claim.jurisdiction,
      limit: MAX,
    });
    const rule = `${this.name}@${this.version}`;
    return found.map((s): EvidenceDraft => {
      const typed = ctx.classify(s.text);
      const same = typed.types.find((t) => t.type === ctx.type.type);
      let stance: StatementEvidence["stance"] = "neutral";
      if (same && !typed.features.reported)
        stance = same.polarity === ctx.type.polarity ? "supports" : "contradicts";
      return {
        kind: "statement",
        rule,
        source: s.source,
        sentence: s.sentence ?? { text: s.text, start: null, end: null },
        asOf: s.date ?? s.source.date,
        publisher: null,
        speaker: s.speaker,
        date: s.date ?? s.source.date,
        stance,
      };
    });
  },
};
