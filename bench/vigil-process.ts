// Real `vigil` processes for benchmarks (workers, the server, the CLI), started from the built
// launcher exactly as a user runs them, and the CPU time they used, read from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { now } from "./harness.js";

/** bin/vigil.js, from dist/bench/ after `npm run build`. */
export const VIGIL_BIN = fileURLToPath(new URL("../../bin/vigil.js", import.meta.url));

export interface VigilProcess {
  child: ChildProcess;
  /** Resolves when the process has exited (never rejects). */
  exited: Promise<{ code: number | null; signal: string | null; seconds: number }>;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs` if it is still running; resolves once it exited. */
  stop(graceMs?: number): Promise<void>;
}

const KEEP = 64 * 1024;

/**
 * Starts `vigil ARGS…`. Stdout is kept when `keepStdout`, or handed line by line to `onLine` (a
 * server's request log: read for errors, not held).
 */
export function startVigil(
  args: readonly string[],
  opts: {
    env?: Record<string, string>;
    input?: string;
    keepStdout?: boolean;
    onLine?: (line: string) => void;
  } = {},
): VigilProcess {
  const started = now();
  const child = spawn(process.execPath, [VIGIL_BIN, ...args], {
    stdio: [
      opts.input === undefined ? "ignore" : "pipe",
      opts.keepStdout || opts.onLine ? "pipe" : "ignore",
      "pipe",
    ],
    env: { ...process.env, ...opts.env },
  });
  let out = "";
  let err = "";
  // Only the tail is kept: a long run's output is not the bench's to hold.
  let partial = "";
  child.stdout?.on("data", (c: Buffer) => {
    if (opts.keepStdout) out = (out + c.toString()).slice(-KEEP);
    if (!opts.onLine) return;
    const lines = (partial + c.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) opts.onLine(line);
  });
  child.stderr!.on("data", (c: Buffer) => (err = (err + c.toString()).slice(-KEEP)));
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  const exited = new Promise<{ code: number | null; signal: string | null; seconds: number }>(
    (resolve) => {
      child.on("exit", (code, signal) =>
        resolve({ code, signal, seconds: (now() - started) / 1000 }),
      );
      child.on("error", () =>
        resolve({ code: null, signal: null, seconds: (now() - started) / 1000 }),
      );
    },
  );
  return {
    child,
    exited,
    stdout: () => out,
    stderr: () => err,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs `vigil ARGS…` to the end; a non-zero exit is an error carrying its stderr. */
export async function runVigil(
  args: readonly string[],
  opts: { env?: Record<string, string>; input?: string } = {},
): Promise<{ seconds: number; stdout: string; stderr: string }> {
  const p = startVigil(args, { ...opts, keepStdout: true });
  const r = await p.exited;
  if (r.code !== 0)
    throw new Error(
      `vigil ${args.filter((a) => !a.startsWith("postgres")).join(" ")} exited with ${r.code ?? r.signal}: ${p.stderr().trim()}`,
    );
  return { seconds: r.seconds, stdout: p.stdout(), stderr: p.stderr() };
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux build Node supports

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number | "self"): string[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    return s.slice(s.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU seconds of this process's children that have exited and been waited for (cutime + cstime),
 * so the CPU time of a worker process is the difference around its run. Null off Linux.
 */
export function childrenCpuSeconds(): number | null {
  const f = statFields("self");
  // After the name: state(0) … utime(11) stime(12) cutime(13) cstime(14).
  return f ? (Number(f[13]) + Number(f[14])) / TICKS_PER_SECOND : null;
}

/** CPU seconds (user + system) a live process has used so far; null when it is gone. */
export function processCpuSeconds(pid: number): number | null {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND : null;
}

/** The whole machine's CPU ticks, busy and in all, from /proc/stat (null off Linux). */
export function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Share of the machine's CPU busy between two readings (all processes, ours and others'). */
export function busyShare(
  a: { busy: number; total: number } | null,
  b: { busy: number; total: number } | null,
): number | null {
  if (!a || !b || b.total === a.total) return null;
  return (b.busy - a.busy) / (b.total - a.total);
}
