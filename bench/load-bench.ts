// The server under load: `vigil serve` on PostgreSQL holding a few thousand generated articles and
// a synthetic case register; 50 clients signed in as one viewer read from it (source lists and
// pages, actors, statements, searches, register counts) for 60 s while a `vigil worker` ingests
// more articles. Baselines in the same run: the same reads without the ingest, and /healthz (what
// the server and the load generator cost on their own). Then the same store copied into PGlite,
// read the same way, with and without an editor uploading articles. Any 5xx fails the benchmark.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { exportJson } from "../src/core/register/json-export.js";
import { syntheticRegister } from "../src/core/register/synthetic.js";
import { createBenchDatabase, tableBytes, type BenchDatabase } from "./bench-postgres.js";
import { type Benchmark, type BenchContext, fmt, loads, mb, table } from "./harness.js";
import { pgliteLoad } from "./load-pglite.js";
import { postgresLoad } from "./load-postgres.js";
import { figuresTable, kindsTable } from "./load-report.js";
import { READ_KINDS, readMix } from "./load-requests.js";
import type { LoadFigures } from "./load-run.js";
import { generateCorpus } from "./news-corpus.js";
import { runVigil } from "./vigil-process.js";

const CONNECTIONS = 50;

/** Grows the store and reports what the growth weighs per item, table by table. */
async function weigh(
  ctx: BenchContext,
  db: BenchDatabase,
  items: number,
  unit: string,
  grow: () => Promise<void>,
): Promise<void> {
  const before = await tableBytes(db, ["public"]);
  await grow();
  const after = await tableBytes(db, ["public"]);
  const grew = [...after]
    .map(([t, b]) => [t.slice(7), b - (before.get(t) ?? 0)] as const)
    .filter(([, d]) => d > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = grew.reduce((a, [, d]) => a + d, 0);
  ctx.log(
    `${fmt(items, 0)} ${unit}s: ${mb(total)} MB, ${fmt(total / items, 0)} bytes per ${unit} ` +
      `(${grew
        .slice(0, 6)
        .map(([t, d]) => `${t} ${fmt(d / items, 0)}`)
        .join(", ")}${grew.length > 6 ? ", …" : ""})`,
  );
}

async function account(
  db: string,
  name: string,
  role: string,
): Promise<{ name: string; password: string }> {
  const password = `bench-${randomBytes(12).toString("hex")}`;
  await runVigil(["--db", db, "users", "add", name, "--role", role, "--password-stdin"], {
    input: password,
  });
  return { name, password };
}

/** Fills the database: articles, a synthetic register, a viewer and an editor. */
async function prepare(
  ctx: BenchContext,
  db: BenchDatabase,
  work: string,
  sizes: { prefill: number; cases: number },
) {
  const first = generateCorpus(join(work, "prefill"), sizes.prefill);
  ctx.log(`pre-fill: ${fmt(first.files, 0)} generated articles (${mb(first.bytes)} MB)`);
  await weigh(ctx, db, sizes.prefill, "document", async () => {
    const r = await runVigil(["--db", db.url, "ingest", first.dir]);
    ctx.log(`pre-fill: vigil ingest, ${fmt(sizes.prefill / r.seconds)} documents/s`);
  });
  const registerFile = join(work, "register.json");
  writeFileSync(
    registerFile,
    exportJson(syntheticRegister({ seed: 8, cases: sizes.cases }), { includeConfidential: true }),
  );
  await weigh(ctx, db, sizes.cases, "case", async () => {
    const r = await runVigil(["--db", db.url, "cases", "import", registerFile]);
    ctx.log(`register: syntheticRegister({seed: 8}) imported in ${fmt(r.seconds)} s`);
  });
  const [events] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM case_events");
  ctx.log(`register: ${fmt(sizes.cases, 0)} cases, ${fmt(events!.n, 0)} events`);
  const reader = await account(db.url, "reader", "viewer");
  const editor = await account(db.url, "uploader", "editor");
  const sources = (await db.query<{ id: number }>("SELECT id FROM documents")).map((r) => r.id);
  const actors = (await db.query<{ id: number }>("SELECT id FROM actors")).map((r) => r.id);
  return { reader, editor, reads: readMix(sources, actors) };
}

export const loadBench: Benchmark = {
  name: "load",
  description:
    "50 signed-in clients reading from `vigil serve` on PostgreSQL for 60 s while a worker ingests; baselines: the same reads without the ingest, /healthz; PGlite with uploads",
  async run(ctx: BenchContext) {
    const seconds = Number(process.env.VIGIL_BENCH_LOAD_SECONDS) || (ctx.quick ? 10 : 60);
    const pgliteSeconds = Math.max(5, Math.round(seconds / 2));
    const prefill = ctx.quick ? 400 : 2_000;
    const live = ctx.quick ? 400 : 2_000;
    const cases = ctx.quick ? 500 : 5_000;
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-load-"));
    const db = await createBenchDatabase("load");
    if (!db) throw new Error("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL)");
    try {
      ctx.log(`${availableParallelism()} cores, load average ${loads()} at the start`);
      const { reader, editor, reads } = await prepare(ctx, db, work, { prefill, cases });
      const more = generateCorpus(join(work, "live"), live, prefill);
      const queued = await runVigil(["--db", db.url, "ingest", "--queue", more.dir]);
      ctx.log(queued.stderr.trim().split("\n").pop()!);
      ctx.log(
        `clients: ${CONNECTIONS} connections signed in once as one viewer, each sending reads drawn ` +
          `at random, in tenths: ${READ_KINDS.map((k) => `${k} ${reads.filter((r) => r.label === k).length}`).join(", ")}`,
      );

      const pg = await postgresLoad({
        db,
        reader,
        reads,
        seconds,
        healthSeconds: ctx.quick ? 3 : 10,
        connections: CONNECTIONS,
      });
      // The embedded database is opt-in: copying the store into it takes minutes.
      const lite = process.env.VIGIL_BENCH_LOAD_PGLITE
        ? await pgliteLoad({
            work,
            from: db.url,
            reader,
            editor,
            reads,
            uploadsDir: generateCorpus(
              join(work, "uploads"),
              ctx.quick ? 200 : 1_000,
              prefill + live,
            ).dir,
            seconds: pgliteSeconds,
            connections: CONNECTIONS,
          })
        : null;

      const phases: [string, LoadFigures][] = [...pg.phases, ...(lite?.phases ?? [])];
      ctx.log(table([["phase", "seconds"], ...phases.map(([n, p]) => [n, fmt(p.seconds)])]));
      ctx.log(figuresTable(phases));
      ctx.log("latency per kind of read (ms):");
      ctx.log(kindsTable(phases.filter(([n]) => n !== "healthz")));
      ctx.log(
        `PostgreSQL, ingest during the load: one vigil worker stored ${fmt(pg.ingested, 0)} documents in ` +
          `${fmt(pg.ingestSeconds)} s (${fmt(pg.ingested / Math.max(0.001, pg.ingestSeconds))} documents/s); ` +
          `${fmt(pg.waiting, 0)} jobs still queued at the end${pg.waiting === 0 ? " (the queue ran dry before the load ended)" : ""}`,
      );
      if (lite) {
        const u = lite.uploads;
        ctx.log(
          `PGlite (copied from PostgreSQL by vigil db copy in ${fmt(lite.copySeconds)} s), uploads during ` +
            `the load: ${fmt(u.documents, 0)} documents in ${u.requests} requests over ${fmt(u.seconds)} s ` +
            `(${fmt(u.documents / Math.max(0.001, u.seconds))} documents/s) after one warm-up upload`,
        );
      } else
        ctx.log(
          "PGlite: not run (set VIGIL_BENCH_LOAD_PGLITE=1: the same load on a copy in PGlite)",
        );
      const ratio = (busyName: string, quietName: string) => {
        const quiet = phases.find(([n]) => n === quietName)![1];
        const busy = phases.find(([n]) => n === busyName)![1];
        return (
          `${quietName}: ${fmt(quiet.perSecond)} requests/s, p95 ${fmt(quiet.latency.p95)} ms; ` +
          `${busyName}: ${fmt(busy.perSecond / quiet.perSecond, 2)}x the requests/s, ` +
          `${fmt(busy.latency.p95 / quiet.latency.p95, 2)}x the p95`
        );
      };
      ctx.log(`baseline (same reads, no ingest): ${ratio("reads + ingest", "reads")}`);
      if (lite) {
        ctx.log(`baseline: ${ratio("PGlite reads", "reads")} (PGlite vs PostgreSQL)`);
        ctx.log(`baseline: ${ratio("PGlite reads + uploads", "PGlite reads")}`);
      }
      if (pg.workerTrouble) ctx.log(pg.workerTrouble);
      const logged = [...pg.serverErrors, ...(lite?.serverErrors ?? [])];
      if (logged.length > 0) ctx.log(`server errors logged:\n${logged.join("\n")}`);
      const uploads = lite?.uploads;
      if (uploads?.failures.length) ctx.log(`uploads that failed:\n${uploads.failures.join("\n")}`);
      const fivexx = phases.reduce((a, [, p]) => a + p.status5xx, 0) + (uploads?.status5xx ?? 0);
      if (fivexx > 0)
        throw new Error(
          `${fivexx} responses were 5xx (must be none):\n${phases.flatMap(([, p]) => p.failures).join("\n")}`,
        );
      ctx.log(`5xx: none (load average ${loads()} at the end)`);
    } finally {
      await db.drop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
