import { DbMigrationFailed } from "../errors.js";
import type { Db } from "./db.js";
import { MIGRATIONS, type Migration } from "./migrations/index.js";

/** One migration's outcome (Kysely's MigrationResultSet, in spirit). */
export interface MigrationResult {
  id: number;
  name: string;
  ok: boolean;
  status: "applied" | "already-applied" | "failed";
  error?: string;
}

/** Any fixed 64-bit number: the advisory lock every Vigil process takes to migrate. */
export const MIGRATION_LOCK = 7_661_510_001;

/** The table recording applied migrations (also rebuilt by restores and copies). */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS vigil_migrations (
        id integer PRIMARY KEY NOT NULL,
        name text NOT NULL,
        applied_at timestamp with time zone DEFAULT now() NOT NULL
      )`;

/**
 * Applies pending migrations in order, each in its own transaction together with its row in
 * `vigil_migrations`. Concurrent processes on one PostgreSQL database queue on an advisory lock,
 * so exactly one applies each migration. A database written by a newer Vigil is refused.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult[]> {
  const ids = migrations.map((m) => m.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined)
    throw new DbMigrationFailed(String(dup), "two migrations share this id; renumber one");
  return db.session(async (s) => {
    await s.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await s.exec(MIGRATIONS_TABLE_SQL);
      const rows = await s.query<{ id: number }>("SELECT id FROM vigil_migrations ORDER BY id");
      const applied = new Set(rows.map((r) => r.id));
      const newest = Math.max(0, ...applied);
      const known = Math.max(0, ...migrations.map((m) => m.id));
      if (newest > known)
        throw new DbMigrationFailed(
          String(newest),
          `the database was written by a newer Vigil (schema ${newest}, this Vigil knows ${known}); upgrade Vigil`,
        );
      const results: MigrationResult[] = [];
      for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
        if (applied.has(m.id)) {
          results.push({ id: m.id, name: m.name, ok: true, status: "already-applied" });
          continue;
        }
        try {
          await s.exec("BEGIN");
          await s.exec(m.sql);
          await s.query("INSERT INTO vigil_migrations (id, name) VALUES ($1, $2)", [m.id, m.name]);
          await s.exec("COMMIT");
          results.push({ id: m.id, name: m.name, ok: true, status: "applied" });
          // (Only reads are slower without it: a failed VACUUM fails no migration.)
          if (m.vacuum?.length) await s.exec(`VACUUM ${m.vacuum.join(", ")}`).catch(() => {});
        } catch (err) {
          await s.exec("ROLLBACK").catch(() => {});
          throw new DbMigrationFailed(`${m.id} (${m.name})`, (err as Error).message);
        }
      }
      return results;
    } finally {
      await s.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    }
  });
}
