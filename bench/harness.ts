// Shared measuring tools for benchmarks: timing, percentiles, memory sampling, printing.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

export interface BenchContext {
  /** Smaller corpora and fewer repetitions (CI smoke runs, `--quick`). */
  quick: boolean;
  /** `--against DIR`: another build to compare this one with, where a benchmark can. */
  against: string | null;
  /** `--batches`: compare one document at a time with batches, where a benchmark can. */
  batches?: boolean;
  log(line: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak resident set size over a piece of work, sampled every 20 ms. */
export async function withPeakRss<T>(
  work: () => Promise<T> | T,
): Promise<{ result: T; peakRss: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRss: peak };
  } finally {
    clearInterval(timer);
  }
}

export function now(): number {
  return performance.now();
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString("en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** A fixed-width table for terminal output. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  "),
    )
    .join("\n");
}

/** The 1, 5 and 15 minute load averages, one decimal each: "1.2, 0.9, 0.8". */
export function loads(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
}

/** The closing line of a benchmark: how busy the machine was while it ran. */
export function loadLine(): string {
  return `load average during the run: ${loads()} on ${availableParallelism()} cores (other work slows the figures above)`;
}
