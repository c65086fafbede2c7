// Numeric claims: each number about a known quantity against the register's own count on its
// as-of day (or in its year) and the figures others published for the same quantity and unit.
//   supported     the register's count agrees within the tolerance (high); or, without a register
//                 count, every figure by others for the same date agrees (medium);
//   contradicted  the register's count disagrees beyond it (high), or every such figure does (medium);
//   disputed      figures by others for the same date disagree among themselves about the claim;
//   unverifiable  neither the register nor anyone else counts it.
// Several numbers: one contradicted number makes the claim contradicted; one supported and the
// rest unverifiable makes it supported. Bounds count: "more than 70%" agrees with 72%.

import { dateInWords, daysBetween, firstDay } from "../check-dates.js";
import type { ClaimNumber } from "../claim-numbers.js";
import type { FigureEvidence, RegisterCountEvidence } from "../evidence.js";
import { countDate, MAX_NUMBERS } from "../evidence-rules/numeric-register-and-figures.js";
import { agree, DEFAULT_TOLERANCE, gap, type Bounded } from "../intervals.js";
import { quantityLabel } from "../quantity.js";
import { amount, cite, figureLine, number, sentence } from "../wording.js";
import {
  pick,
  type Verdict,
  type VerdictContext,
  type VerdictResult,
  type VerdictRule,
} from "./rule.js";

/** Figures as of dates this close to the claim's count (days) speak to the same quantity. */
export const SAME_DATE_DAYS = 31;

function compared(claim: ClaimNumber, other: Bounded): string {
  const g = gap(claim, other);
  if (g === 0) return `consistent with the claim's ${amount(claim.value, claim.bound, claim.unit)}`;
  const otherHigher = other.value > claim.value;
  const unit =
    claim.unit === "percent" ? " percentage points" : claim.unit === "years" ? " years" : "";
  const within = agree(claim, other)
    ? `, within the ${number(DEFAULT_TOLERANCE.relative * 100)}% tolerance`
    : "";
  return `${number(g)}${unit} ${otherHigher ? "more" : "fewer"} than the claim's ${amount(claim.value, claim.bound, claim.unit)}${within}`;
}

function sameDate(f: FigureEvidence, n: ClaimNumber, day: string): boolean {
  if (!f.asOf) return false;
  if (n.period === "year") return f.asOf.slice(0, 4) === day.slice(0, 4);
  return Math.abs(daysBetween(firstDay(f.asOf), day)) <= SAME_DATE_DAYS;
}

function judgeNumber(
  ctx: VerdictContext,
  n: ClaimNumber,
  reasoning: string[],
): { v: Verdict; high: boolean } {
  const key = n.quantity!;
  const day = countDate(n, ctx.asOf);
  const label = quantityLabel(key);
  const reg = pick(ctx, "register-count", "numeric-register-and-figures").find(
    (r: RegisterCountEvidence) =>
      r.quantity === key && (r.unit ?? "count") === n.unit && r.asOf === day,
  );
  const figures = pick(ctx, "figure", "numeric-register-and-figures").filter(
    (f) => f.quantity === key && f.unit === n.unit,
  );
  const near = figures.filter((f) => sameDate(f, n, day));
  const far = figures.filter((f) => !near.includes(f));
  const when = n.period === "year" ? `in ${day}` : `on ${dateInWords(day)}`;
  reasoning.push(`The claim gives ${amount(n.value, n.bound, n.unit)} for ${label} ${when}.`);
  if (reg) {
    const regValue = reg.unit === "percent" ? `${number(reg.value)}%` : number(reg.value);
    reasoning.push(
      `The register counted ${regValue} ${reg.label} ${when}${cite(reg)}: ${compared(n, { value: reg.value, bound: "eq" })}.`,
    );
  }
  for (const f of near) reasoning.push(`${sentence(figureLine(f))}: ${compared(n, f)}.`);
  if (far.length > 0)
    reasoning.push(
      `Figures for the same quantity at other dates, for context: ${far.slice(0, 3).map(figureLine).join("; ")}.`,
    );
  if (reg)
    return {
      v: agree(n, { value: reg.value, bound: "eq" }) ? "supported" : "contradicted",
      high: true,
    };
  if (near.length === 0) {
    reasoning.push(`Neither the register nor anyone else on record counts ${label} ${when}.`);
    return { v: "unverifiable", high: false };
  }
  const agreeing = near.filter((f) => agree(n, f)).length;
  if (agreeing === near.length) return { v: "supported", high: false };
  if (agreeing === 0) return { v: "contradicted", high: false };
  reasoning.push("The figures published for that date disagree about it.");
  return { v: "disputed", high: false };
}

export const numericClaim: VerdictRule = {
  name: "numeric",
  version: 1,
  description:
    "Numbers against the register's count and others' figures for the same quantity and date: supported within the tolerance, contradicted beyond it, with the difference stated.",
  decide(ctx): VerdictResult {
    const reasoning: string[] = [];
    const numbers = ctx.typed.features.numbers.filter((n) => !n.partitive);
    const known = numbers.filter((n) => n.quantity !== null).slice(0, MAX_NUMBERS);
    for (const n of numbers.filter((x) => x.quantity === null && x.counted))
      reasoning.push(
        `Vigil does not know what “${n.counted}” counts, so nothing was gathered for ${amount(n.value, n.bound, n.unit)}.`,
      );
    const results = known.map((n) => judgeNumber(ctx, n, reasoning));
    const has = (v: Verdict) => results.filter((r) => r.v === v);
    let verdict: Verdict = "unverifiable";
    if (has("contradicted").length) verdict = "contradicted";
    else if (has("disputed").length) verdict = "disputed";
    else if (has("supported").length) verdict = "supported";
    const decisive = results.filter((r) => r.v === verdict);
    const confidence =
      verdict === "unverifiable" ? "low" : decisive.some((r) => r.high) ? "high" : "medium";
    if (verdict === "unverifiable" && known.length === 0 && reasoning.length === 0)
      reasoning.push("The claim states no number Vigil can check.");
    return { verdict, confidence, reasoning };
  },
};
