// Quantity keys: what a number counts, normalised so that figures from different publishers and
// the register's counts can be compared. `family` or `family/qualifier`:
//   "activists detained in prison"               → detained
//   "women among those detained"                  → detained/women
//   "detained people held under Article 117"      → detained/article:117
//   "share of Vietnam's population using the internet" (percent) → internet-users
// The families and qualifiers are data (src/core/lexicon/claim-quantities.ts).

import { QUANTITY_FAMILIES, QUANTITY_QUALIFIERS } from "../lexicon/claim-quantities.js";
import { claimTokens, type ClaimToken } from "./claim-tokens.js";
import { findPhrases } from "./token-pattern.js";

export interface QuantityRead {
  family: string | null;
  qualifier: string | null;
  period: "day" | "year" | null;
}

type Unit = "count" | "percent" | "years" | "currency" | "other";

const QUALIFIER_TERMS = QUANTITY_QUALIFIERS.map((q) => ({ key: q.key, terms: q.terms }));

/** Token distance from the number `[first, last]` to `[start, end)`; words after win ties. */
function distance(at: { first: number; last: number }, start: number, end: number): number {
  if (start > at.last) return start - at.last - 1;
  if (end <= at.first) return at.first - end + 0.5;
  return 0;
}

/** The family and qualifier named in `window` nearest to the number at `at`. */
export function quantityIn(
  tokens: readonly ClaimToken[],
  window: { start: number; end: number },
  at: { first: number; last: number },
  unit: Unit,
): QuantityRead {
  const inWindow = tokens.slice(window.start, window.end);
  const shift = window.start;
  let best: { family: (typeof QUANTITY_FAMILIES)[number]; d: number } | null = null;
  for (const f of QUANTITY_FAMILIES) {
    if (!(f.units as readonly string[]).includes(unit)) continue;
    for (const hit of findPhrases(inWindow, f.terms)) {
      const d = distance(at, hit.start + shift, hit.end + shift);
      if (!best || d < best.d) best = { family: f, d };
    }
  }
  // A qualifier is read after the number first: "11 are women and 10 belong to ethnic
  // minorities" gives 10 the minorities, not the women before it.
  const after = (start: number, d: number): number => (start + shift > at.last ? d : d + 100);
  let qualifier: { key: string; d: number } | null = null;
  for (const q of QUALIFIER_TERMS) {
    for (const hit of findPhrases(inWindow, q.terms)) {
      const d = after(hit.start, distance(at, hit.start + shift, hit.end + shift));
      if (!qualifier || d < qualifier.d) qualifier = { key: q.key, d };
    }
  }
  // "held under Article 117": an article restricts the family to the people charged under it.
  for (let i = 0; i + 1 < inWindow.length; i++) {
    if (!/^articles?$/.test(inWindow[i]!.norm) || !/^\d+$/.test(inWindow[i + 1]!.norm)) continue;
    const d = after(i, distance(at, i + shift, i + shift + 2));
    if (!qualifier || d < qualifier.d) qualifier = { key: `article:${inWindow[i + 1]!.norm}`, d };
  }
  return {
    family: best?.family.key ?? null,
    // Kept without a family too: "of whom 12 are women" takes its family from the whole.
    qualifier: qualifier?.key ?? null,
    period: best?.family.period ?? null,
  };
}

/** The quantity a figure's `what` names ("women among those detained" → detained/women). */
export function quantityOf(what: string | null, unit: Unit): QuantityRead & { key: string | null } {
  if (!what) return { family: null, qualifier: null, period: null, key: null };
  const tokens = claimTokens(what);
  const q = quantityIn(tokens, { start: 0, end: tokens.length }, { first: -1, last: -1 }, unit);
  return { ...q, key: quantityKey(q.family, q.qualifier) };
}

export function quantityKey(family: string | null, qualifier: string | null): string | null {
  if (family === null) return null;
  return qualifier ? `${family}/${qualifier}` : family;
}

export function splitQuantityKey(key: string): { family: string; qualifier: string | null } {
  const slash = key.indexOf("/");
  return slash < 0
    ? { family: key, qualifier: null }
    : { family: key.slice(0, slash), qualifier: key.slice(slash + 1) };
}

/** The label a reader sees: "people detained for peaceful expression or activism (women)". */
export function quantityLabel(key: string): string {
  const { family, qualifier } = splitQuantityKey(key);
  const f = QUANTITY_FAMILIES.find((x) => x.key === family);
  const base = f?.label ?? family;
  if (!qualifier) return base;
  const art = /^article:(.+)$/.exec(qualifier);
  return `${base}, ${art ? `under Article ${art[1]}` : qualifier.replace(/-/g, " ")}`;
}

export function quantityPeriod(key: string): "day" | "year" | null {
  const f = QUANTITY_FAMILIES.find((x) => x.key === splitQuantityKey(key).family);
  return f?.period ?? null;
}
