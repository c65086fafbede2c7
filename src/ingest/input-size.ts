import { readerFor } from "./readers/index.js";
import { walkInputs } from "./walk.js";

/**
 * Total bytes of the files `readSources` will read (the same walk: known extensions, no hidden
 * entries, each folder once), for a progress bar's percentage and ETA. Standard input and
 * unreadable paths count nothing; an estimate, never an error.
 */
export async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === "-") continue;
    for await (const entry of walkInputs(p)) {
      if (entry.kind === "file" && (entry.path === p || readerFor(entry.path))) total += entry.size;
    }
  }
  return total;
}
