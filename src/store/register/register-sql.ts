// SQL helpers the register's store modules share. Bulk writes pass one array per column and
// `unnest` them, so a thousand rows are one statement with a dozen parameters on both backends.

import { sql, type SQL } from "drizzle-orm";
import type { Orm } from "../db.js";
import { rows } from "../sql.js";

/** A query runner bound to a connection or a transaction. */
export type Run = <R>(query: SQL) => Promise<R[]>;

export function runner(orm: Orm): Run {
  return <R>(query: SQL) => rows<R>(orm, query);
}

export type Cell = string | number | boolean | null;

/** One column of values as a single typed array parameter: `${arr(ids, "bigint")}`. */
export function arr(values: readonly Cell[], type: string): SQL {
  return sql`${sql.param(values)}::${sql.raw(type)}[]`;
}

/** `unnest(a, b, c)` over column arrays: the rows of a bulk insert. */
export function unnest(columns: readonly SQL[]): SQL {
  return sql`unnest(${sql.join([...columns], sql`, `)})`;
}

/** Lists travel as `;`-joined text: no register id or charge contains `;` (the readers refuse it). */
export function joined(lists: readonly (readonly string[])[]): SQL {
  return arr(
    lists.map((l) => l.join(";")),
    "text",
  );
}

/** The SQL side of `joined`: back to a text array (empty for an empty string). */
export function split(column: SQL): SQL {
  return sql`string_to_array(${column}, ';')`;
}

/** Rows per statement for bulk inserts: bounded so one statement never holds too much at once. */
export const BATCH = 5_000;

export function batches<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** An open end in event time or record time, as the database stores it. */
export const OPEN = "infinity";

export function openToNull(value: string | null): string | null {
  return value === null || value === OPEN ? null : value;
}

/**
 * The lock every register writer takes (transaction-scoped): imports and reviews of the same
 * register queue instead of racing on the same case and event ids.
 */
export const REGISTER_LOCK = 7_661_510_005;

export async function lockRegister(run: Run): Promise<void> {
  await run(sql`SELECT pg_advisory_xact_lock(${REGISTER_LOCK})`);
}

/** Whether a variant's derived rows of one kind are there (its `*_built_at` column is set). */
export function variantBuilt(
  variant: number,
  column: "built_at" | "placed_built_at" | "counts_built_at",
): (run: Run) => Promise<boolean> {
  return async (run) =>
    (
      await run<{ built: boolean }>(
        sql`SELECT ${sql.identifier(column)} IS NOT NULL AS built FROM case_history_variants
            WHERE id = ${variant}`,
      )
    )[0]?.built === true;
}

/**
 * Builds derived rows once: unless `built` says they are there, `build` runs under the register
 * lock (imports wait) after asking again, so a second builder finds them built. `build` marks them.
 */
export async function buildOnce(
  orm: Orm,
  built: (run: Run) => Promise<boolean>,
  build: (run: Run) => Promise<void>,
): Promise<void> {
  if (await built(runner(orm))) return;
  await orm.transaction(async (tx) => {
    const run = runner(tx);
    await lockRegister(run);
    if (!(await built(run))) await build(run);
  });
}
