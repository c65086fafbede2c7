import { VERSION } from "../../version.js";
import type { Db, SqlSession } from "../db.js";
import {
  DUMP_FORMAT,
  DUMP_VERSION,
  type DumpHeader,
  type DumpSink,
  type DumpTrailer,
  type TableDigest,
} from "./dump-format.js";
import { countRows, listTables, scanTable, sequences } from "./schema-objects.js";

/**
 * Reads every table of the database into `sink` inside one REPEATABLE READ, READ ONLY
 * transaction: a consistent snapshot while writers go on (on PostgreSQL they are not held up; on
 * PGlite, one connection, they wait for the dump to finish).
 */
export async function dumpDatabase(
  db: Db,
  sink: DumpSink,
): Promise<{ header: DumpHeader; trailer: DumpTrailer }> {
  return db.transaction(async (s) => {
    await s.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    // Timestamps print the same whatever the server's zone, so hashes compare across servers.
    await s.exec("SET LOCAL TimeZone = 'UTC'");
    return dumpSnapshot(s, db.backend, sink);
  });
}

async function dumpSnapshot(
  s: SqlSession,
  backend: Db["backend"],
  sink: DumpSink,
): Promise<{ header: DumpHeader; trailer: DumpTrailer }> {
  const tables = await listTables(s);
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = await countRows(s, t);
  const migrations = tables.includes("vigil_migrations")
    ? await s.query<{ id: number; name: string; applied_at: string }>(
        "SELECT id, name, applied_at::text AS applied_at FROM vigil_migrations ORDER BY id",
      )
    : [];
  const header: DumpHeader = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    vigil: VERSION,
    createdAt: new Date().toISOString(),
    backend,
    migrations,
    tables: counts,
    sequences: await sequences(s),
  };
  await sink.begin(header);
  const digests: Record<string, TableDigest> = {};
  for (const t of tables) {
    await sink.table(t, counts[t]!);
    digests[t] = await scanTable(s, t, (lines) => sink.rows(lines));
  }
  const trailer: DumpTrailer = { end: true, tables: digests };
  await sink.end(trailer);
  return { header, trailer };
}
