// Store benchmarks: `vigil ingest` throughput of a generated corpus of 20,000 articles and
// `vigil search` latency over it, on PGlite (embedded, in its worker thread, as the CLI runs it)
// and, in the same run, on PostgreSQL when a server answers; PostgreSQL/PGlite ratios printed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ingestSources, summarise } from "../src/ingest/ingest-service.js";
import { openStore } from "../src/store/open-store.js";
import type { SearchQuery, StoreService } from "../src/store/store-types.js";
import {
  type Benchmark,
  type BenchContext,
  fmt,
  gc,
  loadLine,
  mb,
  now,
  percentile,
  table,
  withPeakRss,
} from "./harness.js";
import { generateCorpus } from "./news-corpus.js";

interface Backend {
  name: string;
  db: string;
  /** The server's settings that its figures depend on, printed with them. */
  settings?: string;
  cleanup(): Promise<void>;
}

interface Result {
  /** CPU time of the whole process (all threads) per document while ingesting. */
  cpuMsPerDoc: number;
  docs: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  rssAtTenth: number;
  /** Event-loop utilisation during the ingest: this (analysing) thread, the store's worker. */
  busy: { main: number; store: number | null };
  failed: number;
  p50: number;
  p95: number;
  max: number;
  queries: number;
}

/** Queries a user of the corpus would type: names with and without diacritics, phrases, filters. */
export const QUERIES: SearchQuery[] = [
  { query: "Article 117" },
  { query: "Tran Thi Mai Huong" },
  { query: "Trần Thị Mai Hương" },
  { query: '"freedom of expression"' },
  { query: "cement plant" },
  { query: "detention centre", kind: "source" },
  { query: "sentenced prison", from: "2022", to: "2023-06" },
  { query: "court", kind: "statement" },
  { query: "teacher", outlet: "mekong wire" },
  { query: "police said", kind: "indirect" },
  { query: "human rights report -state" },
  { query: "Nghe An or Thai Binh" },
  { query: "appeal", speaker: "lawyer" },
  { query: "ministry", org: "foreign" },
];

async function pgBackend(): Promise<Backend | null> {
  const url =
    process.env.VIGIL_BENCH_PG_URL ||
    process.env.VIGIL_TEST_PG_URL ||
    "postgres://postgres@127.0.0.1:5432/postgres";
  const schema = `vigil_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch {
    await admin.end().catch(() => {});
    return null;
  }
  // A search that reads more pages than the server's cache holds reads them from the operating
  // system each time, and without autovacuum only Vigil's own VACUUM keeps pages all-visible.
  const shown = await admin.query<{ v: string; cache: string; autovacuum: string }>(
    `SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS cache,
            current_setting('autovacuum') AS autovacuum`,
  );
  await admin.end();
  const { v, cache, autovacuum } = shown.rows[0]!;
  const sep = url.includes("?") ? "&" : "?";
  return {
    name: "postgresql",
    db: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    settings: `PostgreSQL ${v}, shared_buffers ${cache}, autovacuum ${autovacuum}`,
    async cleanup() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

async function measure(
  backend: Backend,
  corpusDir: string,
  files: number,
  rounds: number,
): Promise<Result> {
  const store: StoreService = await openStore({ db: backend.db }, { command: "npm run bench" });
  try {
    gc();
    const counter = summarise();
    let rssAtTenth = 0;
    let seen = 0;
    const t0 = now();
    const cpu0 = process.cpuUsage();
    const main0 = performance.eventLoopUtilization();
    const store0 = store.threadUse?.();
    const { peakRss } = await withPeakRss(async () => {
      for await (const e of ingestSources(store, [corpusDir], {
        maxInputBytes: 64 * 1024 * 1024,
        maxDocumentChars: 5_000_000,
      })) {
        counter.add(e);
        if (++seen === Math.floor(files / 10)) rssAtTenth = process.memoryUsage().rss;
      }
    });
    const seconds = (now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const busy = {
      main: performance.eventLoopUtilization(main0).utilization,
      store: store0 ? store.threadUse!(store0).utilization : null,
    };
    const s = counter.summary();
    // Warm up, then time every query `rounds` times.
    for (const q of QUERIES) await store.search(q);
    const times: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (const q of QUERIES) {
        const t = now();
        await store.search(q);
        times.push(now() - t);
      }
    times.sort((a, b) => a - b);
    return {
      cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / Math.max(1, s.documents),
      docs: s.documents - s.failed,
      bytes: s.bytes,
      seconds,
      peakRss,
      rssAtTenth,
      busy,
      failed: s.failed,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1]!,
      queries: times.length,
    };
  } finally {
    await store.close();
  }
}

export const storeBench: Benchmark = {
  name: "store",
  description:
    "ingest throughput (20,000 generated articles) and search latency, PGlite vs PostgreSQL",
  async run(ctx: BenchContext) {
    const files = Number(process.env.VIGIL_BENCH_DOCS) || (ctx.quick ? 2_000 : 20_000);
    const rounds = ctx.quick ? 5 : 20;
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-store-"));
    try {
      const corpus = generateCorpus(join(work, "corpus"), files);
      ctx.log(
        `corpus: ${fmt(corpus.files, 0)} articles, ${mb(corpus.bytes)} MB, from examples/articles`,
      );
      const backends: Backend[] = [
        { name: "pglite", db: join(work, "pglite"), cleanup: async () => {} },
      ];
      const server = await pgBackend();
      if (server) {
        backends.push(server);
        ctx.log(`server: ${server.settings}`);
      } else ctx.log("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL); PGlite only");
      const results = new Map<string, Result>();
      for (const b of backends) {
        try {
          const r = await measure(b, corpus.dir, files, rounds);
          results.set(b.name, r);
          ctx.log(
            `${b.name}: ${fmt(r.docs, 0)} documents in ${fmt(r.seconds)} s, ${r.failed} failed; ` +
              `search ${r.queries} queries`,
          );
        } finally {
          await b.cleanup();
        }
      }
      const rows: string[][] = [["", ...backends.map((b) => b.name)]];
      const row = (label: string, f: (r: Result) => string) =>
        rows.push([label, ...backends.map((b) => f(results.get(b.name)!))]);
      row("ingest documents/s", (r) => fmt(r.docs / r.seconds));
      row("ingest MB/s", (r) => fmt(r.bytes / 1024 / 1024 / r.seconds, 2));
      row("ingest CPU ms/document", (r) => fmt(r.cpuMsPerDoc, 2));
      const pct = (x: number | null) => (x === null ? "-" : `${fmt(100 * x, 0)}%`);
      row("busy: analysing / store thread", (r) => `${pct(r.busy.main)} / ${pct(r.busy.store)}`);
      row("peak RSS MB (at 10%)", (r) => `${mb(r.peakRss)} (${mb(r.rssAtTenth)})`);
      row("search p50 ms", (r) => fmt(r.p50, 2));
      row("search p95 ms", (r) => fmt(r.p95, 2));
      row("search max ms", (r) => fmt(r.max, 2));
      ctx.log(table(rows));
      const lite = results.get("pglite")!;
      const server2 = results.get("postgresql");
      if (server2)
        ctx.log(
          `ratio postgresql/pglite: ingest ${fmt(server2.docs / server2.seconds / (lite.docs / lite.seconds), 2)}x, ` +
            `search p95 ${fmt(server2.p95 / lite.p95, 2)}x`,
        );
      ctx.log(loadLine());
      ctx.log(
        `targets: ingest >= 200 documents/s embedded: ${lite.docs / lite.seconds >= 200 ? "met" : "NOT met"}; ` +
          `search p95 < 50 ms: ${[...results]
            .map(([name, r]) => `${r.p95 < 50 ? "met" : "NOT met"} on ${name} (${fmt(r.p95, 1)})`)
            .join(", ")}`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
