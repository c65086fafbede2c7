// The load on PostgreSQL: `vigil serve` on the pre-filled database; /healthz, the reads from one
// client, then from all of them, then again while one `vigil worker` empties the queue filled
// beforehand.
import type { BenchDatabase } from "./bench-postgres.js";
import { mixedRequest, type Read } from "./load-requests.js";
import { runLoad, type LoadFigures } from "./load-run.js";
import { checkReads, login, startBenchServer } from "./load-server.js";
import { startVigil } from "./vigil-process.js";

export interface PostgresLoad {
  phases: [string, LoadFigures][];
  /** Documents the worker stored while the load ran, in how long; jobs left in the queue. */
  ingested: number;
  ingestSeconds: number;
  waiting: number;
  workerTrouble: string | null;
  serverErrors: string[];
}

async function count(db: BenchDatabase, sql: string): Promise<number> {
  return (await db.query<{ n: number }>(sql))[0]!.n;
}

export async function postgresLoad(opts: {
  db: BenchDatabase;
  reader: { name: string; password: string };
  reads: readonly Read[];
  seconds: number;
  healthSeconds: number;
  connections: number;
}): Promise<PostgresLoad> {
  const { db } = opts;
  const server = await startBenchServer(db.url);
  try {
    const { cookie } = await login(server.url, opts.reader.name, opts.reader.password);
    await checkReads(server.url, { cookie }, opts.reads);
    const base = {
      url: server.url,
      connections: opts.connections,
      serverPid: server.process.child.pid!,
      db,
    };
    const mixed = [mixedRequest({ cookie }, opts.reads)];
    const phases: [string, LoadFigures][] = [];
    phases.push([
      "healthz",
      await runLoad({
        ...base,
        seconds: opts.healthSeconds,
        requests: [{ label: "health", method: "GET", path: "/healthz" }],
      }),
    ]);
    // One client: each read's own cost, with no queue in front of it.
    phases.push([
      "reads, 1 client",
      await runLoad({ ...base, connections: 1, seconds: opts.healthSeconds * 2, requests: mixed }),
    ]);
    phases.push(["reads", await runLoad({ ...base, seconds: opts.seconds, requests: mixed })]);

    const stored = () => count(db, "SELECT count(*)::int AS n FROM documents");
    const worker = startVigil(["--db", db.url, "worker"]);
    let ingested: number;
    let ingestSeconds: number;
    let waiting: number;
    try {
      // The load starts once the worker is storing documents (it takes seconds to start).
      const idle = await stored();
      const deadline = Date.now() + 120_000;
      while ((await stored()) === idle && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      const before = await stored();
      const t0 = Date.now();
      phases.push([
        "reads + ingest",
        await runLoad({ ...base, seconds: opts.seconds, requests: mixed }),
      ]);
      ingested = (await stored()) - before;
      ingestSeconds = (Date.now() - t0) / 1000;
      waiting = await count(
        db,
        "SELECT count(*)::int AS n FROM vigil_queue.job WHERE state IN ('created', 'retry')",
      );
    } finally {
      await worker.stop();
    }
    const workerTrouble =
      worker.child.exitCode === 0
        ? null
        : `worker exited with ${worker.child.exitCode ?? worker.child.signalCode}: ${worker.stderr()}`;
    return {
      phases,
      ingested,
      ingestSeconds,
      waiting,
      workerTrouble,
      serverErrors: server.errors,
    };
  } finally {
    await server.process.stop();
  }
}
