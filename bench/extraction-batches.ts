// `npm run bench -- --only extraction --batches`: this build's passes run one document at a time
// (`analyze`) against the same passes run over batches (`analyzeBatch`), in one process, rounds
// alternating, CPU time of every pass call. The whole-pipeline rows swing by a third on a machine
// other work shares; this gives each pass's time both ways and the median of the round ratios.
import { analyze, analyzeBatch, PASSES, type ExtractionPass } from "../src/core/analyze.js";
import type { DocumentInput } from "../src/core/types.js";
import { fmt, loadLine, table } from "./harness.js";

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export function compareBatches(
  corpus: readonly DocumentInput[],
  rounds: number,
  log: (line: string) => void,
): void {
  // A batch of distinct texts (the example corpus has 18), so that none is found already read.
  const size = Math.min(16, corpus.length);
  const docs = Array.from({ length: size * 12 }, (_, i) => corpus[i % corpus.length]!);
  let spent = new Map<string, number>();
  const timed: ExtractionPass[] = PASSES.map((p) => ({
    name: p.name,
    run(ctx, analysis) {
      const t = cpu();
      p.run(ctx, analysis);
      spent.set(p.name, (spent.get(p.name) ?? 0) + cpu() - t);
    },
  }));
  const modes = [
    () => {
      for (const d of docs) analyze(d, timed);
    },
    () => {
      for (let i = 0; i < docs.length; i += size) analyzeBatch(docs.slice(i, i + size), timed);
    },
  ];
  for (let w = 0; w < 4; w++) for (const m of modes) m();
  const totals = [new Map<string, number>(), new Map<string, number>()];
  const ratios = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    const round: Map<string, number>[] = [];
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      spent = new Map();
      const t = cpu();
      modes[k]!();
      spent.set("all", cpu() - t);
      round[k] = spent;
    }
    for (const [name, one] of round[0]!) {
      ratios.set(name, [...(ratios.get(name) ?? []), round[1]!.get(name)! / one]);
      for (const k of [0, 1])
        totals[k]!.set(name, (totals[k]!.get(name) ?? 0) + round[k]!.get(name)!);
    }
  }
  const n = rounds * docs.length;
  log(
    `${rounds} rounds of ${docs.length} documents, batches of ${size}, alternating; ${loadLine()}`,
  );
  log(
    table([
      ["pass", "µs one at a time", "µs in batches", "batches / one at a time (median round)"],
      ...[...totals[0]!.keys()].map((name) => [
        name,
        fmt(totals[0]!.get(name)! / n, 0),
        fmt(totals[1]!.get(name)! / n, 0),
        fmt(median(ratios.get(name)!), 3),
      ]),
    ]),
  );
}
