import { EXTRACTOR_VERSION } from "../core/version.js";
import { SourceBinary } from "../errors.js";
import type { SourceDocument } from "../ingest/readers/types.js";
import { readSources, type SourceOptions } from "../ingest/sources.js";
import type { Db } from "../store/db.js";
import { errorInfo } from "../store/store-service.js";
import type { ErrorInfo } from "../store/store-types.js";
import { ingestJob, type IngestJob } from "./job-payload.js";
import type { JobQueue } from "./job-queue.js";

export interface EnqueueOptions extends SourceOptions {
  jurisdiction?: string | null;
  /** Jobs inserted at once. */
  batchSize?: number;
  extractorVersion?: number;
  /** Stop reading inputs; the documents in hand are still queued and reported. */
  signal?: AbortSignal;
}

/** One input's fate at enqueue time. */
export interface EnqueueEvent {
  id: string;
  ok: boolean;
  /** `queued`: a job was added; `unchanged`: the store already holds it, nothing to do. */
  status?: "queued" | "unchanged";
  job?: string;
  error?: ErrorInfo;
  bytes: number;
}

// Lone surrogates (a JSONL "\ud800") are written to the database as U+FFFD by the inline path
// too, so replacing them keeps the content hash; the queue's JSON column would refuse them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed<T extends string | null>(s: T): T {
  return (s === null ? s : s.replace(LONE_SURROGATE, "\uFFFD")) as T;
}

/**
 * Reads every input here (the enqueuer has the files) and queues one job per document, skipping
 * documents the store already holds at this extractor version. Inputs that cannot be read are
 * reported now, per item, as `vigil ingest` reports them.
 */
export async function* enqueueSources(
  queue: JobQueue,
  db: Db,
  paths: readonly string[],
  opts: EnqueueOptions,
): AsyncGenerator<EnqueueEvent> {
  const batchSize = opts.batchSize ?? 64;
  const version = opts.extractorVersion ?? EXTRACTOR_VERSION;
  let batch: { name: string; job: IngestJob; bytes: number }[] = [];

  const flush = async (): Promise<EnqueueEvent[]> => {
    const sent = batch;
    batch = [];
    const hashes = [...new Set(sent.map((b) => b.job.sha256))];
    const known = new Set(
      (
        await db.query<{ sha256: string }>(
          "SELECT sha256 FROM documents WHERE sha256 = ANY($1::text[]) AND extractor_version >= $2",
          [hashes, version],
        )
      ).map((r) => r.sha256),
    );
    const fresh = sent.filter((b) => !known.has(b.job.sha256));
    const ids = await queue.send(fresh.map((b) => b.job));
    const jobOf = new Map(fresh.map((b, i) => [b, ids[i]!]));
    return sent.map((b) => {
      const job = jobOf.get(b);
      return job
        ? { id: b.name, ok: true, status: "queued" as const, job, bytes: b.bytes }
        : { id: b.name, ok: true, status: "unchanged" as const, bytes: b.bytes };
    });
  };

  for await (const read of readSources(paths, opts)) {
    if (opts.signal?.aborted) break;
    if (!read.ok) {
      yield { id: read.name, ok: false, error: errorInfo(read.error), bytes: 0 };
      continue;
    }
    const doc = clean(read.doc);
    if (doc.text.includes("\u0000")) {
      // PostgreSQL text cannot hold NUL: the inline path fails the same document when writing.
      const e = new SourceBinary(doc.name, "a NUL character in the text");
      yield { id: doc.name, ok: false, error: errorInfo(e), bytes: 0 };
      continue;
    }
    batch.push({
      name: doc.name,
      job: ingestJob(doc, opts.jurisdiction ?? null),
      bytes: Buffer.byteLength(doc.text, "utf8"),
    });
    if (batch.length >= batchSize) yield* await flush();
  }
  if (batch.length > 0) yield* await flush();
}

function clean(doc: SourceDocument): SourceDocument {
  return {
    ...doc,
    name: wellFormed(doc.name),
    text: wellFormed(doc.text),
    title: wellFormed(doc.title),
    outlet: wellFormed(doc.outlet),
    author: wellFormed(doc.author),
    url: wellFormed(doc.url),
  };
}
