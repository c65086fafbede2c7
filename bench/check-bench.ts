// Check benchmark: `vigil check` (the store's `checkClaim`, the service the CLI and the API call)
// on a store of 20,000 generated articles and a register of 1,000,000 generated people
// (`--quick`: 1,000 and 10,000), on PGlite (embedded, in its worker thread as the CLI runs it) and
// on a PostgreSQL database created for the run and dropped after it. Each typed claim is checked a
// few times; time per check, against the same claims on the example store (our 18 articles and
// example register) measured in the same process as the baseline.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSources, summarise } from "../src/ingest/ingest-service.js";
import type { ClaimCheckRequest } from "../src/store/check/check-types.js";
import { createDb } from "../src/store/db.js";
import { openStore } from "../src/store/open-store.js";
import type { StoreService } from "../src/store/store-types.js";
import { EXAMPLES_DIR } from "./corpus.js";
import { createBenchDatabase } from "./bench-postgres.js";
import {
  type Benchmark,
  type BenchContext,
  fmt,
  loadLine,
  now,
  percentile,
  table,
} from "./harness.js";
import { generateCorpus } from "./news-corpus.js";
import { loadRegister } from "./register-load.js";

const REGISTER_DIR = new URL("../../examples/register/", import.meta.url).pathname;

/** Typed claims of every kind the checker knows, in our own words. */
const CLAIMS: (ClaimCheckRequest & { label: string })[] = [
  {
    label: "no one detained for views",
    text: "Nobody in Vietnam is arrested or put on trial simply for expressing their opinions.",
    date: "2021-06-24",
    jurisdiction: "VN",
  },
  {
    label: "no prisoners of conscience",
    text: "There are no so-called prisoners of conscience in this country.",
    date: "2019-11-05",
    jurisdiction: "VN",
  },
  {
    label: "cooperates with the UN",
    text: "Vietnam cooperates actively and fully with the UN human rights mechanisms.",
    date: "2021-03-30",
    jurisdiction: "VN",
  },
  {
    label: "detainees' rights secured",
    text: "The rights of all detainees are fully secured, in strict accordance with the law.",
    date: "2020-10-12",
    jurisdiction: "VN",
  },
  {
    label: "report rejected",
    text: "The report is biased and based on unverified information.",
    date: "2021-04-28",
    jurisdiction: "VN",
  },
  {
    label: "speech respected",
    text: "Freedom of speech is guaranteed and respected in practice.",
    date: "2022-01-15",
    jurisdiction: "VN",
  },
  {
    label: "numeric: political prisoners",
    text: "Vietnam holds 150 political prisoners.",
    date: "2021-04-22",
    jurisdiction: "VN",
  },
  {
    label: "numeric: women detained",
    text: "More than 40 women are detained for their activism.",
    date: "2020-12-31",
    jurisdiction: "VN",
  },
  {
    label: "numeric: Article 117",
    text: "Only 12 people are held under Article 117.",
    date: "2022-06-30",
    jurisdiction: "VN",
  },
  {
    label: "numeric: arrests in a year",
    text: "Fewer than 30 activists were arrested in 2020.",
    date: "2021-01-10",
    jurisdiction: "VN",
  },
  {
    label: "numeric: internet users",
    text: "More than 70% of the population use the Internet.",
    date: "2021-05-01",
    jurisdiction: "VN",
  },
];

interface Result {
  /** Per claim, its times in ms. */
  times: number[][];
  /** The first check (derives the check facts of every stored document). */
  firstMs: number;
  docs: number;
  people: number;
}

async function timeChecks(
  store: StoreService,
  rounds: number,
): Promise<Omit<Result, "docs" | "people">> {
  const t0 = now();
  await store.checkClaim(CLAIMS[0]!);
  const firstMs = now() - t0;
  const times: number[][] = CLAIMS.map(() => []);
  for (let r = 0; r < rounds; r++)
    for (const [i, c] of CLAIMS.entries()) {
      const { label: _, ...req } = c;
      const t = now();
      await store.checkClaim(req);
      times[i]!.push(now() - t);
    }
  return { times, firstMs };
}

async function ingest(store: StoreService, dir: string): Promise<number> {
  const counter = summarise();
  for await (const e of ingestSources(store, [dir], {
    maxInputBytes: 64 * 1024 * 1024,
    maxDocumentChars: 5_000_000,
  }))
    counter.add(e);
  const s = counter.summary();
  return s.documents - s.failed;
}

/** The baseline: the example articles and the example register in an embedded store. */
async function exampleStore(work: string, rounds: number): Promise<Result> {
  const store = await openStore({ db: join(work, "examples") }, { command: "npm run bench" });
  try {
    const docs = await ingest(store, EXAMPLES_DIR);
    const files = ["cases.csv", "events.csv"].map((file) => ({
      file,
      text: readFileSync(join(REGISTER_DIR, file), "utf8"),
    }));
    const imported = await store.casesImport({ files });
    return { ...(await timeChecks(store, rounds)), docs, people: imported.cases.added };
  } finally {
    await store.close();
  }
}

async function measure(
  ctx: BenchContext,
  location: string,
  corpus: string,
  people: number,
  rounds: number,
): Promise<Result> {
  const t0 = now();
  const db = await createDb({ db: location });
  try {
    await loadRegister(db, { people, seed: 20_240_602, log: ctx.log });
  } finally {
    await db.close();
  }
  ctx.log(`  register loaded in ${fmt((now() - t0) / 1000)} s`);
  const store = await openStore({ db: location }, { command: "npm run bench" });
  try {
    const t1 = now();
    const docs = await ingest(store, corpus);
    ctx.log(`  ${fmt(docs, 0)} documents ingested in ${fmt((now() - t1) / 1000)} s`);
    return { ...(await timeChecks(store, rounds)), docs, people };
  } finally {
    await store.close();
  }
}

const all = (r: Result) => r.times.flat().sort((a, b) => a - b);
const p50 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export const checkBench: Benchmark = {
  name: "check",
  description:
    "vigil check per typed claim on 20,000 documents and 1,000,000 cases, PGlite vs PostgreSQL",
  async run(ctx: BenchContext) {
    const files = Number(process.env.VIGIL_BENCH_DOCS) || (ctx.quick ? 1_000 : 20_000);
    const people = Number(process.env.VIGIL_BENCH_PEOPLE) || (ctx.quick ? 10_000 : 1_000_000);
    const rounds = ctx.quick ? 2 : 3;
    const work = mkdtempSync(join(tmpdir(), "vigil-bench-check-"));
    try {
      const corpus = generateCorpus(join(work, "corpus"), files);
      ctx.log(
        `corpus: ${fmt(corpus.files, 0)} articles from examples/articles; ${fmt(people, 0)} people`,
      );
      const results = new Map<string, Result>();
      results.set("examples (baseline)", await exampleStore(work, rounds));
      ctx.log(`pglite:`);
      results.set("pglite", await measure(ctx, join(work, "pglite"), corpus.dir, people, rounds));
      const server = await createBenchDatabase("check");
      if (server) {
        ctx.log(`postgresql:`);
        try {
          results.set("postgresql", await measure(ctx, server.url, corpus.dir, people, rounds));
        } finally {
          await server.drop();
        }
      } else ctx.log("PostgreSQL: no server answered (set VIGIL_BENCH_PG_URL); PGlite only");
      const names = [...results.keys()];
      const rows: string[][] = [["ms per check (p50 of rounds)", ...names]];
      rows.push([
        "documents / people",
        ...names.map((n) => {
          const r = results.get(n)!;
          return `${fmt(r.docs, 0)} / ${fmt(r.people, 0)}`;
        }),
      ]);
      rows.push([
        "first check (derives facts)",
        ...names.map((n) => fmt(results.get(n)!.firstMs, 0)),
      ]);
      for (const [i, c] of CLAIMS.entries())
        rows.push([c.label, ...names.map((n) => fmt(p50(results.get(n)!.times[i]!), 0))]);
      rows.push([
        "all checks p50",
        ...names.map((n) => fmt(percentile(all(results.get(n)!), 50), 0)),
      ]);
      rows.push([
        "all checks p95",
        ...names.map((n) => fmt(percentile(all(results.get(n)!), 95), 0)),
      ]);
      rows.push(["all checks max", ...names.map((n) => fmt(all(results.get(n)!).at(-1)!, 0))]);
      ctx.log(table(rows));
      const base = results.get("examples (baseline)")!;
      for (const n of names.slice(1))
        ctx.log(
          `ratio ${n}/examples: p50 ${fmt(percentile(all(results.get(n)!), 50) / percentile(all(base), 50), 1)}x`,
        );
      ctx.log(loadLine());
      const slow = names
        .slice(1)
        .flatMap((n) =>
          CLAIMS.filter((_, i) => p50(results.get(n)!.times[i]!) >= 1000).map(
            (c) => `${n}: ${c.label}`,
          ),
        );
      ctx.log(
        `target: every check < 1 s: ${slow.length === 0 ? "met" : `NOT met (${slow.join("; ")})`}`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
