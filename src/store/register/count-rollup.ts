// Counting as of a day from the count rollup (count-blocks.ts): the people in force on D per count
// key (status, gender, charges) are the stored blocks covering the days before D plus the history
// rows starting or ending in the last few days, summed — a few thousand rows however large the
// register — and the breakdown is made from those keys in the same statement, by the rules the
// history rows are counted by (count-history.ts). Used when the keys can answer: the register as
// known now, no lists, broken down by status, gender and charge only; anything else reads the
// history rows.

import { sql, type SQL } from "drizzle-orm";
import { compareKeys, type GroupField } from "../../core/register/count.js";
import type { Status } from "../../core/register/types.js";
import { blockCover, HAS_HELD_OVER, HELD_OVER_FROM, HELD_OVER_MONTHS } from "./count-blocks.js";
import { blankCount, countedChargesSql, type CountRequest } from "./count-history.js";
import { arr, type Run } from "./register-sql.js";
import type { RegisterCount } from "./register-types.js";

const ROLLUP_FIELDS: ReadonlySet<GroupField> = new Set(["status", "gender", "charge"]);

/** Whether the rollup can answer this count. */
export function rollupAnswers(r: CountRequest): boolean {
  return r.counting.knownInstant === null && !r.list && r.by.every((f) => ROLLUP_FIELDS.has(f));
}

/**
 * People in force on `day` per count key, as rows (status, gender, confidential, charges,
 * charges_current, n); with `heldOver`, only those held whose custody began more than
 * HELD_OVER_MONTHS months before (the keys of migration 0017).
 */
export function inForce(variant: number, day: string, heldOver = false): SQL {
  const cover = blockCover(day);
  const months = heldOver ? HELD_OVER_MONTHS : 0;
  // One index lookup per block, spelled out: whatever the planner's statistics say (PGlite never
  // gathers any by itself), each is an equality on the primary key's leading columns.
  const blocks = cover.blocks.map(
    (b) => sql`SELECT key, n FROM case_count_blocks
      WHERE variant = ${variant} AND level = ${b.level} AND block = ${b.block}`,
  );
  const rows = (starts: SQL, d: 1 | -1, where: SQL) => sql`
    SELECT h.status, c.gender, c.confidential, h.charges, h.charges_current,
      ${sql.raw(String(d))} AS n
    FROM case_history h JOIN cases c ON c.id = h.case_pk
    WHERE h.variant = ${variant} AND h.known_to = 'infinity' AND ${where}
      AND ${starts} >= ${cover.restFrom}::date AND ${starts} <= ${day}::date`;
  // The held-over part of a held stretch runs from HELD_OVER_FROM to its end, if it has one.
  const held = sql`${HAS_HELD_OVER} AND ${HELD_OVER_FROM} < h.day_to`;
  const recent = heldOver
    ? sql`${rows(HELD_OVER_FROM, 1, held)} UNION ALL ${rows(sql`h.day_to`, -1, held)}`
    : sql`${rows(sql`h.day_from`, 1, sql`TRUE`)} UNION ALL ${rows(sql`h.day_to`, -1, sql`TRUE`)}`;
  const stored =
    blocks.length === 0
      ? sql``
      : sql`SELECT k.status, k.gender, k.confidential, k.charges, k.charges_current, b.n
      FROM (SELECT key, sum(n)::int AS n FROM (${sql.join(blocks, sql` UNION ALL `)}) x
            GROUP BY key) b
      JOIN case_count_keys k ON k.id = b.key AND k.held_months = ${sql.raw(String(months))}
      UNION ALL`;
  return sql`SELECT status, gender, confidential, charges, charges_current, sum(n)::int AS n FROM (
      ${stored} ${recent}) t
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0`;
}

export async function countFromRollup(run: Run, r: CountRequest): Promise<RegisterCount> {
  const c = r.counting;
  const out = blankCount(r, "rollup");
  const filters: SQL[] = [sql`TRUE`];
  if (r.statuses) filters.push(sql`h.status = ANY(${arr(r.statuses, "text")})`);
  if (c.charge !== null) filters.push(sql`${c.charge} = ANY(${countedChargesSql(c)})`);
  const where = sql.join(filters, sql` AND `);
  const charges = countedChargesSql(c);
  const expand = r.by.includes("charge")
    ? sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(${charges}) = 0
            THEN ARRAY[NULL]::text[] ELSE ${charges} END) AS ch(charge)`
    : sql``;
  const field = (f: GroupField) =>
    f === "charge" ? sql`ch.charge` : f === "gender" ? sql`h.gender` : sql`h.status`;
  const groupBy =
    r.by.length === 0
      ? sql``
      : sql`GROUP BY ${sql.join(
          r.by.map((_, i) => sql.raw(String(i + 1))),
          sql`, `,
        )}`;
  const exprs = r.by.map((f, i) => sql`${field(f)} AS ${sql.raw(`g${i}`)}`);
  const key = sql`json_build_array(${sql.join(
    r.by.map((_, i) => sql.raw(`g${i}`)),
    sql`, `,
  )})`;
  const [found] = await run<{
    low: number | null;
    statuses: { status: Status; n: number }[] | null;
    groups: { key: (string | null)[]; n: number }[] | null;
  }>(sql`
    WITH h AS MATERIALIZED (${inForce(r.variant, r.asOf)}),
      s AS (SELECT h.status, sum(h.n)::int AS n FROM h WHERE ${where} GROUP BY h.status),
      g AS (SELECT ${sql.join([...exprs, sql`sum(h.n)::int AS n`], sql`, `)}
            FROM h ${expand} WHERE ${where} ${groupBy})
    SELECT (SELECT min(n) FROM h) AS low,
      (SELECT json_agg(json_build_object('status', status, 'n', n)) FROM s) AS statuses,
      (SELECT json_agg(json_build_object('key', ${key}, 'n', n)) FROM g) AS groups`);
  if (found?.low !== null && found?.low !== undefined && found.low < 0)
    throw new Error(
      `count rollup of variant ${r.variant} is inconsistent on ${r.asOf} (${found.low} people under one key); rebuild it`,
    );
  for (const s of found?.statuses ?? []) {
    out.byStatus[s.status] += s.n;
    out.total += s.n;
  }
  out.aggregates = Object.fromEntries(
    Object.entries(c.rules.aggregates).map(([name, members]) => [
      name,
      members.reduce((n, s) => n + out.byStatus[s], 0),
    ]),
  );
  // Like the core: with no breakdown, everyone counted is one group (none when nobody is).
  out.groups = (found?.groups ?? [])
    .filter((g) => g.n > 0)
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((g) => ({
      key: Object.fromEntries(r.by.map((f, i) => [f, g.key[i] ?? null])),
      count: g.n,
      caseIds: [],
    }));
  return out;
}
