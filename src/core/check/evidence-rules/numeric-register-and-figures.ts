// For each number a claim asserts about a quantity Vigil knows: the register's own count on the
// claim's as-of day (or in its year), and every figure others published on or before the claim's
// day for the same quantity and unit, with the difference from the claim's number.
//   "As of December 31, 2021, Vietnam is holding 36 people in prison …"
//     → register-count detained 2021-12-31; figures for `detained` published by 2022-01-06
//   "Twenty-four of the 45, or 53 percent, are held under Article 117"
//     → detained/article:117 (count) and its share of `detained` (percent)

import { matchKey } from "../../text/normalise.js";
import { firstDay, lastDay } from "../check-dates.js";
import type { ClaimNumber } from "../claim-numbers.js";
import type { EvidenceDraft, RegisterCountResult } from "../evidence.js";
import { quantityLabel, splitQuantityKey } from "../quantity.js";
import { claimantNames, type EvidenceContext, type EvidenceRule } from "./rule.js";

export { MAX_NUMBERS };

const MAX_NUMBERS = 6;
const MAX_FIGURES = 10;

/** The day (stock) or year (flow) a claim's number is counted on. */
export function countDate(n: ClaimNumber, claimDay: string): string {
  if (n.period === "year") return String(n.year ?? (n.asOf ?? claimDay).slice(0, 4));
  return n.asOf ? lastDay(n.asOf) : claimDay;
}

/** "under Article 117, as a share of people detained for peaceful expression or activism". */
function shareLabel(key: string): string {
  const { family, qualifier } = splitQuantityKey(key);
  const part = quantityLabel(key).slice(quantityLabel(family).length + 2) || qualifier || key;
  return `${part}, as a share of ${quantityLabel(family)}`;
}

async function registerItem(
  ctx: EvidenceContext,
  rule: string,
  n: ClaimNumber,
  key: string,
): Promise<EvidenceDraft | null> {
  const date = countDate(n, ctx.asOf);
  const j = ctx.typed.claim.jurisdiction;
  const part = await ctx.source.registerCount(date, key, j);
  if (!part) return null;
  let value = part.value;
  let whole: RegisterCountResult | null = null;
  if (n.unit === "percent") {
    const { family, qualifier } = splitQuantityKey(key);
    if (!qualifier) return null;
    whole = await ctx.source.registerCount(date, family, j);
    if (!whole || whole.value === 0) return null;
    value = Math.round((part.value / whole.value) * 1000) / 10;
  }
  return {
    kind: "register-count",
    rule,
    source: null,
    sentence: null,
    asOf: date,
    publisher: null,
    quantity: key,
    label: n.unit === "percent" ? shareLabel(key) : quantityLabel(key),
    value,
    unit: n.unit,
    byArticle: [],
    rights: [],
    confidential: part.confidential,
    caseIds: part.caseIds,
    moreCaseIds: part.moreCaseIds,
  };
}

export const numericRegisterAndFigures: EvidenceRule = {
  name: "numeric-register-and-figures",
  version: 1,
  description:
    "For each number about a known quantity: the register's count on the claim's as-of date (or year) and every figure others published for the same quantity, with the difference.",
  async gather(ctx) {
    const rule = `${this.name}@${this.version}`;
    const claim = ctx.typed.claim;
    const claimant = claimantNames(claim);
    const numbers = ctx.typed.features.numbers
      .filter((n) => !n.partitive && n.quantity !== null)
      .slice(0, MAX_NUMBERS);
    const out: EvidenceDraft[] = [];
    for (const n of numbers) {
      const key = n.quantity!;
      const reg = await registerItem(ctx, rule, n, key);
      if (reg) out.push(reg);
      const figures = await ctx.source.figuresOnOrBefore({
        onOrBefore: ctx.asOf,
        quantities: [key],
        jurisdiction: claim.jurisdiction,
      });
      const day = countDate(n, ctx.asOf);
      const target = n.period === "year" ? firstDay(day) : day;
      figures
        .filter((f) => f.unit === n.unit)
        .filter((f) => !(f.publisher && claimant.has(matchKey(f.publisher))))
        .filter(
          (f) =>
            !claim.appearance?.documentId || f.source.documentId !== claim.appearance.documentId,
        )
        .sort(
          (a, b) =>
            Math.abs(Date.parse(firstDay(a.asOf ?? a.source.date ?? target)) - Date.parse(target)) -
              Math.abs(
                Date.parse(firstDay(b.asOf ?? b.source.date ?? target)) - Date.parse(target),
              ) || a.id.localeCompare(b.id),
        )
        .slice(0, MAX_FIGURES)
        .forEach((f) =>
          out.push({
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
            quantity: key,
            difference: Math.round((f.value - n.value) * 100) / 100,
          }),
        );
    }
    return out;
  },
};
