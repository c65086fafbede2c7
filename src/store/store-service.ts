import { sql } from "drizzle-orm";
import { EXTRACTOR_VERSION } from "../core/version.js";
import { asVigilError, VigilError } from "../errors.js";
import { createAccountService } from "./accounts/accounts-service.js";
import { createActorService } from "./actor-service.js";
import { listAudit } from "./audit/audit-store.js";
import { createConfidentialService } from "./confidential-service.js";
import { createBrowseService } from "./browse/browse-service.js";
import { createCheckService } from "./check/check-service.js";
import type { Db } from "./db.js";
import { notStoredError } from "./db-errors.js";
import { ActorDirectory } from "./actor-resolver.js";
import { actorKeys } from "./actor-rules.js";
import { writeDocuments } from "./document-batch.js";
import {
  priorsFor,
  writeDocument,
  type DocumentToStore,
  type WriteResult,
} from "./document-writer.js";
import { createDumpService } from "./dump/dump-service.js";
import { createFeedService } from "./feeds/feed-store.js";
import { checkpointIfDue, maintainStore } from "./maintenance.js";
import { runner } from "./register/register-sql.js";
import { createRegisterService } from "./register/register-service.js";
import { RegisterLookup } from "./register/register-lookup.js";
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

  const failed = (item: DocumentToStore, err: unknown): IngestItemResult => ({
    id: item.name,
    ok: false,
    error: errorInfo(notStoredError(item.name, err)),
  });
  const done = (item: DocumentToStore, r: WriteResult): IngestItemResult => ({
    id: item.name,
    ok: true,
    status: r.status,
    documentId: r.documentId,
  });

  /** One document, one transaction. */
  async function ingestOne(item: DocumentToStore): Promise<IngestItemResult> {
    try {
      const r = await db.orm.transaction(async (tx) => {
        return writeDocument(tx, item, extractorVersion, {
          lockActors: db.backend === "postgres",
        });
      });
      return done(item, r);
    } catch (err) {
      return failed(item, err);
    }
  }

  /**
   * A batch in one transaction: one commit, one lookup of content hashes, of actor names and of
   * the register's cases for the whole batch — what dominates on PGlite, where every statement
   * and every commit has a fixed cost — and one call writing the batch's new documents
   * (`writeDocuments`). Any failure rolls the batch back and each document is
   * then written in a transaction of its own, so a bad document fails alone and the others are
   * stored.
   */
  async function ingestBatch(items: DocumentToStore[]): Promise<IngestItemResult[]> {
    try {
      return await db.orm.transaction(async (tx) => {
        const priors = await priorsFor(
          tx,
          items.map((i) => i.record.source.sha256),
        );
        const actors = new ActorDirectory(tx, 32);
        await actors.load(items.flatMap((i) => i.record.actors.flatMap(actorKeys)));
        const register = new RegisterLookup(runner(tx));
        await register.load(items.flatMap((i) => i.record.events.flatMap((e) => e.person ?? [])));
        const written = await writeDocuments(tx, items, extractorVersion, {
          actors,
          register,
          priors,
        });
        return items.map((item, i) => done(item, written[i]!));
      });
    } catch {
      const results: IngestItemResult[] = [];
      for (const item of items) results.push(await ingestOne(item));
      return results;
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
      // PGlite is one connection: batches, one commit each. PostgreSQL takes several documents
      // at once, each in its own transaction, so writers on other machines interleave freely.
      if (db.backend === "pglite") {
        const results = await ingestBatch(items);
        // The batch is committed whatever happens here; a checkpoint that fails is tried again
        // after the next one (a full disk shows in the next write instead).
        await checkpointIfDue(db).catch(() => {});
        return results;
      }
      const width = Math.max(1, opts.concurrency ?? 4);
      const results: IngestItemResult[] = new Array(items.length);
      // Copies of one content go through one lane in input order, so the first is "ingested".
      const groups = new Map<string, number[]>();
      items.forEach((item, i) => {
        const sha = item.record.source.sha256;
        groups.set(sha, [...(groups.get(sha) ?? []), i]);
      });
      const queue = [...groups.values()];
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < queue.length) {
          for (const i of queue[next++]!) results[i] = await ingestOne(items[i]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(width, queue.length) }, lane));
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
    ...createDumpService(db),
    auditList: (q) => listAudit(db, q),
    ...createConfidentialService(db),
    ...createFeedService(db, extractorVersion),

    async ping(delayMs = 0) {
      if (delayMs > 0) await rows(db.orm, sql`SELECT pg_sleep(${delayMs / 1000})`);
      else await db.query("SELECT 1");
      return { ok: true, backend: db.backend };
    },

    maintain: () => maintainStore(db),

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
