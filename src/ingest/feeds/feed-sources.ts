import { enqueueSources, type EnqueueOptions } from "../../queue/enqueue.js";
import type { JobQueue } from "../../queue/job-queue.js";
import type { Db } from "../../store/db.js";
import type { StoreService } from "../../store/store-types.js";
import { ingestSources, type IngestOptions } from "../ingest-service.js";
import type { FeedIngest } from "./feed-runner.js";

/**
 * A feed's items through `vigil ingest`'s pipeline: read, analysed and stored here, one
 * transaction per document. Items the store already holds are found by their content hash and
 * counted as duplicates without being analysed again.
 */
export function inlineFeedIngest(store: StoreService, opts: IngestOptions): FeedIngest {
  return async function* (feed, signal) {
    for await (const e of ingestSources(store, [feed.location], {
      ...opts,
      signal,
      stored: (hashes) => store.storedDocuments(hashes),
    })) {
      if (!e.ok) yield { id: e.id, kind: "failed", ...(e.error ? { error: e.error } : {}) };
      else yield { id: e.id, kind: e.status === "ingested" ? "new" : "duplicate" };
    }
  };
}

/**
 * A feed's items through `vigil ingest --queue`: read here, one job per document not yet stored,
 * for `vigil worker` processes. "New" then means queued.
 */
export function queuedFeedIngest(queue: JobQueue, db: Db, opts: EnqueueOptions): FeedIngest {
  return async function* (feed, signal) {
    for await (const e of enqueueSources(queue, db, [feed.location], { ...opts, signal })) {
      if (!e.ok) yield { id: e.id, kind: "failed", ...(e.error ? { error: e.error } : {}) };
      else yield { id: e.id, kind: e.status === "queued" ? "new" : "duplicate" };
    }
  };
}
