// Writing a batch of documents in one transaction with one call (`vigil_write_documents`,
// migration 0020) instead of one call per document: on PGlite every statement pays its parse,
// plan and round trip, and every insert in the write functions its executor start-up, once per
// call (docs/store.md, "Measured"). Used for PGlite's batches, which are one transaction already
// and written again one document per transaction if anything in them fails
// (src/store/store-service.ts), so a bad document still fails alone. PGlite only: it skips the
// foreign-key re-checks (below), which a server with other writers needs.

import { sql } from "drizzle-orm";
import type { ActorDirectory, ActorWrites } from "./actor-resolver.js";
import type { Orm } from "./db.js";
import {
  documentCall,
  failureHook,
  writeDocument,
  type DocumentCall,
  type DocumentToStore,
  type Prior,
  type WriteResult,
} from "./document-writer.js";
import type { RegisterLookup } from "./register/register-lookup.js";
import { jsonbBytes as jsonb, rows, storableJson, textBytes as text } from "./sql.js";

interface Pending {
  pos: number;
  item: DocumentToStore;
  call: DocumentCall;
  step: () => void;
}

/**
 * Writes `items` inside the caller's transaction, new documents together in as few calls as can
 * be: a re-extraction (rare) is written on its own, as is a second copy of content waiting in
 * the batch, after the documents before it. `priors`: what the store holds by content hash,
 * updated as documents are written.
 */
export async function writeDocuments(
  tx: Orm,
  items: readonly DocumentToStore[],
  extractorVersion: number,
  opts: { actors: ActorDirectory; register: RegisterLookup; priors: Map<string, Prior> },
): Promise<WriteResult[]> {
  const results: WriteResult[] = new Array(items.length);
  let pending: Pending[] = [];
  const waiting = new Set<string>();

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    waiting.clear();
    const ids = await callBatch(
      tx,
      batch.map((p) => p.call),
    );
    for (const [i, p] of batch.entries()) {
      p.step();
      const sha = p.item.record.source.sha256;
      const id = ids[i] ?? null;
      if (id === null) {
        // Stored meanwhile by another writer (only possible on a server): "unchanged".
        const [other] = await rows<{ id: number }>(
          tx,
          sql`SELECT id FROM documents WHERE sha256 = ${sha}`,
        );
        results[p.pos] = { status: "unchanged", documentId: other!.id };
        opts.priors.set(sha, { id: other!.id, extractor_version: extractorVersion });
      } else {
        results[p.pos] = { status: "ingested", documentId: id };
        opts.priors.set(sha, { id, extractor_version: extractorVersion });
      }
    }
  };

  for (const [pos, item] of items.entries()) {
    const sha = item.record.source.sha256;
    if (waiting.has(sha)) await flush();
    const prior = opts.priors.get(sha) ?? null;
    if (prior && prior.extractor_version >= extractorVersion) {
      results[pos] = { status: "unchanged", documentId: prior.id };
      continue;
    }
    if (prior) {
      // Its old extractions are deleted first: after the documents before it, on its own.
      await flush();
      const r = await writeDocument(tx, item, extractorVersion, { ...opts, prior });
      opts.priors.set(sha, { id: r.documentId, extractor_version: extractorVersion });
      results[pos] = r;
      continue;
    }
    const step = failureHook(item);
    const call = await documentCall(tx, item, extractorVersion, opts, step);
    pending.push({ pos, item, call, step });
    waiting.add(sha);
  }
  await flush();
  return results;
}

/** JSON arrays, one per document, as one JSON array. */
const perDocument = (parts: string[]): string => `[${parts.join(",")}]`;

/**
 * The call itself: the documents' ids in order, null where the content was stored already. Its
 * parameters (about 3 MB for 64 documents) go in binary format (`jsonbBytes`): PGlite measures
 * and copies a text parameter character by character in JavaScript.
 */
async function callBatch(tx: Orm, calls: readonly DocumentCall[]): Promise<(number | null)[]> {
  const writes: ActorWrites = { newActors: [], aliases: [], context: [] };
  // An actor's context grown by several documents: its last state, once.
  const context = new Map<number, ActorWrites["context"][number]>();
  for (const c of calls) {
    writes.newActors.push(...c.writes.newActors);
    writes.aliases.push(...c.writes.aliases);
    for (const x of c.writes.context) context.set(x.id, x);
  }
  writes.context = [...context.values()];
  const of = (f: (c: DocumentCall) => string): Uint8Array => jsonb(perDocument(calls.map(f)));
  const bodies = sql.join(
    calls.map((c) => sql`${text(c.body)}::text`),
    sql`, `,
  );
  // Every key this call writes points at a row it has just inserted or joined to, or at an actor
  // the batch resolved in this transaction; on PGlite no other connection can remove one
  // meanwhile. Re-checking each of the ~120 keys a document writes, one query each, was a fifth
  // of the write (docs/store.md, "Key checks"), so the call runs in replica mode, which fires no
  // foreign-key triggers, and the mode is set back before anything else runs: a later delete
  // must cascade.
  await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  const [row] = await rows<{ ids: (number | string | null)[] }>(
    tx,
    sql`SELECT vigil_write_documents(${of((c) => c.meta)}::jsonb,
      ARRAY[${bodies}]::text[],
      ${jsonb(storableJson(writes.newActors))}::jsonb, ${jsonb(storableJson(writes.aliases))}::jsonb,
      ${jsonb(storableJson(writes.context))}::jsonb, ${of((c) => c.docActors)}::jsonb,
      ${of((c) => c.prepared.statements)}::jsonb,
      ${of((c) => c.prepared.figures)}::jsonb, ${of((c) => c.prepared.legalRefs)}::jsonb,
      ${of((c) => c.prepared.events)}::jsonb, ${of((c) => c.prepared.reports)}::jsonb,
      ${of((c) => c.prepared.units)}::jsonb, ${of((c) => c.prepared.checkFacts)}::jsonb,
      ${of((c) => c.queue)}::jsonb) AS ids`,
  );
  await tx.execute(sql`SET LOCAL session_replication_role = origin`);
  return row!.ids.map((id) => (id === null ? null : Number(id)));
}
