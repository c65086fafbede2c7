// Times each of the store benchmark's searches on one store, query by query: ROUNDS runs of a
// query in a row (after one warm-up pass over all of them), the medians of its time and of the
// process's CPU time printed (all threads, PGlite's too: less moved by other work on the
// machine). A directory that does not exist yet is filled first with DOCS generated articles
// (bench/news-corpus.ts) through `vigil ingest`'s path. Setting `VIGIL_DB_CACHE_MB` compares cache sizes on the same store.
//   node --import tsx scripts/search-latency.ts DIR [DOCS] [ROUNDS]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QUERIES } from "../bench/store-bench.js";
import { generateCorpus } from "../bench/news-corpus.js";
import { loadConfig } from "../src/config.js";
import { ingestSources } from "../src/ingest/ingest-service.js";
import { isPostgresUrl } from "../src/store/db.js";
import { openStore } from "../src/store/open-store.js";

const [dir, docsArg, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: search-latency.ts DIR [DOCS] [ROUNDS]");
const rounds = Number(roundsArg ?? 5);
const config = { ...loadConfig(), db: dir };
// A server URL names a store already filled.
const fresh = !isPostgresUrl(dir) && !existsSync(dir);
const store = await openStore(config, { command: "search-latency" });
try {
  if (fresh) {
    const work = mkdtempSync(join(tmpdir(), "vigil-search-latency-"));
    try {
      const corpus = generateCorpus(work, Number(docsArg ?? 20_000));
      const t0 = performance.now();
      let n = 0;
      for await (const e of ingestSources(store, [corpus.dir], config)) if (e.ok) n++;
      const s = (performance.now() - t0) / 1000;
      console.log(`ingested ${n} documents in ${s.toFixed(1)} s (${(n / s).toFixed(1)}/s)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  for (const q of QUERIES) await store.search(q);
  for (const q of QUERIES) {
    const times: number[] = [];
    const cpu: number[] = [];
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      const c = process.cpuUsage();
      hits = (await store.search(q)).hits.length;
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${median(times).toFixed(1).padStart(7)} ms  ${median(cpu).toFixed(1).padStart(7)} ms CPU  ${hits} hits  ${JSON.stringify(q)}`,
    );
  }
} finally {
  await store.close();
}
