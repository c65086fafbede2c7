import { sql, type SQL } from "drizzle-orm";
import { matchKey } from "../core/text/normalise.js";
import type { AnalysisRecord } from "../ingest/analyze-service.js";
import { ActorDirectory, type ActorWrites, type ResolvedActor } from "./actor-resolver.js";
import { actorKeys } from "./actor-rules.js";
import { factsPayload } from "./check/check-facts.js";
import type { Orm } from "./db.js";
import { foldForIndex } from "./fold-map.js";
import { passages } from "./passages.js";
import { runner } from "./register/register-sql.js";
import { RegisterLookup, suggestionRows } from "./register/suggestion-queue.js";
import { firstDay, rows, storableJson } from "./sql.js";

/** One analysed document on its way into the store: the contract record and reader metadata. */
export interface DocumentToStore {
  /** The input's display name, echoed in results. */
  name: string;
  record: AnalysisRecord;
  author?: string | null;
  language?: string | null;
  provenance?: Record<string, unknown>;
  /**
   * Its check facts as `factsPayload` writes them, when derived already: the ingest derives them
   * off the store's thread.
   */
  checkFacts?: string;
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
  let steps = 0;
  const step = (): void => {
    if (item.failAfter !== undefined && ++steps > item.failAfter)
      throw new Error(`injected failure after ${item.failAfter} steps`);
  };
  if (known) {
    // Children first (statements point at document actors), then the rows themselves.
    for (const table of [
      "search_units",
      "actor_mentions",
      "statements",
      "events",
      "figures",
      "legal_refs",
      "reports",
      "document_actors",
    ])
      await tx.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE document_id = ${known.id}`);
  }
  const directory = opts.actors ?? new ActorDirectory(tx);
  if (opts.lockActors) await directory.lock(item.record.actors.flatMap(actorKeys));
  const { resolved, writes } = await directory.resolve(item.record.actors);
  step();
  // Events of named people become review suggestions (issue 5), matched against the register.
  const queue = await suggestionRows(opts.register ?? new RegisterLookup(runner(tx)), item.record);
  step();
  // What the cross-check reads (claim types, quantities, report keys), derived once, and the
  // suggestions are written by the same statement as the document (migration 0018).
  const facts = item.checkFacts ?? factsPayload({ ...item.record, date: src.date });
  const [written] = await rows<{ id: number | null }>(
    tx,
    sql`WITH d AS MATERIALIZED (${insertAll(item, extractorVersion, resolved, writes, known?.id ?? null)})
        SELECT d.id, vigil_write_facts(d.id, ${facts}::jsonb),
          vigil_queue_suggestions(d.id, ${storableJson(queue)}::jsonb)
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

const json = (v: unknown): SQL => sql`${storableJson(v)}::jsonb`;
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * The call writing the document row and all its extractions at once (the SQL function of
 * migration 0011): each table's rows as a JSON array, one round trip per document.
 */
export function insertAll(
  item: DocumentToStore,
  extractorVersion: number,
  resolved: ResolvedActor[],
  writes: ActorWrites,
  existingId: number | null,
): SQL {
  const { record } = item;
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
  const mentions = record.actors.flatMap((a, idx) =>
    (a.mentions ?? []).map((m) => ({ a: idx, s: m.start, e: m.end })),
  );
  const statements = record.statements.map((s, idx) => ({
    idx,
    char_start: s.start,
    char_end: s.end,
    text: s.text,
    kind: s.kind,
    cue: orNull(s.cue),
    speaker_name: s.speaker?.name ?? null,
    speaker_mention: s.speaker?.mention ?? null,
    speaker_kind: s.speaker?.kind ?? null,
    speaker_role: s.speaker?.role ?? null,
    speaker_org: s.speaker?.org ?? null,
    actor: s.speaker?.actor ?? null,
    date: orNull(s.date),
    day: firstDay(s.date),
    responds_to: orNull(s.respondsTo),
    response: orNull(s.response),
    raw: s,
  }));
  const figures = record.figures.map((f, idx) => ({
    idx,
    char_start: f.start,
    char_end: f.end,
    text: f.text,
    value: Number.isFinite(f.value) ? f.value : null,
    bound: orNull(f.bound),
    unit: orNull(f.unit),
    what: orNull(f.what),
    as_of: orNull(f.asOf),
    publisher: orNull(f.publisher),
    part_of: orNull(f.partOf),
    raw: f,
  }));
  const legalRefs = record.legalRefs.map((l, idx) => ({
    idx,
    char_start: l.start,
    char_end: l.end,
    text: l.text,
    jurisdiction: orNull(l.jurisdiction),
    law: orNull(l.law),
    article: orNull(l.article),
    clause: orNull(l.clause),
    offense: orNull(l.offense),
    statute: orNull(l.statute),
    raw: l,
  }));
  const events = record.events.map((e, idx) => ({
    idx,
    char_start: e.start,
    char_end: e.end,
    text: e.text,
    type: e.type,
    person: orNull(e.person),
    actor: orNull(e.actor),
    date: orNull(e.date),
    place: orNull(e.place),
    charges: e.charges ?? [],
    sentence_months: orNull(e.sentenceMonths),
    probation_months: orNull(e.probationMonths),
    raw: e,
  }));
  const reports = record.reports.map((r, idx) => ({
    idx,
    char_start: r.start,
    char_end: r.end,
    text: r.text,
    issuer: orNull(r.issuer),
    title: orNull(r.title),
    year: orNull(r.year),
    raw: r,
  }));
  return sql`SELECT vigil_write_document(${existingId}::bigint, ${json(meta)}, ${record.text}::text,
    ${json(writes.newActors)}, ${json(writes.aliases)}, ${json(writes.context)},
    ${json(docActors)}, ${json(mentions)}, ${json(statements)}, ${json(figures)},
    ${json(legalRefs)}, ${json(events)}, ${json(reports)}, ${json(searchUnits(record))}) AS id`;
}

/** The document's title, passages and statements, as the search index holds them. */
function searchUnits(record: AnalysisRecord) {
  const text = record.text;
  const day = firstDay(record.source.date);
  const outlet_key = record.source.outlet ? matchKey(record.source.outlet) : null;
  const folded = (t: string): string | null => {
    const f = foldForIndex(t);
    return f === t ? null : f;
  };
  const base = {
    stmt: null,
    day,
    outlet_key,
    kind: null,
    speaker_key: null,
    org_key: null,
    actor: null,
  };
  const units: Record<string, unknown>[] = [];
  const title = record.source.title;
  if (title)
    units.push({
      ...base,
      unit: "title",
      char_start: 0,
      char_end: 0,
      text: title,
      folded: folded(title),
    });
  // Passages and statements are cut from the body by the database unless offsets in code points
  // would differ from the contract's UTF-16 offsets.
  const cut = !/[\uD800-\uDFFF]/.test(text);
  for (const p of passages(text)) {
    const t = text.slice(p.start, p.end);
    units.push({
      ...base,
      unit: "passage",
      char_start: p.start,
      char_end: p.end,
      text: cut ? null : t,
      folded: folded(t),
    });
  }
  record.statements.forEach((s, idx) => {
    const speaker = s.speaker;
    units.push({
      ...base,
      unit: "statement",
      stmt: idx,
      char_start: s.start,
      char_end: s.end,
      text: cut ? null : s.text,
      folded: folded(s.text),
      day: firstDay(s.date) ?? day,
      kind: s.kind,
      speaker_key: speaker ? matchKey(`${speaker.name} | ${speaker.mention}`) : null,
      org_key: speaker?.org ? matchKey(speaker.org) : null,
      actor: speaker?.actor ?? null,
    });
  });
  return units;
}
