// What the register evidence queries share: the day check, the jurisdiction of a history row, and
// the qualifier of a quantity key as the register counts it.

import { sql, type SQL } from "drizzle-orm";
import { MAJORITY_ETHNICITIES } from "../../core/lexicon/majority-ethnicities.js";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { parseCharge } from "../../core/register/charges.js";

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The person counts for `j`: no charge in force names another country's article. A stretch
 * before any charge (at risk, not yet arrested) takes the charges of the person's latest stretch,
 * so a Cambodian activist is not counted in Vietnam's "at risk" before their arrest; a person
 * never charged counts everywhere, as the core counts them.
 */
export function inJurisdiction(j: string | null): SQL {
  if (!j) return sql`TRUE`;
  const prefix = `${j.toLowerCase()}/%`;
  const foreign = (col: SQL) =>
    sql`EXISTS (SELECT 1 FROM unnest(${col}) AS x(id) WHERE x.id NOT LIKE ${prefix})`;
  return sql`(CASE WHEN cardinality(h.charges) > 0 THEN NOT ${foreign(sql`h.charges`)}
    ELSE NOT EXISTS (SELECT 1 FROM case_history l WHERE l.case_pk = h.case_pk
      AND l.variant = h.variant AND l.known_to = 'infinity' AND l.day_to = 'infinity'
      AND ${foreign(sql`l.charges`)}) END)`;
}

/** A quantity key's qualifier as the register counts it. */
export type RegisterQualifier =
  | { kind: "none" }
  | { kind: "article"; charge: ReturnType<typeof parseCharge> }
  | { kind: "women" }
  | { kind: "ethnic-minority"; majority: string };

/**
 * `article:117` (as charged: Article 117, not its 1999 predecessor 88, as published figures
 * count), `women`, `ethnic-minority` (not the jurisdiction's majority); null for a qualifier the
 * register cannot count.
 */
export function registerQualifier(
  qualifier: string | null,
  j: string | null,
): RegisterQualifier | null {
  if (!qualifier) return { kind: "none" };
  const article = /^article:(.+)$/.exec(qualifier)?.[1];
  if (article) return { kind: "article", charge: parseCharge(article, CATALOGUE_STATUTES) };
  if (qualifier === "women") return { kind: "women" };
  if (qualifier === "ethnic-minority") {
    const majority = j ? MAJORITY_ETHNICITIES[j] : undefined;
    return majority ? { kind: "ethnic-minority", majority } : null;
  }
  return null;
}

/** The qualifier on a case (`c`) of the rows counted. */
export function onCase(q: { kind: "women" } | { kind: "ethnic-minority"; majority: string }): SQL {
  return q.kind === "women"
    ? sql`c.gender = 'female'`
    : sql`c.ethnicity IS NOT NULL AND c.ethnicity <> ${q.majority}`;
}
