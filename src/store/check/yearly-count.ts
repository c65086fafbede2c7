// The register's yearly totals (arrests, sentences and their years, releases, deaths in custody)
// from `case_placed` (migration 0016).

import { sql, type SQL } from "drizzle-orm";
import type { RegisterCountResult } from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { YEARLY } from "../../core/check/register-queries.js";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { chargeKey, statusesFor } from "../../core/register/count.js";
import { VIGIL_DEFAULT } from "../../core/register/counting-rules.js";
import { UsageError } from "../../errors.js";
import type { Orm } from "../db.js";
import { chargesCountedBy } from "../register/count-history.js";
import { ensurePlaced, variantFor, variants } from "../register/history-store.js";
import { arr, runner } from "../register/register-sql.js";
import { rows } from "../sql.js";
import { onCase, registerQualifier } from "./evidence-filters.js";

/**
 * A yearly total (arrests, sentences and their years, releases, deaths in custody): the events of
 * the family's types placed in the year (`case_placed`, migration 0016), read as the register
 * core's `countEvents` reads the same cases' timelines — the reference its test compares with.
 */
export async function yearlyCount(
  orm: Orm,
  year: string,
  quantity: string,
  j: string | null,
  maxIds: number,
): Promise<RegisterCountResult | null> {
  const { family, qualifier } = splitQuantityKey(quantity);
  const yearly = YEARLY[family];
  if (!yearly || !/^\d{4}$/.test(year)) return null;
  const rules = VIGIL_DEFAULT;
  const q = registerQualifier(qualifier, j);
  if (!q) return null;
  const filters: SQL[] = [];
  const grouped = q.kind === "women" || q.kind === "ethnic-minority";
  if (q.kind === "article") {
    if ("problem" in q.charge) throw new UsageError(`charge: ${q.charge.problem}`);
    const charge = chargeKey(rules, CATALOGUE_STATUTES)(q.charge.id);
    filters.push(sql`${charge} = ANY(${chargesCountedBy(rules, "p")})`);
  } else if (grouped) filters.push(onCase(q));
  // A breakdown's group counts events, and a total of years has none.
  if (grouped && yearly.read === "years") return null;
  if (yearly.whileDetained) {
    const detained = [...statusesFor("detained", rules)];
    filters.push(sql`p.status_before = ANY(${arr(detained, "text")})`);
  }
  if (j) filters.push(sql`(p.country IS NULL OR p.country = ${j})`);
  const variant = variantFor(await variants(runner(orm)), rules.partialDates, rules.termEnds);
  await ensurePlaced(orm, variant);
  const counted = sql`SELECT p.case_pk, p.sentence_months, c.case_id, c.confidential
    FROM case_placed p JOIN cases c ON c.id = p.case_pk
    WHERE p.variant = ${variant.id} AND p.type = ANY(${arr(yearly.types, "text")})
      AND p.day >= ${`${year}-01-01`}::date AND p.day <= ${`${year}-12-31`}::date
      ${filters.length ? sql`AND ${sql.join(filters, sql` AND `)}` : sql``}`;
  const [r] = await rows<{ events: number; people: number; months: number; named: number }>(
    orm,
    sql`SELECT count(*)::int AS events, count(DISTINCT x.case_pk)::int AS people,
          COALESCE(sum(x.sentence_months), 0)::int AS months,
          count(DISTINCT x.case_pk) FILTER (WHERE NOT x.confidential)::int AS named
        FROM (${counted}) x`,
  );
  if (!r) return null;
  const ids =
    maxIds > 0 && r.named > 0
      ? await rows<{ case_id: string }>(
          orm,
          sql`SELECT DISTINCT x.case_id FROM (${counted}) x WHERE NOT x.confidential
              ORDER BY x.case_id LIMIT ${maxIds}`,
        )
      : [];
  const value =
    grouped || yearly.read === "events"
      ? r.events
      : yearly.read === "people"
        ? r.people
        : r.months / 12;
  // As the core reports it: the people counted (a breakdown's group: its events) less those named.
  const all = grouped ? r.events : r.people;
  return {
    quantity,
    asOf: year,
    value,
    confidential: Math.max(0, all - r.named),
    caseIds: ids.map((x) => x.case_id),
    moreCaseIds: Math.max(0, r.named - ids.length),
  };
}
