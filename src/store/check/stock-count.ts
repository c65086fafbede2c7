// The register's stock on a day (people detained, at risk; women, under an article, ethnic
// minority): from the count rollup when its keys can answer, else from the history rows; the
// first ids by id.

import { sql, type SQL } from "drizzle-orm";
import type { RegisterCountResult } from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { statusesFor } from "../../core/register/count.js";
import { VIGIL_DEFAULT } from "../../core/register/counting-rules.js";
import type { Orm } from "../db.js";
import { ensureCounts } from "../register/count-blocks.js";
import { inForce } from "../register/count-rollup.js";
import { arr } from "../register/register-sql.js";
import { rows } from "../sql.js";
import { DAY, inJurisdiction, onCase, registerQualifier } from "./evidence-filters.js";

/** Whether a count key anywhere names a charge outside the jurisdiction. */
async function foreignCharges(orm: Orm, j: string | null): Promise<boolean> {
  if (!j) return false;
  const [r] = await rows<{ any: boolean }>(
    orm,
    sql`SELECT EXISTS (SELECT 1 FROM case_count_keys k, unnest(k.charges) AS x(id)
          WHERE x.id NOT LIKE ${`${j.toLowerCase()}/%`}) AS any`,
  );
  return r?.any === true;
}

/**
 * The first `n` non-confidential case ids, in the database's order of ids, among the rows `where`
 * picks. When they are a small part of everyone counted (`n` of `named`), walking the cases in id
 * order stops early; when every one is wanted, the rows are read once instead.
 */
async function firstIds(orm: Orm, where: SQL, n: number, named: number): Promise<string[]> {
  if (n <= 0) return [];
  const found = await rows<{ case_id: string }>(
    orm,
    n < named
      ? // A scalar subquery, not EXISTS: the planner would turn EXISTS into a join and, misjudging
        // how many rows match, read them all for every case.
        sql`SELECT c.case_id FROM cases c
          WHERE NOT c.confidential AND (SELECT 1 FROM case_history h
            WHERE h.case_pk = c.id AND ${where} LIMIT 1) IS NOT NULL
          ORDER BY c.case_id LIMIT ${n}`
      : sql`SELECT DISTINCT c.case_id FROM case_history h JOIN cases c ON c.id = h.case_pk
          WHERE ${where} AND NOT c.confidential ORDER BY c.case_id LIMIT ${n}`,
  );
  return found.map((r) => r.case_id);
}

/** A stock on a day: people in the given statuses, narrowed as the quantity's qualifier says. */
export async function stockCount(
  orm: Orm,
  date: string,
  quantity: string,
  j: string | null,
  maxIds: number,
): Promise<RegisterCountResult | null> {
  const { family, qualifier } = splitQuantityKey(quantity);
  if (!DAY.test(date)) return null;
  const aggregate = family === "detained" ? "detained" : "not-exiled-or-deceased";
  const statuses = [...statusesFor(aggregate, VIGIL_DEFAULT)];
  const q = registerQualifier(qualifier, j);
  if (!q) return null;
  // The qualifier on a history row (h, c) and, where the rollup's keys carry it, on a key (f).
  let onRow: SQL = sql`TRUE`;
  let onKey: SQL | null = sql`TRUE`;
  if (q.kind === "article") {
    if ("problem" in q.charge) return null;
    onRow = sql`${q.charge.id} = ANY(h.charges)`;
    onKey = sql`${q.charge.id} = ANY(f.charges)`;
  } else if (q.kind !== "none") {
    onRow = onCase(q);
    onKey = q.kind === "women" ? sql`f.gender = 'female'` : null;
  }
  const where = sql`h.variant = 1 AND h.known_to = 'infinity'
    AND h.day_from <= ${date}::date AND h.day_to > ${date}::date
    AND h.status = ANY(${arr(statuses, "text")}) AND ${inJurisdiction(j)} AND ${onRow}`;
  // The rollup answers when its keys carry the qualifier and no charge anywhere is another
  // country's: then every person without a charge counts here too (as inJurisdiction says).
  // (The keys are read after the rollup is built: before, there are none.)
  if (onKey) await ensureCounts(orm, 1);
  const fromRollup = onKey !== null && !(await foreignCharges(orm, j));
  const [r] = await rows<{ n: number; confidential: number }>(
    orm,
    fromRollup
      ? sql`WITH f AS MATERIALIZED (${inForce(1, date)})
        SELECT COALESCE(sum(f.n), 0)::int AS n,
          COALESCE(sum(f.n) FILTER (WHERE f.confidential), 0)::int AS confidential
        FROM f WHERE f.status = ANY(${arr(statuses, "text")}) AND ${onKey}`
      : sql`SELECT count(*)::int AS n, (count(*) FILTER (WHERE c.confidential))::int AS confidential
        FROM case_history h JOIN cases c ON c.id = h.case_pk WHERE ${where}`,
  );
  const n = r?.n ?? 0;
  const confidential = r?.confidential ?? 0;
  const ids = await firstIds(orm, where, Math.min(maxIds, n - confidential), n - confidential);
  return {
    quantity,
    asOf: date,
    value: n,
    confidential,
    caseIds: ids,
    moreCaseIds: Math.max(0, n - confidential - ids.length),
  };
}
