import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { readerFor } from "./readers/index.js";

/**
 * Total bytes of the files `readSources` will read (the same walk: known extensions, no hidden
 * entries), for a progress bar's percentage and ETA. Standard input and unreadable paths count
 * nothing; an estimate, never an error.
 */
export async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  const visit = async (p: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      let names: string[] = [];
      try {
        names = await readdir(p);
      } catch {
        return;
      }
      for (const n of names) {
        if (n.startsWith(".") || n === "node_modules") continue;
        await visit(join(p, n), false);
      }
    } else if (named || readerFor(p)) total += info.size;
  };
  for (const p of paths) if (p !== "-") await visit(p, true);
  return total;
}
