// `npm run bench -- --only extraction --against DIR`: this build's extraction passes against
// another build's (DIR: a checkout where `npm run build` has run), in one process, on the same
// documents. The whole-pipeline figures swing by a third on a machine other work shares; this
// alternates rounds of 180 documents between the two builds, so that a burst of load falls on
// both, and reports each pass's CPU time and the median of the per-round ratios. Run it once with
// DIR a second copy of this build (A/A) to see the noise: ratios of one within a few hundredths.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { emptyAnalysis, PASSES, type ExtractionPass } from "../src/core/analyze.js";
import type { DocumentInput } from "../src/core/types.js";
import { buildContext } from "../src/core/text/doc-context.js";
import { fmt, loadLine, table } from "./harness.js";

interface Build {
  passes: readonly ExtractionPass[];
  emptyAnalysis: typeof emptyAnalysis;
  buildContext: typeof buildContext;
}

/**
 * The other build's passes. Its package.json must say `"type": "module"` as this one's does: a
 * build copied without it was loaded as another kind of module and ran a quarter slower in every
 * pass, which an A/B run reads as a gain of the build under test.
 */
export async function loadBuild(dir: string): Promise<Build> {
  const root = resolve(dir);
  const pkg = join(root, "package.json");
  if (
    !existsSync(pkg) ||
    (JSON.parse(readFileSync(pkg, "utf8")) as { type?: string }).type !== "module"
  )
    throw new Error(`${root} must hold the package.json of a checkout ("type": "module")`);
  const entry = join(root, "dist", "src", "core", "analyze.js");
  if (!existsSync(entry)) throw new Error(`no build in ${root}: run npm run build there first`);
  const analyze = (await import(pathToFileURL(entry).href)) as {
    PASSES: ExtractionPass[];
    emptyAnalysis: typeof emptyAnalysis;
  };
  const context = (await import(
    pathToFileURL(join(root, "dist", "src", "core", "text", "doc-context.js")).href
  )) as { buildContext: typeof buildContext };
  return {
    passes: analyze.PASSES,
    emptyAnalysis: analyze.emptyAnalysis,
    buildContext: context.buildContext,
  };
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** CPU microseconds per pass over `docs`, added to `spent`. */
function round(build: Build, docs: readonly DocumentInput[], spent: Map<string, number>): void {
  for (const d of docs) {
    let t = cpu();
    const ctx = build.buildContext(d);
    let u = cpu();
    spent.set("context", (spent.get("context") ?? 0) + u - t);
    const analysis = build.emptyAnalysis();
    for (const pass of build.passes) {
      t = u;
      pass.run(ctx, analysis);
      u = cpu();
      spent.set(pass.name, (spent.get(pass.name) ?? 0) + u - t);
    }
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function compareBuilds(
  dir: string,
  corpus: readonly DocumentInput[],
  rounds: number,
  log: (line: string) => void,
): Promise<void> {
  const builds: Build[] = [{ passes: PASSES, emptyAnalysis, buildContext }, await loadBuild(dir)];
  const docs = Array.from({ length: 180 }, (_, i) => corpus[i % corpus.length]!);
  for (let w = 0; w < 10; w++) for (const b of builds) round(b, docs, new Map());
  const totals = builds.map(() => new Map<string, number>());
  const ratios = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    const spent = builds.map(() => new Map<string, number>());
    // Alternate which goes first: the second of a pair runs with the first's data in the caches.
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) round(builds[k]!, docs, spent[k]!);
    const sum = spent.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    for (const [name, here] of spent[0]!) {
      const there = spent[1]!.get(name) ?? 0;
      ratios.set(name, [...(ratios.get(name) ?? []), here / there]);
      for (const k of [0, 1])
        totals[k]!.set(name, (totals[k]!.get(name) ?? 0) + spent[k]!.get(name)!);
    }
    ratios.set("all", [...(ratios.get("all") ?? []), sum[0]! / sum[1]!]);
  }
  const n = rounds * docs.length;
  const rows = [...totals[0]!.keys(), "all"].map((name) => {
    const per = totals.map((m) =>
      name === "all" ? [...m.values()].reduce((a, b) => a + b, 0) / n : m.get(name)! / n,
    );
    return [name, fmt(per[1]!, 0), fmt(per[0]!, 0), fmt(median(ratios.get(name)!), 3)];
  });
  log(`${rounds} rounds of ${docs.length} documents each, alternating; ${loadLine()}`);
  log(table([["pass", `µs ${dir}`, "µs this build", "this / that (median round)"], ...rows]));
}
