// `npm run bench`: runs the named benchmarks and prints figures with ratios against a baseline
// measured in the same process. `--only NAME[,NAME]` picks some; `--quick` shrinks the corpora;
// `--against DIR` compares the extraction passes with another build's (bench/extraction-against.ts);
// `--batches` compares them one document at a time and in batches (bench/extraction-batches.ts).
import { checkBench } from "./check-bench.js";
import { extractionBench } from "./extraction-bench.js";
import { growthBench } from "./growth-bench.js";
import type { Benchmark } from "./harness.js";
import { loadBench } from "./load-bench.js";
import { readersBench } from "./readers-bench.js";
import { registerBench } from "./register-bench.js";
import { storeBench } from "./store-bench.js";
import { workersBench } from "./workers-bench.js";

export const BENCHMARKS: Benchmark[] = [
  extractionBench,
  readersBench,
  storeBench,
  workersBench,
  loadBench,
  registerBench,
  growthBench,
  checkBench,
];

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const onlyArg =
    argv.find((a) => a.startsWith("--only="))?.slice(7) ??
    (argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined);
  const only = onlyArg ? new Set(onlyArg.split(",")) : null;
  const against =
    argv.find((a) => a.startsWith("--against="))?.slice(10) ??
    (argv.includes("--against") ? (argv[argv.indexOf("--against") + 1] ?? null) : null);
  if (argv.includes("--list")) {
    for (const b of BENCHMARKS) console.log(`${b.name}\t${b.description}`);
    return 0;
  }
  console.log(
    `vigil bench — node ${process.version}, ${new Date().toISOString()}${quick ? " (quick)" : ""}`,
  );
  if (!(globalThis as { gc?: unknown }).gc)
    console.log("note: run with --expose-gc for heap figures after collection");
  let failed = 0;
  for (const b of BENCHMARKS) {
    if (only && !only.has(b.name)) continue;
    console.log(`\n== ${b.name}: ${b.description}`);
    try {
      await b.run({
        quick,
        against,
        batches: argv.includes("--batches"),
        log: (line) => console.log(line),
      });
    } catch (err) {
      failed++;
      console.log(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
