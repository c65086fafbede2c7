// The load benchmark's tables: figures per phase side by side, latency per kind of read.
import { fmt, table } from "./harness.js";
import { READ_KINDS } from "./load-requests.js";
import type { LoadFigures } from "./load-run.js";

export function figuresTable(phases: readonly [string, LoadFigures][]): string {
  const rows: string[][] = [["", ...phases.map(([n]) => n)]];
  const row = (label: string, f: (p: LoadFigures) => string) =>
    rows.push([label, ...phases.map(([, p]) => f(p))]);
  const perReq = (v: number | null, p: LoadFigures) =>
    v === null ? "n/a" : fmt((v * 1000) / Math.max(1, p.responses), 2);
  row("requests/s", (p) => fmt(p.perSecond));
  row("responses", (p) => fmt(p.responses, 0));
  row("latency p50 ms", (p) => fmt(p.latency.p50));
  row("latency p95 ms", (p) => fmt(p.latency.p95));
  row("latency p99 ms", (p) => fmt(p.latency.p99));
  row("latency max ms", (p) => fmt(p.latency.max));
  row("errors (no answer)", (p) => `${p.errors} (${p.timeouts} timeouts)`);
  row("non-2xx", (p) => String(p.non2xx));
  row("5xx", (p) => String(p.status5xx));
  row("server CPU ms/request", (p) => perReq(p.serverCpu, p));
  row("PostgreSQL CPU ms/request", (p) => perReq(p.pgCpu, p));
  row("machine busy", (p) => (p.busy === null ? "n/a" : `${fmt(p.busy * 100, 0)} %`));
  row("load avg (1 min) at end", (p) => p.load.toFixed(1));
  return table(rows);
}

export function kindsTable(phases: readonly [string, LoadFigures][]): string {
  const rows: string[][] = [["read", ...phases.flatMap(([n]) => [`${n} n`, "p50", "p95", "p99"])]];
  for (const kind of READ_KINDS)
    rows.push([
      kind,
      ...phases.flatMap(([, p]) => {
        const k = p.kinds.get(kind);
        return k ? [fmt(k.n, 0), fmt(k.p50), fmt(k.p95), fmt(k.p99)] : ["", "", "", ""];
      }),
    ]);
  return table(rows);
}
