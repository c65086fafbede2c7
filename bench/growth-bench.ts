// Which reads slow down as the store grows: each read from one client (no queue in front of it) on
// `vigil serve` over PostgreSQL, with the store at one size and at twice or five times that —
// documents for the source, actor and statement reads, cases for the register counts. A read
// whose time grows with the store is one that scans it per request; the slope (ms per 1,000
// documents or cases) is what docs/scaling.md projects to 100,000 articles a day and 10 million
// cases. The baseline is each read at the smaller size, measured in the same run.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJson } from "../src/core/register/json-export.js";
import { syntheticRegister } from "../src/core/register/synthetic.js";
import { createBenchDatabase, type BenchDatabase } from "./bench-postgres.js";
import { type Benchmark, type BenchContext, fmt, loads, percentile, table } from "./harness.js";
import { login, startBenchServer } from "./load-server.js";
import { generateCorpus } from "./news-corpus.js";
import { runVigil } from "./vigil-process.js";

const DOCUMENT_READS: [string, string][] = [
  ["actors (ranked by mentions)", "/api/actors?limit=50"],
  ["actors named", "/api/actors?limit=50&name=lawyer"],
  ["statements", "/api/statements?limit=50"],
  ["statements by speaker", "/api/statements?limit=50&speaker=lawyer"],
  ["sources list", "/api/sources?limit=20"],
  ["source page", "/api/sources/7"],
  ["actor page", "/api/actors/3"],
  ["search", "/api/search?q=teacher&limit=20"],
];

const COUNT_READS: [string, string][] = [
  ["stats", "/api/stats"],
  ["stats by gender and status", "/api/stats?by=gender,status"],
  ["stats by province", "/api/stats?by=province"],
  ["stats series (10 years)", "/api/stats/series?from=2015-01-01&to=2024-12-31&every=year"],
];

const ROUNDS = 12;
const WARM = 2;

interface Timing {
  median: number;
  min: number;
}

/** Each read ROUNDS times, one after another, the first WARM not counted. */
async function timeReads(
  db: BenchDatabase,
  password: string,
  reads: readonly [string, string][],
): Promise<Map<string, Timing>> {
  const server = await startBenchServer(db.url);
  try {
    const { cookie } = await login(server.url, "reader", password);
    const out = new Map<string, Timing>();
    for (const [name, path] of reads) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const t0 = performance.now();
        const r = await fetch(`${server.url}${path}`, { headers: { cookie } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
        if (i >= WARM) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.set(name, { median: percentile(times, 50), min: times[0]! });
    }
    return out;
  } finally {
    await server.process.stop();
  }
}

async function freshDb(tag: string): Promise<{ db: BenchDatabase; password: string }> {
  const db = await createBenchDatabase(tag);
  if (!db) throw new Error("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL)");
  const password = `bench-${randomBytes(12).toString("hex")}`;
  await runVigil(
    ["--db", db.url, "users", "add", "reader", "--role", "viewer", "--password-stdin"],
    {
      input: password,
    },
  );
  return { db, password };
}

function growthTable(
  unit: string,
  small: number,
  large: number,
  a: Map<string, Timing>,
  b: Map<string, Timing>,
): string {
  const rows = [
    [
      "read",
      `${fmt(small, 0)} ${unit}: median`,
      "min",
      `${fmt(large, 0)} ${unit}: median`,
      "min",
      "ratio",
      `ms per 1,000 ${unit}`,
    ],
  ];
  for (const [name, t] of a) {
    const u = b.get(name)!;
    rows.push([
      name,
      fmt(t.median),
      fmt(t.min),
      fmt(u.median),
      fmt(u.min),
      `${fmt(u.median / t.median, 2)}x`,
      fmt(Math.max(0, ((u.median - t.median) / (large - small)) * 1000), 1),
    ]);
  }
  return table(rows);
}

export const growthBench: Benchmark = {
  name: "growth",
  description:
    "reads from one client on PostgreSQL at two store sizes (1,000 and 2,000 articles; 5,000 and 25,000 cases): which grow with the store",
  async run(ctx: BenchContext) {
    const docs = ctx.quick ? [200, 400] : [1_000, 2_000];
    const cases = ctx.quick ? [1_000, 5_000] : [5_000, 25_000];
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-growth-"));
    try {
      ctx.log(
        `each read ${ROUNDS - WARM} times after ${WARM} warm-ups, from one client; load average ${loads()}`,
      );
      const d = await freshDb("growth_docs");
      try {
        const first = generateCorpus(join(work, "a"), docs[0]!);
        const second = generateCorpus(join(work, "b"), docs[1]! - docs[0]!, docs[0]!);
        await runVigil(["--db", d.db.url, "ingest", first.dir]);
        const small = await timeReads(d.db, d.password, DOCUMENT_READS);
        await runVigil(["--db", d.db.url, "ingest", second.dir]);
        const large = await timeReads(d.db, d.password, DOCUMENT_READS);
        ctx.log(`reads over documents (ms); load average ${loads()}`);
        ctx.log(growthTable("documents", docs[0]!, docs[1]!, small, large));
      } finally {
        await d.db.drop();
      }
      const timings: Map<string, Timing>[] = [];
      for (const n of cases) {
        const c = await freshDb("growth_cases");
        try {
          const file = join(work, `register-${n}.json`);
          writeFileSync(
            file,
            exportJson(syntheticRegister({ seed: 8, cases: n }), { includeConfidential: true }),
          );
          const r = await runVigil(["--db", c.db.url, "cases", "import", file]);
          ctx.log(`register of ${fmt(n, 0)} synthetic cases imported in ${fmt(r.seconds)} s`);
          timings.push(await timeReads(c.db, c.password, COUNT_READS));
        } finally {
          await c.db.drop();
        }
      }
      ctx.log(`register counts (ms); load average ${loads()}`);
      ctx.log(growthTable("cases", cases[0]!, cases[1]!, timings[0]!, timings[1]!));
      ctx.log(
        "baseline: each read at the smaller size; a ratio near 1 is a read that does not grow with the store",
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
