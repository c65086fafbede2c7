import type { EventLoopUtilization } from "node:perf_hooks";
import type { ActorKind } from "../core/types.js";
import type { DocumentToStore, WriteStatus } from "./document-writer.js";
import { ACCOUNT_METHODS, type AccountService } from "./accounts/accounts-types.js";
import { AUDIT_METHODS, type AuditService, type ChangeBy } from "./audit/audit-types.js";
import {
  CONFIDENTIAL_METHODS,
  type ConfidentialService,
  type Visibility,
} from "./confidential-types.js";
import { BROWSE_METHODS, type BrowseService } from "./browse/browse-types.js";
import { CHECK_METHODS, type CheckService } from "./check/check-types.js";
import { DUMP_METHODS, type DumpService } from "./dump/dump-types.js";
import { FEED_METHODS, type FeedService } from "./feeds/feed-types.js";
import type { Maintenance } from "./maintenance.js";
import { REGISTER_METHODS, type RegisterService } from "./register/register-types.js";

// The store's service surface: what the CLI calls today and the HTTP API will call later. Every
// argument and result is plain data (structured-clone safe), so the same interface is served
// in-process or from the worker thread that owns an embedded database.

export type { DocumentToStore, WriteStatus } from "./document-writer.js";

/** A failure as plain data: crosses the worker boundary and maps to the one error shape. */
export interface ErrorInfo {
  code: string;
  message: string;
  status: number;
}

/** One document's outcome in a batch: per-item results, never a thrown batch. */
export interface IngestItemResult {
  id: string;
  ok: boolean;
  status?: WriteStatus;
  documentId?: number;
  error?: ErrorInfo;
}

export interface StoreInfo {
  backend: "pglite" | "postgres";
  location: string;
  extractorVersion: number;
  counts: Record<string, number>;
}

export interface ActorListQuery extends Visibility {
  kind?: ActorKind;
  /** Only actors with a name or alias containing this (diacritics and case ignored). */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface ActorSummary {
  id: number;
  name: string;
  kind: ActorKind;
  aliases: string[];
  documents: number;
  mentions: number;
  statements: number;
  /** Marked, or linked to a confidential case (shown only to those who may see it). */
  confidential: boolean;
}

export interface DocumentRef {
  id: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string;
}

export interface ActorStatement {
  id: number;
  kind: string;
  text: string;
  cue: string | null;
  date: string | null;
  mention: string | null;
  role: string | null;
  org: string | null;
  start: number;
  end: number;
  /** The sentence(s) of the source the statement sits in. */
  sentence: string;
  document: DocumentRef;
}

export interface MergeRecord {
  id: number;
  kind: "merge" | "split";
  into: { id: number; name: string };
  from: { id: number; name: string };
  documentActorIds: number[];
  evidence: Record<string, unknown>;
  automatic: boolean;
  createdAt: string;
  undoneAt: string | null;
}

export interface ActorLink {
  document: DocumentRef;
  name: string;
  rule: string;
  evidence: Record<string, unknown>;
}

export interface ActorDetail extends ActorSummary {
  roles: string[];
  orgs: string[];
  /** Actors merged into this one (their ids still resolve here). */
  merged: { id: number; name: string }[];
  statements: number;
  statementList: ActorStatement[];
  links: ActorLink[];
  history: MergeRecord[];
}

export type SearchKind = "source" | "statement" | "direct" | "indirect" | "mixed";

export interface SearchQuery extends Visibility {
  query: string;
  speaker?: string;
  org?: string;
  /** Inclusive, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  kind?: SearchKind;
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  type: "source" | "statement";
  score: number;
  document: DocumentRef;
  statement: {
    id: number;
    kind: string;
    speaker: string | null;
    role: string | null;
    org: string | null;
    cue: string | null;
    date: string | null;
  } | null;
  /** Where the snippet sits in the document text; null when the match is in the title. */
  start: number | null;
  end: number | null;
  field: "title" | "text";
  snippet: string;
  /** `[start, end)` ranges of matched words inside `snippet`. */
  highlights: [number, number][];
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
}

export interface StoreService
  extends
    RegisterService,
    BrowseService,
    AccountService,
    CheckService,
    DumpService,
    AuditService,
    ConfidentialService,
    FeedService {
  info(): Promise<StoreInfo>;
  /** Writes analysed documents, one transaction each. */
  ingest(items: DocumentToStore[]): Promise<IngestItemResult[]>;
  listActors(q?: ActorListQuery): Promise<ActorSummary[]>;
  /** Actors a user's words name: an id (`12`, `#12`), an exact name or alias, or a part of one. */
  findActors(nameOrId: string, opts?: Visibility): Promise<ActorSummary[]>;
  actor(id: number, opts?: { limit?: number } & Visibility): Promise<ActorDetail>;
  /** Merges `fromId` into `intoId`; `reason` is kept with the merge and is the audit's `why`. */
  mergeActors(intoId: number, fromId: number, reason?: string, by?: string): Promise<MergeRecord>;
  splitActor(
    actorId: number,
    documentIds: number[],
    reason?: string,
    by?: string,
  ): Promise<MergeRecord>;
  /** Undoes a merge or a split. */
  unmerge(mergeId: number, change?: ChangeBy): Promise<MergeRecord>;
  history(actorId?: number, opts?: Visibility): Promise<MergeRecord[]>;
  search(q: SearchQuery): Promise<SearchResult>;
  /**
   * After writes: VACUUMs an embedded store that has grown enough since the last time (PGlite
   * runs no autovacuum; `maintenance.ts`). A PostgreSQL server maintains itself.
   */
  maintain(): Promise<Maintenance>;
  /** A health check; `delayMs` holds the database that long (tests prove the worker isolates it). */
  ping(delayMs?: number): Promise<{ ok: true; backend: string }>;
  close(): Promise<void>;
  /**
   * How busy the store's own thread has been (worker stores only): its event-loop utilisation,
   * since `since` when given (as `performance.eventLoopUtilization`). Benchmarks read it to see
   * which thread an ingest waits on.
   */
  threadUse?(since?: EventLoopUtilization): EventLoopUtilization;
}

/** Methods served over the worker protocol (everything but `close`, which the client handles). */
export const STORE_METHODS = [
  "info",
  "ingest",
  "listActors",
  "findActors",
  "actor",
  "mergeActors",
  "splitActor",
  "unmerge",
  "history",
  "search",
  "ping",
  "maintain",
  ...REGISTER_METHODS,
  ...BROWSE_METHODS,
  ...ACCOUNT_METHODS,
  ...CHECK_METHODS,
  ...DUMP_METHODS,
  ...AUDIT_METHODS,
  ...CONFIDENTIAL_METHODS,
  ...FEED_METHODS,
] as const satisfies readonly Exclude<keyof StoreService, "close">[];
