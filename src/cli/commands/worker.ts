import type { Command } from "commander";
import type { Config } from "../../config.js";
import { UsageError } from "../../errors.js";
import { openQueue, requirePostgres, type JobQueue } from "../../queue/job-queue.js";
import { runWorker } from "../../queue/worker.js";
import { createDb, redactUrl, type Db } from "../../store/db.js";
import { createStoreService } from "../../store/store-service.js";
import type { CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";

interface WorkerFlags {
  concurrency?: string;
  batchSize?: string;
  drain?: boolean;
}

export function registerWorker(program: Command, ctx: CommandContext): void {
  program
    .command("worker")
    .description(
      "Work ingest jobs from the PostgreSQL job queue until stopped (any number, on any machine)",
    )
    .option("--concurrency <n>", "job batches worked on at once [setting worker-concurrency]")
    .option("--batch-size <n>", "jobs taken at a time [setting worker-batch-size]")
    .option("--drain", "stop once the queue is empty")
    .action(async (opts: WorkerFlags, cmd: Command) => {
      const config = ctx.config(cmd);
      requirePostgres("vigil worker", config.db);
      const concurrency = positive(opts.concurrency, config.workerConcurrency, "--concurrency");
      const batchSize = positive(opts.batchSize, config.workerBatchSize, "--batch-size");
      const { db, queue } = await openWorkerQueue(config, { supervise: true, batchSize });
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await write(
          ctx.io.stderr,
          `vigil worker: taking jobs from ${queue.name} (schema ${queue.schema}) on ${redactUrl(config.db)}; ` +
            `${concurrency} at once, ${batchSize} per take, visibility ${config.queueVisibilitySeconds} s\n`,
        );
        const store = createStoreService(db, { concurrency: Math.min(4, batchSize) });
        const s = await runWorker(queue, store, {
          concurrency,
          batchSize,
          signal: stop.signal,
          drain: opts.drain === true,
          log: (line) => void write(ctx.io.stderr, `vigil worker: ${line}\n`),
        });
        await write(
          ctx.io.stderr,
          `vigil worker: ${s.jobs} jobs: ${s.ingested} ingested, ${s.unchanged} unchanged, ` +
            `${s.reextracted} re-extracted, ${s.failed} failed (${s.seconds.toFixed(1)} s)\n`,
        );
        ctx.setExitCode(EXIT.ok);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await queue.close();
        await db.close();
      }
    });
}

/** The database and its queue, for workers and enqueuers. */
export async function openWorkerQueue(
  config: Config,
  opts: { supervise: boolean; batchSize?: number },
): Promise<{ db: Db; queue: JobQueue }> {
  const db = await createDb(config, { command: "vigil worker" });
  try {
    const queue = await openQueue(config.db, db, {
      name: config.queueName,
      visibilitySeconds: config.queueVisibilitySeconds,
      retryLimit: config.queueRetryLimit,
      supervise: opts.supervise,
    });
    return { db, queue };
  } catch (err) {
    await db.close();
    throw err;
  }
}

function positive(flag: string | undefined, fallback: number, name: string): number {
  if (flag === undefined) return Math.max(1, fallback);
  const n = Number(flag);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${name}: expected a positive integer`);
  return n;
}
