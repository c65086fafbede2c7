import { realpath, readdir, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { join } from "node:path";
import { SourceUnreadable } from "../errors.js";
import { readerFor } from "./readers/index.js";

/** A path named on the command line, expanded: a file to read, or a problem to report. */
export type WalkEntry =
  { kind: "file"; path: string; size: number } | { kind: "error"; name: string; error: Error };

/**
 * The files under `path`: the file itself when it names one, else every file Vigil reads in the
 * folder, recursively, in name order, hidden entries skipped. Symbolic links are followed, but a
 * link back into a folder being walked is reported as a loop rather than walked again (it would
 * otherwise be walked until the path is too long), and a folder reached twice through links is
 * walked once. Only regular files are read: a FIFO would block for ever, `/dev/zero` never ends.
 */
export async function* walkInputs(path: string): AsyncGenerator<WalkEntry> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    yield unreadable(path, reasonOf(err));
    return;
  }
  if (info.isDirectory()) yield* walkDir(path, [], new Set());
  else if (info.isFile()) yield { kind: "file", path, size: info.size };
  else yield unreadable(path, notRegular(info));
}

async function* walkDir(
  dir: string,
  ancestors: readonly string[],
  seen: Set<string>,
): AsyncGenerator<WalkEntry> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = (await readdir(dir)).sort();
  } catch (err) {
    yield unreadable(dir, reasonOf(err));
    return;
  }
  if (ancestors.includes(real)) {
    yield unreadable(dir, "symbolic link loop (leads back to a folder being read)");
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const chain = [...ancestors, real];
  for (const name of names) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      // A broken link or a loop of links is reported only under a name Vigil would have read.
      if (readerFor(path)) yield unreadable(path, reasonOf(err));
      continue;
    }
    if (info.isDirectory()) yield* walkDir(path, chain, seen);
    else if (!readerFor(path)) continue;
    else if (info.isFile()) yield { kind: "file", path, size: info.size };
    else yield unreadable(path, notRegular(info));
  }
}

function unreadable(name: string, reason: string): WalkEntry {
  return { kind: "error", name, error: new SourceUnreadable(name, reason) };
}

export function notRegular(info: Stats): string {
  const what = info.isFIFO()
    ? "a named pipe"
    : info.isCharacterDevice() || info.isBlockDevice()
      ? "a device"
      : info.isSocket()
        ? "a socket"
        : "not a file";
  return `not a regular file (${what})`;
}

export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "no such file or directory";
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  if (e.code === "EISDIR") return "is a directory";
  if (e.code === "ELOOP") return "symbolic link loop";
  if (e.code === "ENAMETOOLONG") return "name too long";
  return e.message ?? String(err);
}
