import { sql, type SQL } from "drizzle-orm";
import type { Orm } from "./db.js";

/** Rows of a plain SQL query, the same on both drivers (each result has `rows`). */
export async function rows<R>(orm: Orm, query: SQL): Promise<R[]> {
  const result = (await orm.execute(query)) as unknown as { rows: R[] };
  return result.rows;
}

/** Splits rows for multi-row INSERTs, keeping each under PostgreSQL's 65,535 parameters. */
export function chunks<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(60_000 / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** First day of a partial date: "2021" → "2021-01-01"; anything else malformed → null. */
export function firstDay(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** An array as one parameter (`= ANY(${list(ids)}::bigint[])`); Drizzle would expand it. */
export function list(values: readonly (string | number)[]): SQL {
  return sql`${sql.param(values)}`;
}
