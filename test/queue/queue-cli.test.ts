import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { queueSchemaFor } from "../../src/queue/job-queue.js";
import { runCli } from "../helpers/cli.js";
import { queueDb, schemaOf } from "../helpers/queue.js";
import { freshDataDir, PG_URL } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const ARTICLE = (n: number) => `Court hears appeal of detained blogger, case ${n}

HANOI — A provincial court on Monday heard the appeal of a blogger held since last spring, her lawyer said. “Nothing she wrote called for violence,” the lawyer told reporters.
`;

function inputs(): string {
  const dir = tempDir();
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `article-${n}.txt`), ARTICLE(n));
  writeFileSync(join(dir, "empty.txt"), "");
  return dir;
}

async function untilQueued(url: string, n: number): Promise<void> {
  const schema = schemaOf(url);
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (;;) {
      const r = await c
        .query<{ n: number }>(`SELECT count(*)::int AS n FROM ${queueSchemaFor(schema)}.job`)
        .catch(() => ({ rows: [{ n: 0 }] }));
      if (r.rows[0]!.n >= n) return;
      await sleep(100);
    }
  } finally {
    await c.end();
  }
}

describe("the job queue on the embedded database", () => {
  it("is refused with the reason, for ingest --queue and worker alike", async () => {
    const db = await freshDataDir();
    const dir = inputs();
    for (const argv of [
      ["--db", db, "ingest", "--queue", dir],
      ["--db", db, "worker"],
    ]) {
      const r = await runCli(argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("needs a PostgreSQL database");
      expect(r.stderr).toContain("[VIGIL_ERR_QUEUE_NEEDS_POSTGRES]");
    }
    const status = await runCli(["--db", db, "ingest", "--json", dir]);
    // Nothing was queued or stored by the refused commands.
    expect(status.stdout).toContain('"ingested":3');
  });
});

describe.skipIf(!PG_URL)("the job queue on PostgreSQL", () => {
  it("queues documents, a worker stores them, and queuing them again finds them stored", async () => {
    const db = await queueDb();
    const dir = inputs();
    const queued = await runCli(["--db", db, "ingest", "--queue", "--json", dir]);
    expect(queued.code).toBe(1); // the empty file
    const lines = queued.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(
      lines.map((l) => `${l.id.split("/").at(-1)} ${l.status ?? l.error.code}`).sort(),
    ).toEqual([
      "article-1.txt queued",
      "article-2.txt queued",
      "article-3.txt queued",
      "empty.txt VIGIL_ERR_SOURCE_EMPTY",
    ]);
    expect(queued.stderr).toContain("4 inputs: 3 queued, 0 unchanged, 1 failed");

    const worked = await runCli(["--db", db, "worker", "--drain"]);
    expect(worked.code, worked.stderr).toBe(0);
    expect(worked.stderr).toContain("3 jobs: 3 ingested, 0 unchanged, 0 re-extracted, 0 failed");

    const again = await runCli(["--db", db, "ingest", "--queue", "--wait", dir]);
    expect(again.stderr).toContain("4 inputs: 0 queued, 3 unchanged, 1 failed");
    const stored = await runCli(["--db", db, "search", "appeal", "--json"]);
    expect(JSON.parse(stored.stdout).hits.length).toBeGreaterThan(0);
  });

  it("with --wait, reports what the workers did with each job", async () => {
    const db = await queueDb();
    const dir = inputs();
    const waiting = runCli(["--db", db, "ingest", "--queue", "--wait", "--json", dir]);
    await untilQueued(db, 3);
    const worker = runCli(["--db", db, "worker", "--drain"], {
      env: { VIGIL_WORKER_BATCH_SIZE: "1" },
    });
    const [w, k] = await Promise.all([waiting, worker]);
    expect(k.code, k.stderr).toBe(0);
    const done = w.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((l) => l.status !== "queued");
    expect(done.filter((l) => l.ok).map((l) => l.status)).toEqual([
      "ingested",
      "ingested",
      "ingested",
    ]);
    expect(w.stderr).toContain("workers did 3 jobs: 3 ingested");
  });
});
