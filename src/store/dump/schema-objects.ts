import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { SqlSession } from "../db.js";
import { MIGRATIONS } from "../migrations/index.js";
import * as schema from "../schema/index.js";
import { Digest, type TableDigest } from "./dump-format.js";

/**
 * Tables whose rows the migrations write (reference data, not the user's): a database holding
 * rows only there is empty. A test checks that a fresh database has rows nowhere else.
 */
export const REFERENCE_TABLES: readonly string[] = ["vigil_migrations", "case_history_variants"];

/** Every table of Vigil's schema (the Drizzle schema the migrations create). */
export function vigilTables(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t).name)
    .sort();
}

/** Functions and types the migrations create: dropped with the tables when a database is rebuilt. */
export function migrationRoutines(): { functions: string[]; types: string[] } {
  const functions = new Set<string>();
  const types = new Set<string>();
  for (const m of MIGRATIONS) {
    for (const x of m.sql.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+"?(\w+)"?/gi))
      functions.add(x[1]!);
    for (const x of m.sql.matchAll(/CREATE\s+TYPE\s+"?(\w+)"?/gi)) types.add(x[1]!);
  }
  return { functions: [...functions].sort(), types: [...types].sort() };
}

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The base tables in the connection's schema, sorted. */
export async function listTables(s: SqlSession): Promise<string[]> {
  const rows = await s.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

export async function countRows(s: SqlSession, table: string): Promise<number> {
  const [r] = await s.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${ident(table)}`);
  return Number(r!.n);
}

/** Tables holding the user's data (not only reference rows), with their counts. */
export async function userData(s: SqlSession): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await listTables(s)) {
    if (REFERENCE_TABLES.includes(t)) continue;
    const n = await countRows(s, t);
    if (n > 0) out[t] = n;
  }
  return out;
}

export async function sequences(s: SqlSession): Promise<Record<string, number | null>> {
  const rows = await s.query<{ name: string; last: string | null }>(
    `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences
     WHERE schemaname = current_schema() ORDER BY sequencename`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.last === null ? null : Number(r.last)]));
}

/**
 * Streams a table's rows as `row_to_json` text through a cursor, in batches, inside the caller's
 * transaction. Batches shrink for tables of large rows (documents) so memory stays bounded.
 */
export async function scanTable(
  s: SqlSession,
  table: string,
  each: (lines: string[]) => Promise<void>,
): Promise<TableDigest> {
  const digest = new Digest();
  const cursor = `vigil_scan_${table}`.slice(0, 60);
  await s.exec(
    `DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table)} t`,
  );
  let fetch = 500;
  for (;;) {
    const rows = await s.query<{ j: string }>(`FETCH FORWARD ${fetch} FROM ${ident(cursor)}`);
    if (rows.length === 0) break;
    const lines = rows.map((r) => r.j);
    let chars = 0;
    for (const line of lines) {
      digest.add(line);
      chars += line.length;
    }
    await each(lines);
    // Aim at about 8 MB of text per batch.
    fetch = Math.max(1, Math.min(2000, Math.floor((fetch * 8_000_000) / Math.max(1, chars))));
  }
  await s.exec(`CLOSE ${ident(cursor)}`);
  return digest.value();
}
