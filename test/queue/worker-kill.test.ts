import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it, onTestFinished } from "vitest";
import { ingestSources } from "../../src/ingest/ingest-service.js";
import { queueSchemaFor } from "../../src/queue/job-queue.js";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { writeArticleVariants } from "../helpers/article-variants.js";
import { runCli } from "../helpers/cli.js";
import { schemaOf } from "../helpers/queue.js";
import { PG_URL, pgSchemaUrl } from "../helpers/store.js";
import { resolutionOrder, storeSnapshot } from "../helpers/store-snapshot.js";
import { tempDir } from "../helpers/tmp.js";

const CLI = new URL("../helpers/vigil-src.ts", import.meta.url).pathname;
const DOCUMENTS = Number(process.env.VIGIL_KILL_TEST_DOCUMENTS ?? 2000);
const VISIBILITY_SECONDS = 6;

interface Worker {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
  stderr: () => string;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "--db", url, "worker"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      VIGIL_QUEUE_VISIBILITY_SECONDS: String(VISIBILITY_SECONDS),
      VIGIL_WORKER_BATCH_SIZE: "4",
      VIGIL_WORKER_CONCURRENCY: "2",
    },
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stderr: () => err };
}

describe.skipIf(!PG_URL)("3 workers over 2,000 documents, killed with SIGKILL twice", () => {
  it("store exactly what a serial ingest of the same documents stores", async () => {
    const started = Date.now();
    const inputs = join(tempDir(), "in");
    writeArticleVariants(inputs, DOCUMENTS);
    const target = await pgSchemaUrl();
    const schema = schemaOf(target.url);
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    const workers: Worker[] = [];
    onTestFinished(async () => {
      for (const w of workers) w.child.kill("SIGKILL");
      await admin.end();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${queueSchemaFor(schema)} CASCADE`);
      await c.end();
      await target.drop();
    });

    // The enqueuer's visibility timeout is a job's until a worker takes it and applies its own: a
    // worker killed between taking a batch and that update leaves the batch for the enqueuer's.
    const queued = await runCli(["--db", target.url, "ingest", "--queue", inputs], {
      env: { VIGIL_QUEUE_VISIBILITY_SECONDS: String(VISIBILITY_SECONDS) },
    });
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toContain(`${DOCUMENTS} queued`);

    const stored = async (): Promise<number> =>
      (await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM documents")).rows[0]!.n;
    const waiting = async (): Promise<number> =>
      (
        await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${queueSchemaFor(schema)}.job
           WHERE state IN ('created', 'retry', 'active')`,
        )
      ).rows[0]!.n;

    for (let i = 0; i < 3; i++) workers.push(startWorker(target.url));
    const kills: { at: number; pid: number }[] = [];
    for (const threshold of [DOCUMENTS * 0.25, DOCUMENTS * 0.6]) {
      while ((await stored()) < threshold) await sleep(100);
      const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
      const victim = live[Math.floor(Math.random() * live.length)]!;
      victim.child.kill("SIGKILL");
      expect((await victim.exited).signal).toBe("SIGKILL");
      kills.push({ at: await stored(), pid: victim.child.pid! });
      workers.push(startWorker(target.url)); // as a supervisor would
    }
    const deadline = Date.now() + 150_000;
    while ((await waiting()) > 0 && Date.now() < deadline) await sleep(250);
    if ((await waiting()) > 0) {
      const left = await admin.query(
        `SELECT state, retry_count, started_on, start_after, now() AS now, output
         FROM ${queueSchemaFor(schema)}.job WHERE state IN ('created', 'retry', 'active')`,
      );
      console.log(
        left.rows,
        workers.map((w) => w.stderr()),
      );
    }
    expect(await waiting()).toBe(0);
    const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    for (const w of live) w.child.kill("SIGTERM");
    for (const w of live) expect((await w.exited).code, w.stderr()).toBe(0);
    const workersDone = Date.now();

    const jobs = await admin.query<{ state: string; n: number; retried: number }>(
      `SELECT state::text, count(*)::int AS n, count(*) FILTER (WHERE retry_count > 0)::int AS retried
       FROM ${queueSchemaFor(schema)}.job GROUP BY state`,
    );
    expect(jobs.rows.map((r) => [r.state, r.n])).toEqual([["completed", DOCUMENTS]]);
    // The killed workers' jobs came back after the visibility timeout and were done again.
    expect(jobs.rows[0]!.retried).toBeGreaterThan(0);

    // The reference: one process, one document at a time, in the order the workers resolved
    // actor names (actor links depend on which of two documents naming someone comes first).
    const order = await resolutionOrder(target.url);
    expect(order).toHaveLength(DOCUMENTS);
    const serial = await pgSchemaUrl();
    onTestFinished(() => serial.drop());
    const db = await createDb({ db: serial.url });
    const store = createStoreService(db, { concurrency: 1 });
    let n = 0;
    // One batch at the store at a time too: a second would be written beside the first.
    for await (const e of ingestSources(store, order, {
      maxInputBytes: 1 << 26,
      maxDocumentChars: 5_000_000,
      depth: 1,
    })) {
      expect(e.ok).toBe(true);
      n++;
    }
    await store.close();
    expect(n).toBe(DOCUMENTS);

    const [got, want] = [await storeSnapshot(target.url), await storeSnapshot(serial.url)];
    expect(Object.keys(got.documents)).toHaveLength(DOCUMENTS);
    expect(got.documents).toEqual(want.documents);
    expect(got.actors).toEqual(want.actors);
    console.log(
      `worker kill test: ${DOCUMENTS} documents, kills at ${kills.map((k) => k.at).join(" and ")} stored, ` +
        `${jobs.rows[0]!.retried} jobs retried; workers ${((workersDone - started) / 1000).toFixed(1)} s, ` +
        `whole test ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 300_000);
});
