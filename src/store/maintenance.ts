import type { Db } from "./db.js";
import { ident, vigilTables } from "./dump/schema-objects.js";

// PGlite runs no autovacuum, and a server may have it turned off (this machine's has). Without
// VACUUM no page is ever marked all-visible, so every read checks each row's visibility on its own,
// and the planner keeps the row counts of an empty store. `maintainStore` does what autovacuum's
// insert threshold does on a server: VACUUM once the documents added since the last one pass a
// fixed number plus a share of those counted then. Measured on 20,000 generated articles: 3–4 s for
// the first VACUUM, 0.8 s after 2,000 more, and most searches 30 % faster (docs/store.md,
// "Measured").

/** Added documents that start a VACUUM: `base` plus `share` of the documents counted last. */
export interface VacuumThreshold {
  base: number;
  share: number;
}

const THRESHOLD: VacuumThreshold = { base: 500, share: 0.2 };

export interface Maintenance {
  /** Whether a VACUUM ran. */
  vacuumed: boolean;
  /** Documents in the store, and as the last VACUUM counted them (0 if none ran). */
  documents: number;
  counted: number;
}

/** Whether `documents`, against `counted` at the last VACUUM, calls for another. */
export function needsVacuum(
  documents: number,
  counted: number,
  threshold: VacuumThreshold = THRESHOLD,
): boolean {
  const before = Math.max(0, counted);
  return documents - before >= threshold.base + threshold.share * before;
}

/**
 * Whether the database VACUUMs Vigil's tables on its own: a server with `autovacuum` and the
 * statistics it reads (`track_counts`) on. PGlite never does.
 */
export async function vacuumsItself(db: Db): Promise<boolean> {
  if (db.backend === "pglite") return false;
  const [row] = await db.query<{ on: boolean }>(
    `SELECT current_setting('autovacuum')::bool AND current_setting('track_counts')::bool AS on`,
  );
  return row?.on ?? false;
}

/**
 * VACUUMs a store that has grown enough since the last time, unless its server runs autovacuum.
 * On a server only Vigil's own tables are named: the database may hold other applications'.
 */
export async function maintainStore(
  db: Db,
  threshold: VacuumThreshold = THRESHOLD,
): Promise<Maintenance> {
  if (await vacuumsItself(db)) return { vacuumed: false, documents: 0, counted: 0 };
  // `reltuples` is what the last VACUUM (or ANALYZE) counted, -1 before any.
  const [row] = await db.query<{ documents: number; counted: number }>(
    `SELECT (SELECT count(*) FROM documents)::int AS documents,
            (SELECT reltuples FROM pg_class WHERE oid = 'documents'::regclass)::int AS counted`,
  );
  const { documents, counted } = row!;
  if (!needsVacuum(documents, counted, threshold)) return { vacuumed: false, documents, counted };
  await db.exec(
    db.backend === "pglite" ? "VACUUM" : `VACUUM ${vigilTables().map(ident).join(", ")}`,
  );
  return { vacuumed: true, documents, counted: Math.max(0, counted) };
}

/**
 * PGlite runs no checkpointer: its WAL piles up from one opening of the store to the next (about
 * 86 KB per generated article, 1.2 GB after 14,000 in one run, docs/store.md "WAL and
 * checkpoints"), and after a crash all of it is replayed. A server checkpoints once
 * `max_wal_size` of WAL has been written since the last checkpoint; this does the same for an
 * embedded store when called between writes. Returns whether a checkpoint ran.
 */
export async function checkpointIfDue(db: Db, limitBytes?: number): Promise<boolean> {
  if (db.backend !== "pglite") return false;
  const [row] = await db.query<{ written: number; limit: number }>(
    `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 AS written,
            pg_size_bytes(current_setting('max_wal_size'))::float8 AS limit
     FROM pg_control_checkpoint()`,
  );
  if (!row || row.written < (limitBytes ?? row.limit)) return false;
  await db.exec("CHECKPOINT");
  return true;
}
