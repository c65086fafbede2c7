import { setTimeout as sleep } from "node:timers/promises";
import { storeItem } from "../ingest/store-item.js";
import { errorInfo } from "../store/store-service.js";
import type { DocumentToStore, StoreService } from "../store/store-types.js";
import { parseJob } from "./job-payload.js";
import type { JobQueue } from "./job-queue.js";

export interface WorkerOptions {
  /** Batches worked on at once (setting worker-concurrency). */
  concurrency: number;
  /** Jobs taken at a time (setting worker-batch-size). */
  batchSize: number;
  /** Wait between polls of an empty queue. */
  idleMs?: number;
  /** Stop taking jobs; those in hand are finished. */
  signal: AbortSignal;
  /** Stop once the queue is empty (tests, benchmarks, `vigil worker --drain`). */
  drain?: boolean;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  jobs: number;
  ingested: number;
  unchanged: number;
  reextracted: number;
  failed: number;
  seconds: number;
}

/**
 * Takes jobs from the queue and works them until stopped: analyse each document, write it in its
 * own transaction, then mark the job done. The write is idempotent (content hash), so a job done
 * twice stores its document once: when a worker dies between the commit and marking the job
 * done, or holds a job past the visibility timeout, the job comes back and finds its document
 * "unchanged". A worker killed mid-write leaves nothing: its transaction dies with its connection.
 */
export async function runWorker(
  queue: JobQueue,
  store: StoreService,
  opts: WorkerOptions,
): Promise<WorkerSummary> {
  const started = Date.now();
  const idleMs = opts.idleMs ?? 1000;
  const log = opts.log ?? (() => {});
  const sum: WorkerSummary = {
    jobs: 0,
    ingested: 0,
    unchanged: 0,
    reextracted: 0,
    failed: 0,
    seconds: 0,
  };
  let idleLanes = 0;

  const lane = async (): Promise<void> => {
    let backoff = 0;
    let idle = false;
    while (!opts.signal.aborted) {
      let jobs: { id: string; data: unknown }[];
      try {
        jobs = await queue.take(opts.batchSize);
        backoff = 0;
      } catch (err) {
        // The database went away: wait and try again; jobs in hand come back by themselves.
        backoff = Math.min(10_000, backoff ? backoff * 2 : 500);
        log(`queue unavailable (${errorInfo(err).message}); retrying in ${backoff} ms`);
        await pause(backoff, opts.signal);
        continue;
      }
      if (jobs.length === 0) {
        if (!idle) idleLanes++;
        idle = true;
        if (opts.drain && idleLanes >= opts.concurrency && (await drained(queue))) return;
        await pause(idleMs, opts.signal);
        continue;
      }
      if (idle) idleLanes--;
      idle = false;
      await work(jobs);
    }
  };

  const work = async (jobs: { id: string; data: unknown }[]): Promise<void> => {
    const items: { id: string; item: DocumentToStore }[] = [];
    for (const job of jobs) {
      try {
        const payload = parseJob(job.id, job.data);
        items.push({ id: job.id, item: storeItem(payload.doc, payload.jurisdiction) });
      } catch (err) {
        await settle(job.id, false, { error: errorInfo(err) });
      }
    }
    if (items.length === 0) return;
    let results;
    try {
      results = await store.ingest(items.map((i) => i.item));
    } catch (err) {
      // Nothing was reported per item: leave the jobs to expire and come back.
      log(`store unavailable (${errorInfo(err).message}); ${items.length} jobs will be retried`);
      return;
    }
    for (const [i, r] of results.entries()) {
      const id = items[i]!.id;
      if (r.ok) {
        sum[r.status!]++;
        await settle(id, true, { status: r.status, document: r.documentId, name: r.id });
      } else await settle(id, false, { error: r.error, name: r.id });
    }
  };

  const settle = async (id: string, ok: boolean, output: Record<string, unknown>) => {
    sum.jobs++;
    if (!ok) sum.failed++;
    try {
      if (ok) await queue.complete(id, output);
      else await queue.fail(id, output);
    } catch (err) {
      // The job stays active and comes back after the visibility timeout: harmless, its
      // document is stored (or not) and the next try finds it so.
      log(`could not mark job ${id} (${errorInfo(err).message})`);
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
  sum.seconds = (Date.now() - started) / 1000;
  return sum;
}

/** Nothing waiting, nothing held by a worker (that might die and give it back). */
async function drained(queue: JobQueue): Promise<boolean> {
  try {
    const c = await queue.counts();
    return (c.created ?? 0) + (c.retry ?? 0) + (c.active ?? 0) === 0;
  } catch {
    return false;
  }
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => {});
}
