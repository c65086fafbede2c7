// Ingest throughput with 1, 2 and 4 `vigil worker` processes sharing one PostgreSQL database,
// against the inline single-process `vigil ingest` (the baseline), over one generated corpus; a
// fresh database per run. Also what one stored document weighs, table by table, and what a queued
// job weighs while pg-boss keeps it: the figures docs/scaling.md works from.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  createBenchDatabase,
  sampleBackendCpu,
  tableSizes,
  type BenchDatabase,
} from "./bench-postgres.js";
import { type Benchmark, type BenchContext, fmt, loads, mb, table } from "./harness.js";
import { generateCorpus } from "./news-corpus.js";
import {
  busyShare,
  childrenCpuSeconds,
  machineTicks,
  runVigil,
  startVigil,
} from "./vigil-process.js";

interface Run {
  label: string;
  processes: number;
  docs: number;
  seconds: number;
  /** CPU seconds of the vigil processes (null off Linux). */
  vigilCpu: number | null;
  /** CPU seconds of the database's PostgreSQL backends (null: server not on this machine). */
  pgCpu: number | null;
  busy: number | null;
  load: number[];
  enqueueSeconds?: number;
}

const QUEUE_SCHEMA = "vigil_queue";

async function storedDocuments(db: BenchDatabase): Promise<number> {
  return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents"))[0]!.n;
}

async function failedJobs(db: BenchDatabase): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE state <> 'completed'`,
  );
  return rows[0]!.n;
}

/** One configuration on a fresh database: `workers` 0 is the inline `vigil ingest`. */
async function measure(
  ctx: BenchContext,
  corpusDir: string,
  files: number,
  workers: number,
  keepSizes: (db: BenchDatabase) => Promise<void>,
): Promise<Run> {
  const db = await createBenchDatabase("workers");
  if (!db) throw new Error("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL)");
  try {
    const label =
      workers === 0 ? "inline vigil ingest" : `${workers} worker${workers > 1 ? "s" : ""}`;
    let enqueueSeconds: number | undefined;
    if (workers > 0) {
      // Jobs first, all of them: the workers' time is then theirs alone.
      enqueueSeconds = (await runVigil(["--db", db.url, "ingest", "--queue", corpusDir])).seconds;
    } else {
      // The schema, made as the workers' runs have it made before they start.
      await runVigil(["--db", db.url, "users", "list"]);
    }
    const cpu0 = childrenCpuSeconds();
    const ticks0 = machineTicks();
    const pgCpu = sampleBackendCpu(db);
    let seconds: number;
    if (workers === 0) {
      seconds = (await runVigil(["--db", db.url, "ingest", corpusDir])).seconds;
    } else {
      const procs = Array.from({ length: workers }, () =>
        startVigil(["--db", db.url, "worker", "--drain"]),
      );
      try {
        const ends = await Promise.all(procs.map((p) => p.exited));
        for (const [i, e] of ends.entries())
          if (e.code !== 0)
            throw new Error(
              `worker ${i + 1} exited with ${e.code ?? e.signal}: ${procs[i]!.stderr()}`,
            );
        seconds = Math.max(...ends.map((e) => e.seconds));
      } finally {
        await Promise.all(procs.map((p) => p.stop(2000)));
      }
    }
    const pg = await pgCpu.stop();
    const cpu1 = childrenCpuSeconds();
    const busy = busyShare(ticks0, machineTicks());
    const docs = await storedDocuments(db);
    if (docs !== files) throw new Error(`${label}: ${docs} documents stored, ${files} expected`);
    if (workers > 0) {
      const left = await failedJobs(db);
      if (left > 0) throw new Error(`${label}: ${left} jobs not completed`);
    }
    await keepSizes(db);
    const run: Run = {
      label,
      processes: workers,
      docs,
      seconds,
      vigilCpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      pgCpu: pg,
      busy,
      load: loadavg(),
      ...(enqueueSeconds !== undefined ? { enqueueSeconds } : {}),
    };
    ctx.log(
      `${label}: ${fmt(docs, 0)} documents in ${fmt(seconds)} s` +
        (enqueueSeconds !== undefined ? ` (enqueued beforehand in ${fmt(enqueueSeconds)} s)` : "") +
        `; load average ${loads()}`,
    );
    return run;
  } finally {
    await db.drop();
  }
}

/** Per stored document: each table's bytes, the queue's bytes per job (completed, kept). */
async function describeSizes(ctx: BenchContext, db: BenchDatabase, docs: number): Promise<void> {
  const sizes = await tableSizes(db, ["public", QUEUE_SCHEMA]);
  const sum = (prefix: string) => {
    const s = { total: 0, indexes: 0 };
    for (const [t, b] of sizes)
      if (t.startsWith(prefix)) {
        s.total += b.total;
        s.indexes += b.indexes;
      }
    return s;
  };
  const rows = [["table", "MB", "bytes/document", "of which indexes"]];
  const line = (name: string, b: { total: number; indexes: number }) =>
    rows.push([
      name,
      mb(b.total),
      fmt(b.total / docs, 0),
      `${fmt((b.indexes / Math.max(1, b.total)) * 100, 0)} %`,
    ]);
  const top = [...sizes]
    .filter(([t, b]) => t.startsWith("public.") && b.total > 64 * 1024)
    .sort((a, b) => b[1].total - a[1].total);
  for (const [t, b] of top) line(t.slice(7), b);
  line("store (all tables)", sum("public."));
  line(`${QUEUE_SCHEMA} (completed jobs kept)`, sum(`${QUEUE_SCHEMA}.`));
  const [dbSize] = await db.query<{ bytes: string }>(
    "SELECT pg_database_size(current_database())::text AS bytes",
  );
  const whole = Number(dbSize!.bytes);
  rows.push(["database (pg_database_size)", mb(whole), fmt(whole / docs, 0), ""]);
  ctx.log(`storage after ${fmt(docs, 0)} documents (pg_total_relation_size):`);
  ctx.log(table(rows));
}

export const workersBench: Benchmark = {
  name: "workers",
  description:
    "ingest throughput with 1, 2 and 4 `vigil worker` processes on PostgreSQL vs the inline `vigil ingest`",
  async run(ctx: BenchContext) {
    const files = Number(process.env.VIGIL_BENCH_WORKER_DOCS) || (ctx.quick ? 400 : 4_000);
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-workers-"));
    try {
      const corpus = generateCorpus(join(work, "corpus"), files);
      ctx.log(
        `corpus: ${fmt(corpus.files, 0)} articles, ${mb(corpus.bytes)} MB, from examples/articles; ` +
          `${availableParallelism()} cores, load average ${loads()} before the runs`,
      );
      ctx.log(
        "each run: a fresh database; workers are `vigil worker --drain` processes with the default " +
          "settings (worker-concurrency 2, worker-batch-size 8), timed from their start to the last exit",
      );
      const runs: Run[] = [];
      let sized = false;
      for (const n of [0, 1, 2, 4]) {
        runs.push(
          await measure(ctx, corpus.dir, files, n, async (db) => {
            if (n !== 1 || sized) return;
            sized = true;
            await describeSizes(ctx, db, files);
          }),
        );
      }
      const base = runs[0]!;
      const one = runs[1]!;
      const rate = (r: Run) => r.docs / r.seconds;
      const per = (v: number | null, r: Run) => (v === null ? "n/a" : fmt((v * 1000) / r.docs, 1));
      const rows: string[][] = [
        [
          "",
          "documents/s",
          "vs 1 worker",
          "vs inline",
          "vigil CPU ms/doc",
          "PostgreSQL CPU ms/doc",
          "machine busy",
          "load avg (1 min)",
        ],
      ];
      for (const r of runs)
        rows.push([
          r.label,
          fmt(rate(r)),
          r.processes === 0 ? "" : `${fmt(rate(r) / rate(one), 2)}x`,
          `${fmt(rate(r) / rate(base), 2)}x`,
          per(r.vigilCpu, r),
          per(r.pgCpu, r),
          r.busy === null ? "n/a" : `${fmt(r.busy * 100, 0)} %`,
          r.load[0]!.toFixed(1),
        ]);
      ctx.log(table(rows));
      ctx.log(
        `baseline: inline vigil ingest ${fmt(rate(base))} documents/s; ` +
          `${availableParallelism()} cores shared by the workers, PostgreSQL and whatever else runs ` +
          `(machine busy counts all of it), so more workers than cores cannot add much here`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
