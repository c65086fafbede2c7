import { errorInfo } from "../store/store-service.js";
import type {
  DocumentToStore,
  IngestItemResult,
  StoreService,
  WriteStatus,
} from "../store/store-types.js";
import { batchFull, sha256, type AnalyzeOptions } from "./analyze-service.js";
import type { SourceDocument } from "./readers/types.js";
import { readSources } from "./sources.js";
import { storeItems } from "./store-item.js";

export interface IngestOptions extends AnalyzeOptions {
  /** Documents sent to the store at once (each still in its own transaction). */
  batchSize?: number;
  /** ...or fewer, once their texts add up to this many characters. */
  batchChars?: number;
  /**
   * Of these content hashes, those the store holds at this extractor version: such documents are
   * reported unchanged without being analysed (feeds read the same items again and again).
   */
  stored?: (sha256s: string[]) => Promise<Record<string, number>>;
  /** Stop reading inputs; the documents in hand are still stored and reported. */
  signal?: AbortSignal;
  /** Batches sent to the store and not yet answered, at most (default 2). */
  depth?: number;
}

/** A per-item result with what the progress display needs. */
export interface IngestEvent extends IngestItemResult {
  /** UTF-8 bytes of the document's text (0 for inputs that failed before being read). */
  bytes: number;
  /** The input file the item came from. */
  path: string;
  format: SourceDocument["format"] | null;
}

export interface IngestSummary {
  documents: number;
  ingested: number;
  unchanged: number;
  reextracted: number;
  failed: number;
  bytes: number;
  seconds: number;
  /** Failures by error code. */
  failures: Record<string, number>;
}

/**
 * Reads, analyses and stores every input, streaming: the store writes while the next batch is
 * read and analysed (the store works in its own thread or server). Up to `depth` batches wait at
 * the store, so it goes straight on to the next when one is written rather than waiting for this
 * thread to finish analysing (with one, the store's thread stood idle about an eighth of the
 * time); at most `depth + 1` batches are held at once, so memory stays flat however many
 * documents go through. Yields one result per document or failed input, in input order within
 * each batch.
 */
export async function* ingestSources(
  store: StoreService,
  paths: readonly string[],
  opts: IngestOptions,
): AsyncGenerator<IngestEvent> {
  const batchSize = opts.batchSize ?? 64;
  const batchChars = opts.batchChars ?? 4_000_000;
  let batch: { item: DocumentToStore; event: Omit<IngestEvent, keyof IngestItemResult> }[] = [];
  let chars = 0;
  const depth = Math.max(1, opts.depth ?? 2);
  // Sent batches in order; the store writes them one after another.
  const inFlight: Promise<IngestEvent[]>[] = [];

  const send = (): Promise<IngestEvent[]> => {
    const sent = batch;
    batch = [];
    chars = 0;
    return store.ingest(sent.map((b) => b.item)).then(
      (results) => results.map((r, i) => ({ ...r, ...sent[i]!.event })),
      // The store itself failed (its worker died, the server went away): every item failed.
      (err: unknown) =>
        sent.map((b) => ({ id: b.item.name, ok: false, error: errorInfo(err), ...b.event })),
    );
  };

  // Read documents waiting to be analysed together (see `analyzeBatch`), then added to the
  // store's batch in order; and their characters.
  let unread: SourceDocument[] = [];
  const analyse = async function* (): AsyncGenerator<IngestEvent> {
    const docs = unread;
    unread = [];
    const results = storeItems(docs, opts.jurisdiction ?? null);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const r = results[i]!;
      if ("error" in r) {
        yield {
          id: doc.name,
          ok: false,
          error: errorInfo(r.error),
          bytes: 0,
          path: doc.path,
          format: doc.format,
        };
        continue;
      }
      batch.push({
        item: r.item,
        event: { bytes: Buffer.byteLength(doc.text, "utf8"), path: doc.path, format: doc.format },
      });
      chars += doc.text.length;
      if (batch.length >= batchSize || chars >= batchChars) {
        if (inFlight.length >= depth) yield* await inFlight.shift()!;
        inFlight.push(send());
      }
    }
  };

  for await (const read of readSources(paths, opts)) {
    if (opts.signal?.aborted) break;
    if (!read.ok) {
      yield {
        id: read.name,
        ok: false,
        error: errorInfo(read.error),
        bytes: 0,
        path: read.name,
        format: null,
      };
      continue;
    }
    const doc = read.doc;
    if (opts.stored) {
      const hash = sha256(doc.text);
      const known = (await opts.stored([hash]))[hash];
      if (known !== undefined) {
        const bytes = Buffer.byteLength(doc.text, "utf8");
        const { path, format } = doc;
        yield {
          id: doc.name,
          ok: true,
          status: "unchanged",
          documentId: known,
          bytes,
          path,
          format,
        };
        continue;
      }
    }
    unread.push(doc);
    if (batchFull(unread, batchSize)) yield* analyse();
  }
  yield* analyse();
  if (batch.length > 0) {
    if (inFlight.length >= depth) yield* await inFlight.shift()!;
    inFlight.push(send());
  }
  for (const sent of inFlight) yield* await sent;
  // Everything is stored and reported; a VACUUM the store owes after growing (PGlite has no
  // autovacuum) only makes later reads faster, so its failure fails nothing.
  if (!opts.signal?.aborted) await store.maintain().catch(() => {});
}

/** Counts results into a summary as they stream past. */
export function summarise(): {
  add(e: IngestEvent): void;
  summary(): IngestSummary;
} {
  const started = Date.now();
  const s: IngestSummary = {
    documents: 0,
    ingested: 0,
    unchanged: 0,
    reextracted: 0,
    failed: 0,
    bytes: 0,
    seconds: 0,
    failures: {},
  };
  return {
    add(e) {
      s.documents++;
      s.bytes += e.bytes;
      if (e.ok) s[e.status as WriteStatus]++;
      else {
        s.failed++;
        const code = e.error?.code ?? "VIGIL_ERR_INTERNAL";
        s.failures[code] = (s.failures[code] ?? 0) + 1;
      }
    },
    summary: () => ({ ...s, seconds: (Date.now() - started) / 1000 }),
  };
}
