import { sql } from "drizzle-orm";
import { EXTRACTOR_VERSION } from "../core/version.js";
import { asVigilError, DocumentNotStored, VigilError } from "../errors.js";
import { createAccountService } from "./accounts/accounts-service.js";
import { createActorService } from "./actor-service.js";
import { createBrowseService } from "./browse/browse-service.js";
import { createCheckService } from "./check/check-service.js";
import type { Db } from "./db.js";
import { writeDocument, type DocumentToStore } from "./document-writer.js";
import { createRegisterService } from "./register/register-service.js";
import { suggestFromDocument } from "./register/suggestion-queue.js";
import { createSearchService } from "./search-service.js";
import type { ErrorInfo, IngestItemResult, StoreInfo, StoreService } from "./store-types.js";
import { rows } from "./sql.js";

export const COUNTED_TABLES = [
  "documents",
  "statements",
  "figures",
  "legal_refs",
  "events",
  "reports",
  "document_actors",
  "actor_mentions",
  "actors",
  "actor_aliases",
  "actor_merges",
  "search_units",
] as const;

export interface StoreServiceOptions {
  /** Override for tests of re-extraction. */
  extractorVersion?: number;
  /** Documents written at once on PostgreSQL (each in its own transaction and connection). */
  concurrency?: number;
}

/** The store's services over an open database, in this thread. */
export function createStoreService(db: Db, opts: StoreServiceOptions = {}): StoreService {
  const extractorVersion = opts.extractorVersion ?? EXTRACTOR_VERSION;
  const actors = createActorService(db);
  const search = createSearchService(db);

  async function ingestOne(item: DocumentToStore): Promise<IngestItemResult> {
    try {
      const r = await db.orm.transaction(async (tx) => {
        const written = await writeDocument(tx, item, extractorVersion, db.backend);
        await suggestFromDocument(tx, written, item);
        return written;
      });
      return { id: item.name, ok: true, status: r.status, documentId: r.documentId };
    } catch (err) {
      const e =
        err instanceof VigilError ? err : new DocumentNotStored(item.name, (err as Error).message);
      return { id: item.name, ok: false, error: errorInfo(e) };
    }
  }

  return {
    async info(): Promise<StoreInfo> {
      const parts = COUNTED_TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(
        ", ",
      );
      const [counts] = await db.query<Record<string, number>>(`SELECT ${parts}`);
      return { backend: db.backend, location: db.location, extractorVersion, counts: counts! };
    },

    async ingest(items) {
      // PGlite is one connection: one document after another. PostgreSQL takes a few at once.
      const width = db.backend === "postgres" ? Math.max(1, opts.concurrency ?? 4) : 1;
      const results: IngestItemResult[] = new Array(items.length);
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < items.length) {
          const i = next++;
          results[i] = await ingestOne(items[i]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
      return results;
    },

    listActors: actors.listActors,
    findActors: actors.findActors,
    actor: actors.actor,
    mergeActors: actors.mergeActors,
    splitActor: actors.splitActor,
    unmerge: actors.unmerge,
    history: actors.history,
    search: search.search,
    ...createRegisterService(db),
    ...createBrowseService(db),
    ...createAccountService(db),
    ...createCheckService(db),

    async ping(delayMs = 0) {
      if (delayMs > 0) await rows(db.orm, sql`SELECT pg_sleep(${delayMs / 1000})`);
      else await db.query("SELECT 1");
      return { ok: true, backend: db.backend };
    },

    close: () => db.close(),
  };
}

export function errorInfo(err: unknown): ErrorInfo {
  const e = asVigilError(err);
  return { code: e.code, message: e.message, status: e.status };
}

/** An ErrorInfo back into the registry's error class, for callers that throw. */
export function fromErrorInfo(info: ErrorInfo): VigilError {
  return new VigilError(info.code, info.message, info.status);
}
