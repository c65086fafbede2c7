import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { runCli } from "../helpers/cli.js";
import { ITEMS } from "../helpers/feeds.js";
import { freshDataDir } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const CLI = new URL("../helpers/vigil-src.ts", import.meta.url).pathname;
const DOCS = 240;

/** `vigil feeds run` in its own process, sent `signal` `delayMs` after stderr shows `when`. */
function runUntil(
  db: string,
  when: RegExp,
  signal: NodeJS.Signals,
  delayMs = 0,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--db", db, "feeds", "run"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let sent = false;
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      if (!sent && when.test(stderr)) {
        sent = true;
        setTimeout(() => child.kill(signal), delayMs);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

describe("vigil feeds run, stopped by a signal", () => {
  it("ends cleanly while sleeping or mid-run, releases the database and leaves no partial document", async () => {
    const db = await freshDataDir();
    const folder = join(tempDir(), "archive");
    mkdirSync(folder);
    for (let i = 0; i < DOCS; i++) {
      const it = ITEMS[i % ITEMS.length]!;
      writeFileSync(
        join(folder, `item-${String(i).padStart(3, "0")}.txt`),
        `${it.title}\n\n${it.body} Report ${i}.\n`,
      );
    }
    expect((await runCli(["--db", db, "feeds", "add", folder, "--every", "1h"])).code).toBe(0);

    // Mid-run, most likely (the assertions hold before and after it too).
    const mid = await runUntil(db, /until stopped/, "SIGTERM", 2500);
    expect(mid.signal).toBeNull();
    expect(mid.code).toBe(0);
    // The database is free again, and a run finishes what was left.
    const rest = await runCli(["--db", db, "feeds", "run", "--once", "--json", "archive"]);
    expect(rest.code).toBe(0);
    const [r] = rest.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { new: number; duplicate: number });
    expect(r!.new + r!.duplicate).toBe(DOCS);
    if (/stopped before the end/.test(mid.stderr)) expect(r!.duplicate).toBeGreaterThan(0);

    // While sleeping until the next run.
    const idle = await runUntil(db, /next feed due in/, "SIGINT");
    expect(idle.code).toBe(0);
    const d = await createDb({ db });
    try {
      const [n] = await d.query<{ docs: number; incomplete: number }>(
        `SELECT count(*)::int AS docs,
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM search_units u WHERE u.document_id = d.id))::int AS incomplete
         FROM documents d`,
      );
      expect(n).toEqual({ docs: DOCS, incomplete: 0 });
    } finally {
      await d.close();
    }
  }, 120_000);
});
