import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { DbUnavailable, QueueNeedsPostgres } from "../errors.js";
import { isPostgresUrl, redactUrl, type Db } from "../store/db.js";
import type { JobPayload } from "./job-payload.js";

// The job queue is pg-boss 10 in its own schema of the Vigil database: `vigil_queue` beside the
// default `public` schema, `<schema>_queue` beside any other (so several Vigil schemas on one
// server, and the test suite's schema per file, keep their queues apart).

export interface QueueSettings {
  /** The queue's name (setting queue-name). */
  name: string;
  /** Seconds a taken job stays invisible to other workers (setting queue-visibility-seconds). */
  visibilitySeconds: number;
  /** Retries of a failed or abandoned job (setting queue-retry-limit). */
  retryLimit: number;
}

export interface QueueOptions extends QueueSettings {
  /** Run pg-boss maintenance here (expiring abandoned jobs): workers do, enqueuers need not. */
  supervise?: boolean;
  /** Connections pg-boss may open (its own pool). */
  connections?: number;
  /** Errors pg-boss reports in the background (a lost connection during maintenance). */
  onError?: (err: Error) => void;
}

/** What became of one job, read back from the queue. */
export interface JobOutcome {
  id: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  output: Record<string, unknown> | null;
  retries: number;
}

export interface JobQueue {
  readonly name: string;
  readonly schema: string;
  /** Adds jobs; returns their ids in order. */
  send(payloads: readonly JobPayload[]): Promise<string[]>;
  /** Takes up to `n` jobs, invisible to other workers for the visibility timeout. */
  take(n: number): Promise<{ id: string; data: unknown }[]>;
  complete(id: string, output: Record<string, unknown>): Promise<void>;
  fail(id: string, output: Record<string, unknown>): Promise<void>;
  /** The state of these jobs (missing ones are left out). */
  outcomes(ids: readonly string[]): Promise<JobOutcome[]>;
  /** Jobs per state in this queue. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** The queue schema for a Vigil database whose tables live in `schema`. */
export function queueSchemaFor(schema: string): string {
  const name = schema === "public" ? "vigil_queue" : `${schema}_queue`;
  if (!/^[A-Za-z_]\w{0,49}$/.test(name))
    throw new DbUnavailable(schema, `cannot derive a job queue schema name from schema ${schema}`);
  return name;
}

/** Refuses anything but PostgreSQL, saying why. */
export function requirePostgres(what: string, db: string): void {
  if (!isPostgresUrl(db)) throw new QueueNeedsPostgres(what, db);
}

/**
 * Opens the queue of the database `db` (already open: its schema names the queue's schema),
 * installing pg-boss's tables on first use. Maintenance (expiring jobs abandoned by a dead
 * worker) runs in every supervising process; pg-boss makes sure one does it at a time.
 */
export async function openQueue(url: string, db: Db, opts: QueueOptions): Promise<JobQueue> {
  requirePostgres("the job queue", url);
  const [row] = await db.query<{ schema: string }>("SELECT current_schema() AS schema");
  const schema = queueSchemaFor(row!.schema);
  const boss = new PgBoss({
    connectionString: url,
    schema,
    max: opts.connections ?? 2,
    application_name: "vigil-queue",
    supervise: opts.supervise ?? false,
    schedule: false,
    // Abandoned jobs are noticed at the next maintenance: a fraction of the visibility timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(opts.visibilitySeconds / 4))),
  });
  // pg-boss reports a lost connection as an event; without a listener Node would crash.
  boss.on("error", (err: Error) => opts.onError?.(err));
  try {
    await boss.start();
    await boss.createQueue(opts.name, {
      name: opts.name,
      policy: "standard",
      expireInSeconds: opts.visibilitySeconds,
      retryLimit: opts.retryLimit,
      retryDelay: 1,
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new DbUnavailable(redactUrl(url), `job queue: ${(err as Error).message}`);
  }
  const jobTable = `${schema}.job`;

  return {
    name: opts.name,
    schema,
    async send(payloads) {
      const jobs = payloads.map((data) => ({
        id: randomUUID(),
        name: opts.name,
        data: data as unknown as object,
        expireInSeconds: opts.visibilitySeconds,
        retryLimit: opts.retryLimit,
        retryDelay: 1,
      }));
      if (jobs.length > 0) await boss.insert(jobs);
      return jobs.map((j) => j.id);
    },
    async take(n) {
      const jobs = (await boss.fetch<unknown>(opts.name, { batchSize: Math.max(1, n) })) ?? [];
      // The worker's own visibility timeout governs, not the one the enqueuer had: workers
      // know how long their documents take.
      if (jobs.length > 0)
        await db.query(
          `UPDATE ${jobTable} SET expire_in = make_interval(secs => $3)
           WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
          [opts.name, jobs.map((j) => j.id), opts.visibilitySeconds],
        );
      return jobs.map((j) => ({ id: j.id, data: j.data }));
    },
    async complete(id, output) {
      await boss.complete(opts.name, id, output);
    },
    async fail(id, output) {
      await boss.fail(opts.name, id, output);
    },
    async outcomes(ids) {
      if (ids.length === 0) return [];
      const rows = await db.query<{
        id: string;
        state: JobOutcome["state"];
        output: Record<string, unknown> | null;
        retries: number;
      }>(
        `SELECT id::text AS id, state::text AS state, output, retry_count AS retries
         FROM ${jobTable} WHERE name = $1 AND id = ANY($2::uuid[])`,
        [opts.name, ids],
      );
      return rows;
    },
    async counts() {
      const rows = await db.query<{ state: string; n: number }>(
        `SELECT state::text AS state, count(*)::int AS n FROM ${jobTable} WHERE name = $1 GROUP BY state`,
        [opts.name],
      );
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    },
    async close() {
      await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    },
  };
}
