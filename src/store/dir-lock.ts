import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DbLocked } from "../errors.js";

// Two processes on one PGlite directory silently corrupt it (duplicate primary keys, broken
// indexes), so the directory is locked: a file created with O_EXCL holding who owns it. A holder
// that died without cleaning up (kill -9, power loss) is detected by its pid on this host and the
// lock is taken over; a live holder, or one on another host sharing the directory, stops us.

export const LOCK_FILE = "vigil.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  since: string;
  /** When the holding process started (ms since the epoch), to tell a reused pid apart. */
  processStart?: number;
}

const PROCESS_START = Math.round(Date.now() - process.uptime() * 1000);

export interface DirLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

/** Locks this process holds, released on exit and on fatal signals. */
const held = new Map<string, string>();

export function acquireDirLock(dir: string, command: string): DirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  if (held.has(path)) throw new DbLocked(dir, describe(parse(held.get(path)!)!, true));
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    command,
    since: new Date().toISOString(),
    processStart: PROCESS_START,
  };
  const content = JSON.stringify(holder) + "\n";
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(path, content)) {
      held.set(path, content);
      installExitHandlers();
      return { path, holder, release: () => release(path) };
    }
    const existing = readOrNull(path);
    if (existing === null) continue; // released between our open and our read
    const other = parse(existing);
    if (other === null) {
      // Being written by a process that just created it, or garbage left by a crash mid-write.
      if (ageMs(path) < 5_000) {
        sleep(20);
        continue;
      }
    } else if (isAlive(other)) {
      throw new DbLocked(dir, describe(other, other.pid === process.pid));
    }
    breakStale(path, existing);
  }
  throw new DbLocked(dir, "another process (the lock file keeps changing)");
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, guarded by a second O_EXCL file so that two processes breaking the same
 * stale lock cannot remove the fresh lock one of them has just created.
 */
function breakStale(path: string, staleContent: string): void {
  const guard = path + ".break";
  if (!tryCreate(guard, String(process.pid))) {
    if (ageMs(guard) > 5_000) unlinkQuiet(guard);
    else sleep(20);
    return;
  }
  try {
    if (readOrNull(path) === staleContent) unlinkQuiet(path);
  } finally {
    unlinkQuiet(guard);
  }
}

function release(path: string): void {
  const mine = held.get(path);
  if (mine === undefined) return;
  held.delete(path);
  if (readOrNull(path) === mine) unlinkQuiet(path);
}

function isAlive(h: LockHolder): boolean {
  if (h.hostname !== hostname()) return true; // cannot tell: assume it is
  // Our own pid: this process (another thread), or a previous process that had the same pid
  // (containers restart as pid 1): the process start time tells them apart.
  if (h.pid === process.pid) return Math.abs((h.processStart ?? 0) - PROCESS_START) < 2_000;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(h: LockHolder, self: boolean): string {
  const who = self ? `this process (pid ${h.pid})` : `pid ${h.pid} on ${h.hostname}`;
  return `${who}, running "${h.command}" since ${h.since}`;
}

function parse(content: string): LockHolder | null {
  try {
    const v = JSON.parse(content) as Partial<LockHolder>;
    if (typeof v.pid !== "number" || typeof v.hostname !== "string") return null;
    return {
      pid: v.pid,
      hostname: v.hostname,
      command: String(v.command ?? "?"),
      since: String(v.since ?? "?"),
      ...(typeof v.processStart === "number" ? { processStart: v.processStart } : {}),
    };
  } catch {
    return null;
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let installed = false;

function releaseAll(): void {
  for (const path of [...held.keys()]) release(path);
}

/**
 * Releases held locks when the process ends: on exit, and on SIGINT/SIGTERM/SIGHUP when nobody
 * else handles them (then the signal is raised again so the process ends as it would have). A
 * command that handles the signal itself (a server, `vigil feeds run`) goes on writing until it
 * closes the store, which releases the lock: releasing it here would let another process open
 * the directory meanwhile.
 */
function installExitHandlers(): void {
  if (installed) return;
  installed = true;
  process.once("exit", releaseAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = (): void => {
      if (process.listenerCount(signal) === 1) {
        releaseAll();
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}
