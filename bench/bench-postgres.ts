// A fresh PostgreSQL database per benchmark run (created and dropped here), what its tables
// weigh, and the CPU time its server processes spent (PostgreSQL on this machine, read from /proc).
import pg from "pg";
import { processCpuSeconds } from "./vigil-process.js";

/** The bench's own connections, left out of the server CPU it measures. */
const BENCH_APP = "vigil-bench";

export function pgAdminUrl(): string {
  return (
    process.env.VIGIL_BENCH_PG_URL ||
    process.env.VIGIL_TEST_PG_URL ||
    "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

export interface BenchDatabase {
  name: string;
  url: string;
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/** Creates `vigil_bench_<tag>_<time>`; null when no server answers (the bench says so). */
export async function createBenchDatabase(tag: string): Promise<BenchDatabase | null> {
  const admin = pgAdminUrl();
  const name = `vigil_bench_${tag}_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: BENCH_APP });
  return {
    name,
    url,
    async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      return (await pool.query<R>(text, values)).rows;
    },
    async drop() {
      await pool.end().catch(() => {});
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      try {
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await d.end();
      }
    },
  };
}

/** Bytes per table (table, indexes and TOAST: pg_total_relation_size) in each schema. */
export async function tableBytes(
  db: BenchDatabase,
  schemas: readonly string[],
): Promise<Map<string, number>> {
  return new Map([...(await tableSizes(db, schemas))].map(([t, s]) => [t, s.total]));
}

/** Per table: all its bytes, and those of its indexes (pg_indexes_size). */
export async function tableSizes(
  db: BenchDatabase,
  schemas: readonly string[],
): Promise<Map<string, { total: number; indexes: number }>> {
  const rows = await db.query<{ name: string; total: string; indexes: string }>(
    `SELECT n.nspname || '.' || c.relname AS name, pg_total_relation_size(c.oid)::text AS total,
            pg_indexes_size(c.oid)::text AS indexes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1::text[])`,
    [schemas],
  );
  return new Map(rows.map((r) => [r.name, { total: Number(r.total), indexes: Number(r.indexes) }]));
}

/**
 * Samples the server processes (backends) connected to one database every `everyMs`, keeping
 * each one's CPU time: their sum is what PostgreSQL spent for that database's clients. Backends
 * that close between two samples lose at most one interval. Shared background processes
 * (checkpointer, WAL writer) are not counted. Null figures when the server is not on this
 * machine.
 */
export function sampleBackendCpu(db: BenchDatabase, everyMs = 250) {
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  let running = true;
  let failed = false;
  let first = true;
  const tick = async (): Promise<void> => {
    try {
      const rows = await db.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2",
        [db.name, BENCH_APP],
      );
      for (const { pid } of rows) {
        const cpu = processCpuSeconds(pid);
        if (cpu === null) continue;
        // Backends there before sampling began count from then; later ones from their birth.
        if (!start.has(pid)) start.set(pid, first ? cpu : 0);
        last.set(pid, cpu);
      }
      first = false;
    } catch {
      failed = true;
    }
  };
  const loop = (async () => {
    while (running) {
      await tick();
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    /** Stops sampling; CPU seconds of the database's backends while it ran (null: not local). */
    async stop(): Promise<number | null> {
      running = false;
      await loop;
      if (failed || last.size === 0) return null;
      let total = 0;
      for (const [pid, cpu] of last) total += cpu - start.get(pid)!;
      return total;
    },
  };
}
