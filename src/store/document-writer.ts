import { sql, type SQL } from "drizzle-orm";
import { matchKey } from "../core/text/normalise.js";
import type { AnalysisRecord } from "../ingest/analyze-service.js";
import { ActorDirectory, type ActorWrites } from "./actor-resolver.js";
import { actorKeys } from "./actor-rules.js";
import type { Orm } from "./db.js";
import { prepareDocument, type PreparedDocument } from "./document-rows.js";
import { runner } from "./register/register-sql.js";
import { RegisterLookup } from "./register/register-lookup.js";
import { suggestionRows } from "./register/suggestion-queue.js";
import { firstDay, rows, storableJson } from "./sql.js";

/** One analysed document on its way into the store: the contract record and reader metadata. */
export interface DocumentToStore {
  /** The input's display name, echoed in results. */
  name: string;
  record: AnalysisRecord;
  author?: string | null;
  language?: string | null;
  provenance?: Record<string, unknown>;
  /** Its rows as `prepareDocument` gives them, when prepared already (off the store's thread). */
  prepared?: PreparedDocument;
  /** Test hook: throw after this many writing steps (atomicity tests). */
  failAfter?: number;
}

export type WriteStatus = "ingested" | "unchanged" | "reextracted";

export interface WriteResult {
  status: WriteStatus;
  documentId: number;
}

/** What the store already holds for a content hash. */
export interface Prior {
  id: number;
  extractor_version: number;
}

export async function priorsFor(tx: Orm, hashes: readonly string[]): Promise<Map<string, Prior>> {
  if (hashes.length === 0) return new Map();
  const found = await rows<Prior & { sha256: string }>(
    tx,
    sql`SELECT id, extractor_version, sha256 FROM documents
        WHERE sha256 = ANY(${sql.param([...hashes])}::text[]) FOR UPDATE`,
  );
  return new Map(found.map((r) => [r.sha256, r]));
}

/**
 * Writes one document and everything found in it, inside the caller's transaction. Same content
 * and extractor version: nothing to do. Same content, older extractor: its extractions are
 * replaced, and only its. New content: inserted; if a concurrent writer inserted the same content
 * first, this one is "unchanged". `prior` is what a lookup of the content hash found, when the
 * caller looked it up for a whole batch; `actors` resolves names across documents (with
 * `lockActors` on PostgreSQL, where other processes write concurrently); `register` finds the
 * cases the document's events may concern, for a batch at once.
 */
export async function writeDocument(
  tx: Orm,
  item: DocumentToStore,
  extractorVersion: number,
  opts: {
    actors?: ActorDirectory;
    lockActors?: boolean;
    prior?: Prior | null;
    register?: RegisterLookup;
  } = {},
): Promise<WriteResult> {
  const src = item.record.source;
  const known =
    opts.prior === undefined ? (await priorsFor(tx, [src.sha256])).get(src.sha256) : opts.prior;
  if (known && known.extractor_version >= extractorVersion)
    return { status: "unchanged", documentId: known.id };
  const step = failureHook(item);
  if (known) {
    // Children first (statements point at document actors), then the rows themselves.
    for (const table of [
      "search_units",
      "statements",
      "events",
      "figures",
      "legal_refs",
      "reports",
      "document_actors",
    ])
      await tx.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE document_id = ${known.id}`);
  }
  const call = await documentCall(tx, item, extractorVersion, opts, step);
  const [written] = await rows<{ id: number | null }>(
    tx,
    sql`WITH d AS MATERIALIZED (${insertAll(call, known?.id ?? null)})
        SELECT d.id, vigil_write_facts(d.id, ${call.prepared.checkFacts}::jsonb),
          vigil_queue_suggestions(d.id, ${call.queue}::jsonb)
        FROM d`,
  );
  step();
  if (!written || written.id === null) {
    const [other] = await rows<{ id: number }>(
      tx,
      sql`SELECT id FROM documents WHERE sha256 = ${src.sha256}`,
    );
    return { status: "unchanged", documentId: other!.id };
  }
  return { status: known ? "reextracted" : "ingested", documentId: written.id };
}

/** The atomicity tests' hook: a step counter that throws after `item.failAfter` steps. */
export function failureHook(item: DocumentToStore): () => void {
  let steps = 0;
  return () => {
    if (item.failAfter !== undefined && ++steps > item.failAfter)
      throw new Error(`injected failure after ${item.failAfter} steps`);
  };
}

/**
 * One document's arguments for the write functions, as JSON: everything `vigil_write_document`
 * (migration 0011) and `vigil_write_documents` (migration 0020) take but its id. Resolving its
 * actors may draw actor ids; the register lookup may read cases.
 */
export interface DocumentCall {
  meta: string;
  body: string;
  writes: ActorWrites;
  docActors: string;
  prepared: PreparedDocument;
  /** Its review-queue suggestions. */
  queue: string;
}

/** Resolves a document's actors and suggestions; `step` is the atomicity tests' failure hook. */
export async function documentCall(
  tx: Orm,
  item: DocumentToStore,
  extractorVersion: number,
  opts: { actors?: ActorDirectory; lockActors?: boolean; register?: RegisterLookup },
  step: () => void,
): Promise<DocumentCall> {
  const { record } = item;
  const directory = opts.actors ?? new ActorDirectory(tx);
  if (opts.lockActors) await directory.lock(record.actors.flatMap(actorKeys));
  const { resolved, writes } = await directory.resolve(record.actors);
  step();
  // Events of named people become review suggestions (issue 5), matched against the register.
  const queue = await suggestionRows(opts.register ?? new RegisterLookup(runner(tx)), record);
  step();
  // The document's rows (`document-rows.ts`), its check facts (what the cross-check reads) and
  // its suggestions are written by the same call.
  const prepared = item.prepared ?? prepareDocument(record);
  const src = record.source;
  const meta = {
    sha256: src.sha256,
    source_id: src.id ?? null,
    title: src.title ?? null,
    outlet: src.outlet ?? null,
    date: src.date ?? null,
    day: firstDay(src.date),
    url: src.url ?? null,
    author: item.author ?? null,
    language: item.language ?? null,
    format: src.format,
    path: src.path,
    provenance: item.provenance ?? src.provenance ?? {},
    chars: record.text.length,
    extractor_version: extractorVersion,
    warnings: record.warnings ?? [],
  };
  const docActors = record.actors.map((a, idx) => ({
    idx,
    name: a.name,
    kind: a.kind,
    key: matchKey(a.name),
    aliases: a.aliases ?? [],
    roles: a.roles ?? [],
    orgs: a.orgs ?? [],
    mention_count: a.mentions?.length ?? 0,
    actor_id: resolved[idx]!.actorId,
    link_rule: resolved[idx]!.rule,
    link_evidence: resolved[idx]!.evidence,
    raw: a,
  }));
  return {
    meta: storableJson(meta),
    body: record.text,
    writes,
    docActors: storableJson(docActors),
    prepared,
    queue: storableJson(queue),
  };
}

const json = (v: unknown): SQL => sql`${storableJson(v)}::jsonb`;

/**
 * The call writing the document row and all its extractions at once (the SQL function of
 * migrations 0011 and 0021): each table's rows as a JSON array, one round trip per document.
 */
function insertAll(c: DocumentCall, existingId: number | null): SQL {
  const r = c.prepared;
  return sql`SELECT vigil_write_document(${existingId}::bigint, ${c.meta}::jsonb, ${c.body}::text,
    ${json(c.writes.newActors)}, ${json(c.writes.aliases)}, ${json(c.writes.context)},
    ${c.docActors}::jsonb, ${r.statements}::jsonb, ${r.figures}::jsonb,
    ${r.legalRefs}::jsonb, ${r.events}::jsonb, ${r.reports}::jsonb, ${r.units}::jsonb) AS id`;
}
