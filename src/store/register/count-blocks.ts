// The count rollup (migration 0013): for each history variant and count key (status, gender,
// charges), the net change in people in force summed over aligned blocks of days. A current
// history row [from, to) is +1 on `from` and -1 on `to`; the people in force on D are then the
// changes on days <= D, which `blockCover` splits into at most 17 stored blocks and a remainder of
// fewer than 2^LEVEL_MIN days read from the history rows themselves. A held stretch is counted a
// second time from the day its custody has lasted HELD_OVER_MONTHS (migration 0017), under keys
// with that `held_months`, so that "held over 12 months on D" is a count like any other.
//
//   day numbers   D = 2021-04-22 → 738,266 (days since 0001-01-01); E = D + 1 = 738,267
//   blocks        one per bit of E at or above LEVEL_MIN: (19, 0), (17, 4), (16, 10), …
//   remainder     days 738,240 .. 738,266 (2021-03-26 .. 2021-04-22)
//
// Writers keep the blocks current in their own transaction: `countCases(…, -1)` before a case's
// history rows are replaced or its gender changes, `countCases(…, +1)` after.

import { sql, type SQL } from "drizzle-orm";
import { PRETRIAL_MONTHS } from "../../core/check/evidence-rules/pretrial-detention.js";
import type { Orm } from "../db.js";
import { arr, buildOnce, variantBuilt, type Run } from "./register-sql.js";

/** Blocks of 2^5 = 32 days and up: the smallest kept; shorter spans come from history rows. */
export const LEVEL_MIN = 5;
/** 2^22 days reach past the year 9999 (3,652,059 days). */
export const LEVEL_MAX = 21;

const EPOCH_MS = Date.parse("0001-01-01T00:00:00Z");

/** Days from 0001-01-01 to a day `YYYY-MM-DD` (the database computes `day - DATE '0001-01-01'`). */
export function dayNumber(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH_MS) / 864e5);
}

export function dayOf(n: number): string {
  return new Date(EPOCH_MS + n * 864e5).toISOString().slice(0, 10);
}

export interface BlockCover {
  blocks: { level: number; block: number }[];
  /** The remainder: days from this one up to the day asked, read from history rows. */
  restFrom: string;
}

/** The stored blocks and the remainder that together hold every change on or before `day`. */
export function blockCover(day: string): BlockCover {
  const end = dayNumber(day) + 1;
  const blocks: BlockCover["blocks"] = [];
  for (let level = LEVEL_MAX; level >= LEVEL_MIN; level--)
    if (Math.floor(end / 2 ** level) % 2 === 1)
      blocks.push({ level, block: Math.floor(end / 2 ** level) - 1 });
  return { blocks, restFrom: dayOf(Math.floor(end / 2 ** LEVEL_MIN) * 2 ** LEVEL_MIN) };
}

/** The variants whose rollup is kept (and must be kept current by writers). */
export async function countedVariants(run: Run): Promise<number[]> {
  const found = await run<{ id: number }>(
    sql`SELECT id FROM case_history_variants WHERE counts_built_at IS NOT NULL ORDER BY id`,
  );
  return found.map((r) => r.id);
}

/**
 * The blocks a set of current history rows changes, as rows (variant, level, block, key, n):
 * day changes summed into blocks of the lowest level, each level above summed from the one below.
 */
function blockChanges(rows: SQL, sign: 1 | -1): SQL {
  const levels: SQL[] = [
    sql`l${sql.raw(String(LEVEL_MIN))} AS (SELECT variant, key, day >> ${sql.raw(String(LEVEL_MIN))} AS block,
          sum(d)::int AS n FROM e GROUP BY 1, 2, 3)`,
  ];
  for (let l = LEVEL_MIN + 1; l <= LEVEL_MAX; l++)
    levels.push(sql`${sql.raw(`l${l}`)} AS (SELECT variant, key, block >> 1 AS block,
          sum(n)::int AS n FROM ${sql.raw(`l${l - 1}`)} GROUP BY 1, 2, 3)`);
  const union: SQL[] = [];
  for (let l = LEVEL_MIN; l <= LEVEL_MAX; l++)
    union.push(
      sql`SELECT variant, ${sql.raw(String(l))}::smallint AS level, block, key, n FROM ${sql.raw(`l${l}`)} WHERE n <> 0`,
    );
  return sql`WITH r AS (${rows}),
    e AS (SELECT variant, key, day_from - DATE '0001-01-01' AS day, ${sql.raw(String(sign))} AS d FROM r
          UNION ALL
          SELECT variant, key, day_to - DATE '0001-01-01', ${sql.raw(String(-sign))} FROM r
          WHERE day_to <> 'infinity'),
    ${sql.join(levels, sql`, `)}
    ${sql.join(union, sql` UNION ALL `)}`;
}

/**
 * How many months a held person's custody must have lasted for the rollup's second set of keys
 * (`held_months`, migration 0017): the pre-trial threshold of the check's evidence rules. The
 * index that finds the recent rows (`case_history_held_over_idx`) is built for this value.
 */
export const HELD_OVER_MONTHS = PRETRIAL_MONTHS;

/** The key a history row joined to its case counts under. */
function keyJoin(heldMonths: number): SQL {
  return sql`JOIN case_count_keys k ON k.status = h.status AND k.charges = h.charges
      AND k.charges_current = h.charges_current AND k.gender IS NOT DISTINCT FROM c.gender
      AND k.confidential = c.confidential AND k.held_months = ${sql.raw(String(heldMonths))}`;
}

/** Where a held stretch's held-over part starts (it has one when this is before `day_to`). */
export const HELD_OVER_FROM = sql.raw(
  `GREATEST(h.day_from, vigil_held_over(h.since, ${HELD_OVER_MONTHS}))`,
);

/** The current held stretches that may have a held-over part. */
export const HAS_HELD_OVER = sql.raw(
  `h.status IN ('pending-trial', 'serving-sentence') AND h.since IS NOT NULL`,
);

/**
 * Current history rows with their count key, as (variant, key, day_from, day_to): each row as
 * it is, and the held-over part of each held stretch under its `held_months` key.
 */
function keyedRows(where: SQL): SQL {
  return sql`SELECT h.variant, k.id AS key, h.day_from, h.day_to
    FROM case_history h JOIN cases c ON c.id = h.case_pk ${keyJoin(0)}
    WHERE h.known_to = 'infinity' AND ${where}
    UNION ALL
    SELECT h.variant, k.id, ${HELD_OVER_FROM}, h.day_to
    FROM case_history h JOIN cases c ON c.id = h.case_pk ${keyJoin(HELD_OVER_MONTHS)}
    WHERE h.known_to = 'infinity' AND ${HAS_HELD_OVER} AND ${HELD_OVER_FROM} < h.day_to
      AND ${where}`;
}

/** Adds the count keys the current history rows selected by `where` need. */
async function addKeys(run: Run, where: SQL): Promise<void> {
  await run(sql`
    INSERT INTO case_count_keys (status, gender, confidential, charges, charges_current,
      held_months)
    SELECT DISTINCT h.status, c.gender, c.confidential, h.charges, h.charges_current, m.months
    FROM case_history h JOIN cases c ON c.id = h.case_pk
    CROSS JOIN LATERAL (SELECT 0::smallint AS months UNION ALL
      SELECT ${sql.raw(String(HELD_OVER_MONTHS))}::smallint WHERE ${HAS_HELD_OVER}) m
    WHERE h.known_to = 'infinity' AND ${where}
      AND NOT EXISTS (SELECT 1 FROM case_count_keys k WHERE k.status = h.status
        AND k.charges = h.charges AND k.charges_current = h.charges_current
        AND k.gender IS NOT DISTINCT FROM c.gender AND k.confidential = c.confidential
        AND k.held_months = m.months)
    ON CONFLICT DO NOTHING`);
}

/**
 * Adds (+1) or takes away (-1) these cases' current history rows, in the variants whose rollup
 * is kept: call with -1 before the rows or the case's gender or confidentiality change, +1 after.
 */
export async function countCases(
  run: Run,
  casePks: readonly number[],
  sign: 1 | -1,
  variants?: readonly number[],
): Promise<void> {
  const kept = variants ?? (await countedVariants(run));
  if (casePks.length === 0 || kept.length === 0) return;
  const where = sql`h.case_pk = ANY(${arr(casePks, "bigint")})
    AND h.variant = ANY(${arr(kept, "smallint")})`;
  if (sign === 1) await addKeys(run, where);
  await run(sql`
    INSERT INTO case_count_blocks (variant, level, block, key, n)
    ${blockChanges(keyedRows(where), sign)}
    ON CONFLICT (variant, level, block, key) DO UPDATE SET n = case_count_blocks.n + excluded.n`);
}

/** Builds a variant's rollup from its current history rows, replacing what was there. */
export async function rebuildCounts(run: Run, variant: number): Promise<void> {
  const where = sql`h.variant = ${variant}`;
  await run(sql`DELETE FROM case_count_blocks WHERE variant = ${variant}`);
  await addKeys(run, where);
  // The join below matches every history row to its key: without statistics on the keys just
  // written (none after migration 0015 emptied them) the planner takes the table for empty and
  // scans it once per row — minutes instead of seconds on a million people.
  await run(sql`ANALYZE case_count_keys`);
  // In key order: a count reads blocks, each then on a few pages.
  await run(sql`
    INSERT INTO case_count_blocks (variant, level, block, key, n)
    SELECT * FROM (${blockChanges(keyedRows(where), 1)}) b ORDER BY variant, level, block, key`);
  await run(sql`UPDATE case_history_variants SET counts_built_at = now() WHERE id = ${variant}`);
}

/** Makes sure a variant's rollup is kept: the first count that needs it builds it. */
export async function ensureCounts(orm: Orm, variant: number): Promise<void> {
  await buildOnce(orm, variantBuilt(variant, "counts_built_at"), (run) =>
    rebuildCounts(run, variant),
  );
}
