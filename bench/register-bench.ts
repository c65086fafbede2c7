// Register benchmark: a generated register of 1,000,000 people and about 5,000,000 records
// (`--quick`: 20,000 and about 100,000), loaded into PGlite (embedded) and, in the same run, into a
// PostgreSQL database created for the run and dropped after it. Then as-of counts by status,
// gender and charge through `registerStats` (what `vigil stats` and the API call) over a set of
// days: p50/p95, against two baselines measured in the same process — the same counts read from
// the history rows (`countFromHistory`, the path before the rollup) on the same data, and the
// core's in-memory `countPrepared` over the first part of the register.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOGUE_STATUTES } from "../src/core/register/catalogue-statutes.js";
import { countPrepared, prepareRegister } from "../src/core/register/count.js";
import { syntheticRegister } from "../src/core/register/synthetic.js";
import { createDb, type Db } from "../src/store/db.js";
import { counting, groupFields, statusFilter } from "../src/store/register/count-options.js";
import { countFromHistory, type CountRequest } from "../src/store/register/count-history.js";
import { runner } from "../src/store/register/register-sql.js";
import { registerStats } from "../src/store/register/register-stats.js";
import type { RegisterCount, StatsQuery } from "../src/store/register/register-types.js";
import { createBenchDatabase } from "./bench-postgres.js";
import {
  type Benchmark,
  type BenchContext,
  fmt,
  loadLine,
  mb,
  now,
  percentile,
  table,
} from "./harness.js";
import { loadRegister, type LoadResult } from "./register-load.js";

const SEED = 20_240_601;

/** The breakdowns asked: status × gender × charge, whole and in parts, with filters. */
const QUERIES: Omit<StatsQuery, "asOf">[] = [
  { by: ["status"] },
  { status: "detained", by: ["gender"] },
  { status: "detained", by: ["charge"] },
  { status: "detained", charge: "117" },
  { by: ["status", "gender"] },
  { by: ["status", "gender", "charge"] },
];

/** Mid-year and year-end days across the generated stories (2005-2023) and after. */
const DAYS = [
  "2006-06-30",
  "2008-12-31",
  "2010-06-30",
  "2012-12-31",
  "2014-06-30",
  "2016-12-31",
  "2018-06-30",
  "2020-12-31",
  "2021-04-22",
  "2022-06-30",
  "2024-12-31",
  "2030-01-01",
];

interface Timing {
  p50: number;
  p95: number;
  n: number;
}

interface Result {
  load: LoadResult;
  sizes: Record<string, number>;
  rollup: Timing;
  history: Timing;
  /** Counts compared between the two paths, and how many differed. */
  compared: number;
  differing: number;
}

function timing(times: number[]): Timing {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), n: s.length };
}

function historyRequest(q: StatsQuery): CountRequest {
  const c = counting(q);
  return {
    counting: c,
    variant: 1,
    asOf: q.asOf,
    by: groupFields(q.by),
    status: q.status ?? null,
    statuses: statusFilter(q.status, c.rules),
    list: false,
  };
}

const figures = (r: RegisterCount) =>
  JSON.stringify([r.total, r.byStatus, r.groups.map((g) => [g.key, g.count])]);

async function tableSizes(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ name: string; bytes: number }>(
    `SELECT relname AS name, pg_total_relation_size(oid)::bigint AS bytes FROM pg_class
     WHERE relname = ANY($1::text[]) AND relkind = 'r'`,
    [["cases", "case_events", "case_event_charges", "case_history", "case_count_blocks"]],
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
}

async function measure(ctx: BenchContext, db: Db, people: number): Promise<Result> {
  const load = await loadRegister(db, { people, seed: SEED, log: ctx.log });
  const sizes = await tableSizes(db);
  const rounds = ctx.quick ? 2 : 3;
  // Warm up: the first count of each breakdown plans and reads the pages it needs.
  for (const q of QUERIES) await registerStats(db, { ...q, asOf: DAYS[0]! });
  const fast: number[] = [];
  const answers = new Map<string, string>();
  for (let r = 0; r < rounds; r++)
    for (const asOf of DAYS)
      for (const q of QUERIES) {
        const t = now();
        const got = await registerStats(db, { ...q, asOf });
        fast.push(now() - t);
        if (got.method !== "rollup") throw new Error(`expected a rollup count, got ${got.method}`);
        answers.set(JSON.stringify([q, asOf]), figures(got));
      }
  // The baseline reads every row in force: fewer days at full size, where each count takes seconds.
  const slowDays = ctx.quick ? DAYS : DAYS.filter((_, i) => i % 3 === 1);
  const slow: number[] = [];
  let differing = 0;
  const run = runner(db.orm);
  for (const asOf of slowDays)
    for (const q of QUERIES) {
      const t = now();
      const got = await countFromHistory(run, historyRequest({ ...q, asOf }));
      slow.push(now() - t);
      if (figures(got) !== answers.get(JSON.stringify([q, asOf]))) differing++;
    }
  return {
    load,
    sizes,
    rollup: timing(fast),
    history: timing(slow),
    compared: slow.length,
    differing,
  };
}

/** The core's count over the first part of the register, timelines prepared once. */
function coreBaseline(people: number): { people: number; timing: Timing } {
  const register = syntheticRegister({
    seed: SEED,
    cases: people,
    first: 0,
    idDigits: String(people).length,
    incidents: 1.65,
  });
  const prepared = prepareRegister(register);
  const times: number[] = [];
  for (const asOf of DAYS)
    for (const q of QUERIES) {
      const t = now();
      countPrepared(prepared, asOf, {
        by: q.by,
        status: q.status,
        charge: q.charge,
        statutes: CATALOGUE_STATUTES,
      });
      times.push(now() - t);
    }
  return { people, timing: timing(times) };
}

export const registerBench: Benchmark = {
  name: "register",
  description:
    "as-of counts by status × gender × charge on a generated register of 1,000,000 people, PGlite vs PostgreSQL",
  async run(ctx: BenchContext) {
    const people = Number(process.env.VIGIL_BENCH_PEOPLE) || (ctx.quick ? 20_000 : 1_000_000);
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-register-"));
    const results = new Map<string, Result>();
    try {
      const backends: { name: string; open(): Promise<{ db: Db; done(): Promise<void> }> }[] = [
        {
          name: "pglite",
          open: async () => {
            const db = await createDb({ db: join(work, "pglite") });
            return { db, done: () => db.close() };
          },
        },
      ];
      const server = await createBenchDatabase("register");
      if (server)
        backends.push({
          name: "postgresql",
          open: async () => {
            const db = await createDb({ db: server.url });
            return {
              db,
              done: async () => {
                await db.close();
                await server.drop();
              },
            };
          },
        });
      else ctx.log("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL); PGlite only");
      for (const b of backends) {
        ctx.log(`${b.name}: loading ${fmt(people, 0)} people`);
        const { db, done } = await b.open();
        try {
          results.set(b.name, await measure(ctx, db, people));
        } finally {
          await done();
        }
      }
      const names = [...results.keys()];
      const rows: string[][] = [["", ...names]];
      const row = (label: string, f: (r: Result) => string) =>
        rows.push([label, ...names.map((n) => f(results.get(n)!))]);
      row("people", (r) => fmt(r.load.people, 0));
      row("records (events)", (r) => fmt(r.load.events, 0));
      row("history rows", (r) => fmt(r.load.historyRows, 0));
      row(
        "write s (records/s)",
        (r) => `${fmt(r.load.writeSeconds)} (${fmt(r.load.events / r.load.writeSeconds, 0)})`,
      );
      row("index build s", (r) => fmt(r.load.indexSeconds));
      row("rollup build s", (r) => fmt(r.load.rollupSeconds));
      row(
        "history MB / rollup MB",
        (r) => `${mb(r.sizes.case_history ?? 0)} / ${mb(r.sizes.case_count_blocks ?? 0)}`,
      );
      row("rollup count p50 ms", (r) => fmt(r.rollup.p50, 2));
      row("rollup count p95 ms", (r) => fmt(r.rollup.p95, 2));
      row("  counts timed", (r) => fmt(r.rollup.n, 0));
      row("baseline: history rows p50 ms", (r) => fmt(r.history.p50, 1));
      row("baseline: history rows p95 ms", (r) => fmt(r.history.p95, 1));
      row("  counts timed", (r) => fmt(r.history.n, 0));
      row("p50 ratio history/rollup", (r) => `${fmt(r.history.p50 / r.rollup.p50, 0)}x`);
      row("same figures both ways", (r) => `${r.compared - r.differing}/${r.compared}`);
      ctx.log(table(rows));
      const core = coreBaseline(Math.min(people, 20_000));
      ctx.log(
        `baseline: core countPrepared over ${fmt(core.people, 0)} people in memory (timelines prepared once): ` +
          `p50 ${fmt(core.timing.p50, 1)} ms, p95 ${fmt(core.timing.p95, 1)} ms`,
      );
      ctx.log(loadLine());
      const lite = results.get("pglite")!;
      ctx.log(
        `target: count p50 < 100 ms embedded: ${lite.rollup.p50 < 100 ? "met" : "NOT met"} ` +
          `(${fmt(lite.rollup.p50, 1)} ms on ${fmt(people, 0)} people)`,
      );
      const wrong = [...results.values()].reduce((n, r) => n + r.differing, 0);
      if (wrong > 0)
        throw new Error(`${wrong} counts differ between the rollup and the history rows`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
