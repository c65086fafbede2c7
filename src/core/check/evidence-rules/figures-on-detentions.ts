// Figures others published on or before the claim's day about people detained or at risk for
// their expression or activism: the latest of each publisher for each quantity, as-of date first.
//   "According to a monitoring group, as of April 25, 2021, … 28 are in detention"
// The claimant's own figures are left out: a figure is evidence only from someone else.

import { matchKey } from "../../text/normalise.js";
import { endedBy } from "../check-dates.js";
import type { EvidenceDraft, FigureRecord } from "../evidence.js";
import { claimantNames, type EvidenceRule } from "./rule.js";

const QUANTITIES = ["detained/*", "detained", "at-risk", "at-risk/*"];
const MAX = 8;

export const figuresOnDetentions: EvidenceRule = {
  name: "figures-on-detentions",
  version: 1,
  description:
    "Figures published by others on or before the claim's date on people detained or at risk, the latest per publisher and quantity.",
  async gather(ctx) {
    const claimant = claimantNames(ctx.typed.claim);
    const figures = await ctx.source.figuresOnOrBefore({
      onOrBefore: ctx.asOf,
      quantities: QUANTITIES,
      jurisdiction: ctx.typed.claim.jurisdiction,
    });
    const latest = new Map<string, FigureRecord>();
    for (const f of figures) {
      if (f.publisher && claimant.has(matchKey(f.publisher))) continue;
      // A figure as of a day after the claim was not known on the claim's day.
      if (f.asOf && !endedBy(f.asOf, ctx.asOf)) continue;
      const key = `${matchKey(f.publisher ?? f.source.outlet ?? "")}|${f.quantity}|${f.unit}`;
      const prev = latest.get(key);
      if (!prev || (f.asOf ?? "") > (prev.asOf ?? "")) latest.set(key, f);
    }
    const rule = `${this.name}@${this.version}`;
    return [...latest.values()]
      .sort((a, b) => (b.asOf ?? "").localeCompare(a.asOf ?? "") || a.id.localeCompare(b.id))
      .slice(0, MAX)
      .map((f): EvidenceDraft => ({
        kind: "figure",
        rule,
        source: f.source,
        sentence: f.sentence,
        asOf: f.asOf,
        publisher: f.publisher,
        value: f.value,
        bound: f.bound,
        unit: f.unit,
        what: f.what,
        quantity: f.quantity ?? null,
        difference: null,
      }));
  },
};
