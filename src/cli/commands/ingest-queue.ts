import { setTimeout as sleep } from "node:timers/promises";
import type { Command } from "commander";
import { enqueueSources } from "../../queue/enqueue.js";
import { requirePostgres, type JobOutcome, type JobQueue } from "../../queue/job-queue.js";
import { fromErrorInfo } from "../../store/store-service.js";
import type { ErrorInfo } from "../../store/store-types.js";
import type { CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";
import { reportFailure } from "../report.js";
import { openWorkerQueue } from "./worker.js";

export interface QueueIngestFlags {
  json?: boolean;
  wait?: boolean;
  stdinFormat?: "text" | "markdown" | "jsonl";
}

/**
 * `vigil ingest --queue`: reads the inputs here and queues one job per document for `vigil worker`
 * processes; with `--wait`, waits until workers have done them all and reports what they did.
 */
export async function ingestQueued(
  ctx: CommandContext,
  cmd: Command,
  paths: string[],
  opts: QueueIngestFlags,
): Promise<void> {
  const config = ctx.config(cmd);
  const { io } = ctx;
  requirePostgres("vigil ingest --queue", config.db);
  const { db, queue } = await openWorkerQueue(config, { supervise: false });
  const started = Date.now();
  const n = { inputs: 0, queued: 0, unchanged: 0, failed: 0 };
  const jobs = new Map<string, string>();
  try {
    for await (const e of enqueueSources(queue, db, paths, {
      maxInputBytes: config.maxInputBytes,
      maxDocumentChars: config.maxDocumentChars,
      jurisdiction: config.jurisdiction || null,
      stdin: io.stdin,
      ...(opts.stdinFormat ? { stdinFormat: opts.stdinFormat } : {}),
    })) {
      n.inputs++;
      if (!e.ok) {
        n.failed++;
        await reportFailure(io, e.id, fromErrorInfo(e.error!));
      } else if (e.status === "queued") {
        n.queued++;
        jobs.set(e.job!, e.id);
      } else n.unchanged++;
      if (opts.json) {
        const line = e.ok
          ? { id: e.id, ok: true, status: e.status, ...(e.job ? { job: e.job } : {}) }
          : { id: e.id, ok: false, error: e.error };
        await write(io.stdout, JSON.stringify(line) + "\n");
      }
    }
    const seconds = (Date.now() - started) / 1000;
    await write(
      io.stderr,
      `vigil ingest --queue: ${n.inputs} inputs: ${n.queued} queued, ${n.unchanged} unchanged, ` +
        `${n.failed} failed (${seconds.toFixed(1)} s) on queue ${queue.name}\n`,
    );
    let workerFailures = 0;
    if (opts.wait && jobs.size > 0) workerFailures = await waitFor(ctx, queue, jobs, opts.json);
    ctx.setExitCode(n.failed + workerFailures > 0 ? EXIT.someFailed : EXIT.ok);
  } finally {
    await queue.close();
    await db.close();
  }
}

/** Polls until every job is done or failed for good; reports each. Returns the failures. */
async function waitFor(
  ctx: CommandContext,
  queue: JobQueue,
  jobs: Map<string, string>,
  json: boolean | undefined,
): Promise<number> {
  const { io } = ctx;
  const started = Date.now();
  const pending = new Set(jobs.keys());
  const done: JobOutcome[] = [];
  while (pending.size > 0) {
    const ids = [...pending];
    for (let i = 0; i < ids.length; i += 5000) {
      for (const o of await queue.outcomes(ids.slice(i, i + 5000))) {
        if (o.state !== "completed" && o.state !== "failed" && o.state !== "cancelled") continue;
        pending.delete(o.id);
        done.push(o);
      }
    }
    if (pending.size > 0) await sleep(500);
  }
  const n = { ingested: 0, unchanged: 0, reextracted: 0, failed: 0 };
  for (const o of done) {
    const name = jobs.get(o.id)!;
    const out = o.output ?? {};
    if (o.state === "completed") {
      const status = String(out.status) as keyof typeof n;
      if (status in n) n[status]++;
      if (json) {
        const line = { id: name, ok: true, status: out.status, document: out.document, job: o.id };
        await write(io.stdout, JSON.stringify(line) + "\n");
      }
    } else {
      n.failed++;
      const error = (out.error as ErrorInfo | undefined) ?? {
        code: "VIGIL_ERR_INTERNAL",
        message: `job ${o.state}: ${JSON.stringify(out).slice(0, 200)}`,
        status: 500,
      };
      await reportFailure(io, name, fromErrorInfo(error));
      if (json)
        await write(io.stdout, JSON.stringify({ id: name, ok: false, error, job: o.id }) + "\n");
    }
  }
  const seconds = (Date.now() - started) / 1000;
  await write(
    io.stderr,
    `vigil ingest --queue: workers did ${done.length} jobs: ${n.ingested} ingested, ${n.unchanged} unchanged, ` +
      `${n.reextracted} re-extracted, ${n.failed} failed (waited ${seconds.toFixed(1)} s)\n`,
  );
  return n.failed;
}
