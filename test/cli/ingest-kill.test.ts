import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { COUNTED_TABLES } from "../../src/store/store-service.js";
import { describeBackends } from "../helpers/store.js";
import { documentCounts } from "../helpers/store-snapshot.js";
import { tempDir } from "../helpers/tmp.js";

const CLI = new URL("../helpers/vigil-src.ts", import.meta.url).pathname;
const EXAMPLES = new URL("../../examples/articles/", import.meta.url).pathname;
const FILES = 160;

/** Many distinct documents made from the example articles (each marked with its number). */
function corpus(): string {
  const dir = tempDir();
  const examples = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith(".md"))
    .map((n) => readFileSync(join(EXAMPLES, n), "utf8"));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(
      join(dir, `doc-${String(i).padStart(4, "0")}.md`),
      `${examples[i % examples.length]}\n\nArchive copy ${i}.\n`,
    );
  }
  return dir;
}

function vigil(
  args: string[],
  killAfterLines?: number,
): Promise<{ code: number | null; signal: string | null; lines: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let lines = 0;
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.on("data", (c: Buffer) => {
      lines += c.toString().split("\n").length - 1;
      if (killAfterLines !== undefined && lines >= killAfterLines) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`vigil exited ${code}: ${stderr}`));
      else resolve({ code, signal, lines });
    });
  });
}

/** Every table's row count, and each document's extraction counts by content hash. */
async function snapshot(
  db: string,
): Promise<{ tables: Record<string, number>; perDocument: Record<string, string> }> {
  const d = await createDb({ db });
  try {
    const tables: Record<string, number> = {};
    for (const t of COUNTED_TABLES)
      tables[t] = (await d.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n;
    const perDocument = await documentCounts(d);
    return { tables, perDocument };
  } finally {
    await d.close();
  }
}

describeBackends("vigil ingest killed with SIGKILL", (fresh) => {
  it("leaves no partial document, and running it again gives the store a clean run gives", async () => {
    const dir = corpus();
    const clean = await fresh();
    await vigil(["--db", clean, "ingest", "--json", dir]);
    const expected = await snapshot(clean);
    expect(Object.keys(expected.perDocument)).toHaveLength(FILES);

    const killed = await fresh();
    const run = await vigil(["--db", killed, "ingest", "--json", dir], 40);
    expect(run.signal).toBe("SIGKILL");
    const partial = await snapshot(killed);
    const stored = Object.keys(partial.perDocument);
    expect(stored.length).toBeGreaterThanOrEqual(39);
    expect(stored.length).toBeLessThan(FILES);
    // Every document that made it has all of its extractions: the same as in the clean run.
    for (const sha of stored) expect(partial.perDocument[sha], sha).toBe(expected.perDocument[sha]);

    await vigil(["--db", killed, "ingest", "--json", dir]);
    expect(await snapshot(killed)).toEqual(expected);
  }, 240_000);
});
