// One load phase: autocannon clients against a running server for a fixed time, with latency
// percentiles over every response (all and per kind of read), status counts, the server's and
// PostgreSQL's CPU time, and the machine's load while it ran.
import autocannon, { type AutocannonRequest } from "autocannon";
import { loadavg } from "node:os";
import { type BenchDatabase, sampleBackendCpu } from "./bench-postgres.js";
import { percentile } from "./harness.js";
import { busyShare, machineTicks, processCpuSeconds } from "./vigil-process.js";

export interface Latencies {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadFigures {
  seconds: number;
  responses: number;
  perSecond: number;
  latency: Latencies;
  kinds: Map<string, Latencies>;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
  statuses: Record<string, number>;
  /** The first few 5xx answers, with the kind of read that got them. */
  failures: string[];
  serverCpu: number | null;
  pgCpu: number | null;
  busy: number | null;
  load: number;
}

function latencies(times: number[]): Latencies {
  times.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
  };
}

export async function runLoad(opts: {
  url: string;
  requests: AutocannonRequest[];
  seconds: number;
  connections: number;
  serverPid: number;
  db: BenchDatabase | null;
}): Promise<LoadFigures> {
  const all: number[] = [];
  const kinds = new Map<string, number[]>();
  const failures: string[] = [];
  const requests = opts.requests.map((r) => ({
    ...r,
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      if (status >= 500 && failures.length < 10)
        failures.push(`${String(context.kind ?? r.label)}: ${status} ${body.slice(0, 300)}`);
    },
  }));
  const cpu0 = processCpuSeconds(opts.serverPid);
  const ticks0 = machineTicks();
  const pg = opts.db ? sampleBackendCpu(opts.db) : null;
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    requests,
  });
  instance.on("response", (client, _status, _bytes, ms) => {
    all.push(ms);
    const it = client.requestIterator;
    const kind = String(it.context.kind ?? it.currentRequest.label ?? "other");
    let list = kinds.get(kind);
    if (!list) kinds.set(kind, (list = []));
    list.push(ms);
  });
  const result = await instance;
  const cpu1 = processCpuSeconds(opts.serverPid);
  const pgCpu = pg ? await pg.stop() : null;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  const status5xx = Object.entries(statuses)
    .filter(([code]) => Number(code) >= 500)
    .reduce((a, [, n]) => a + n, 0);
  return {
    seconds: result.duration,
    responses: all.length,
    perSecond: all.length / result.duration,
    latency: latencies(all),
    kinds: new Map([...kinds].map(([k, t]) => [k, latencies(t)])),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx,
    statuses,
    failures,
    serverCpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    pgCpu,
    busy: busyShare(ticks0, machineTicks()),
    load: loadavg()[0]!,
  };
}
