import { eq, sql } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import { matchKey } from "../core/text/normalise.js";
import type { AnalysisRecord } from "../ingest/analyze-service.js";
import { resolveDocumentActors } from "./actor-resolver.js";
import { writeCheckFacts } from "./check/check-facts.js";
import type { Backend, Orm } from "./db.js";
import { foldForIndex } from "./fold-map.js";
import { passages } from "./passages.js";
import {
  actorMentions,
  documentActors,
  documents,
  events,
  figures,
  legalRefs,
  reports,
  searchUnits,
  statements,
} from "./schema/index.js";
import { chunks, firstDay, rows } from "./sql.js";

/** One analysed document on its way into the store: the contract record and reader metadata. */
export interface DocumentToStore {
  /** The input's display name, echoed in results. */
  name: string;
  record: AnalysisRecord;
  author?: string | null;
  language?: string | null;
  provenance?: Record<string, unknown>;
  /** Test hook: throw after this many extraction tables were written (atomicity tests). */
  failAfter?: number;
}

export type WriteStatus = "ingested" | "unchanged" | "reextracted";

export interface WriteResult {
  status: WriteStatus;
  documentId: number;
}

const EXTRACTION_TABLES = [
  searchUnits,
  actorMentions,
  statements,
  events,
  figures,
  legalRefs,
  reports,
  documentActors,
] as const;

/**
 * Writes one document and everything found in it, inside the caller's transaction. Same content
 * and same extractor version: nothing to do. Same content, older extractor: its extractions are
 * replaced (and only its). New content: inserted; a concurrent writer inserting the same content
 * first makes this one "unchanged".
 */
export async function writeDocument(
  tx: Orm,
  item: DocumentToStore,
  extractorVersion: number,
  backend: Backend,
): Promise<WriteResult> {
  const { record } = item;
  const src = record.source;
  const existing = await rows<{ id: number; extractor_version: number }>(
    tx,
    sql`SELECT id, extractor_version FROM documents WHERE sha256 = ${src.sha256} FOR UPDATE`,
  );
  const meta = {
    sourceId: src.id ?? null,
    title: src.title ?? null,
    outlet: src.outlet ?? null,
    date: src.date ?? null,
    day: firstDay(src.date),
    url: src.url ?? null,
    author: item.author ?? null,
    language: item.language ?? null,
    format: src.format,
    path: src.path,
    provenance: item.provenance ?? {},
    extractorVersion,
    warnings: record.warnings ?? [],
  };
  let documentId: number;
  let status: WriteStatus;
  const prior = existing[0];
  if (prior && prior.extractor_version >= extractorVersion) {
    return { status: "unchanged", documentId: prior.id };
  } else if (prior) {
    documentId = prior.id;
    status = "reextracted";
    for (const table of EXTRACTION_TABLES)
      await tx.delete(table).where(eq(table.documentId, documentId));
    await tx
      .update(documents)
      .set({ ...meta, extractedAt: sql`now()` })
      .where(eq(documents.id, documentId));
  } else {
    const inserted = await tx
      .insert(documents)
      .values({ ...meta, sha256: src.sha256, text: record.text, chars: record.text.length })
      .onConflictDoNothing({ target: documents.sha256 })
      .returning({ id: documents.id });
    if (inserted.length === 0) {
      const [other] = await rows<{ id: number }>(
        tx,
        sql`SELECT id FROM documents WHERE sha256 = ${src.sha256}`,
      );
      return { status: "unchanged", documentId: other!.id };
    }
    documentId = inserted[0]!.id;
    status = "ingested";
  }
  await writeExtractions(tx, documentId, item, backend);
  return { status, documentId };
}

async function writeExtractions(
  tx: Orm,
  documentId: number,
  item: DocumentToStore,
  backend: Backend,
): Promise<void> {
  const { record } = item;
  let written = 0;
  const step = (): void => {
    written++;
    if (item.failAfter !== undefined && written > item.failAfter)
      throw new Error(`injected failure after ${item.failAfter} tables`);
  };

  // Actors first: statements and events point at them.
  const resolved = await resolveDocumentActors(tx, record.actors, backend);
  const docActorIds: number[] = [];
  for (const part of chunks(
    record.actors.map((a, idx) => ({ a, idx })),
    14,
  )) {
    const ids = await tx
      .insert(documentActors)
      .values(
        part.map(({ a, idx }) => ({
          documentId,
          idx,
          name: a.name,
          kind: a.kind,
          key: matchKey(a.name),
          aliases: a.aliases ?? [],
          roles: a.roles ?? [],
          orgs: a.orgs ?? [],
          mentionCount: a.mentions?.length ?? 0,
          actorId: resolved[idx]!.actorId,
          linkRule: resolved[idx]!.rule,
          linkEvidence: resolved[idx]!.evidence,
          raw: a,
        })),
      )
      .returning({ id: documentActors.id, idx: documentActors.idx });
    for (const r of ids) docActorIds[r.idx] = r.id;
  }
  step();
  const mentions = record.actors.flatMap((a, idx) =>
    (a.mentions ?? []).map((m) => ({
      documentId,
      documentActorId: docActorIds[idx]!,
      charStart: m.start,
      charEnd: m.end,
    })),
  );
  for (const part of chunks(mentions, 4)) await tx.insert(actorMentions).values(part);
  step();
  const actorRef = (i: number | null | undefined): number | null =>
    i === null || i === undefined ? null : (docActorIds[i] ?? null);

  const statementIds: number[] = [];
  for (const part of chunks(
    record.statements.map((s, idx) => ({ s, idx })),
    19,
  )) {
    const ids = await tx
      .insert(statements)
      .values(
        part.map(({ s, idx }) => ({
          documentId,
          idx,
          charStart: s.start,
          charEnd: s.end,
          text: s.text,
          kind: s.kind,
          cue: s.cue ?? null,
          speakerName: s.speaker?.name ?? null,
          speakerMention: s.speaker?.mention ?? null,
          speakerKind: s.speaker?.kind ?? null,
          speakerRole: s.speaker?.role ?? null,
          speakerOrg: s.speaker?.org ?? null,
          documentActorId: actorRef(s.speaker?.actor),
          date: s.date ?? null,
          day: firstDay(s.date),
          respondsTo: s.respondsTo ?? null,
          response: s.response ?? null,
          raw: s,
        })),
      )
      .returning({ id: statements.id, idx: statements.idx });
    for (const r of ids) statementIds[r.idx] = r.id;
  }
  step();
  for (const part of chunks(indexed(record.figures), 14))
    await tx.insert(figures).values(
      part.map(([f, idx]) => ({
        documentId,
        idx,
        charStart: f.start,
        charEnd: f.end,
        text: f.text,
        value: Number.isFinite(f.value) ? f.value : null,
        bound: f.bound ?? null,
        unit: f.unit ?? null,
        what: f.what ?? null,
        asOf: f.asOf ?? null,
        publisher: f.publisher ?? null,
        partOf: f.partOf ?? null,
        raw: f,
      })),
    );
  step();
  for (const part of chunks(indexed(record.legalRefs), 13))
    await tx.insert(legalRefs).values(
      part.map(([l, idx]) => ({
        documentId,
        idx,
        charStart: l.start,
        charEnd: l.end,
        text: l.text,
        jurisdiction: l.jurisdiction ?? null,
        law: l.law ?? null,
        article: l.article ?? null,
        clause: l.clause ?? null,
        offense: l.offense ?? null,
        statute: l.statute ?? null,
        raw: l,
      })),
    );
  step();
  for (const part of chunks(indexed(record.events), 15))
    await tx.insert(events).values(
      part.map(([e, idx]) => ({
        documentId,
        idx,
        charStart: e.start,
        charEnd: e.end,
        text: e.text,
        type: e.type,
        person: e.person ?? null,
        documentActorId: actorRef(e.actor),
        date: e.date ?? null,
        place: e.place ?? null,
        charges: e.charges ?? [],
        sentenceMonths: e.sentenceMonths ?? null,
        probationMonths: e.probationMonths ?? null,
        raw: e,
      })),
    );
  step();
  for (const part of chunks(indexed(record.reports), 10))
    await tx.insert(reports).values(
      part.map(([r, idx]) => ({
        documentId,
        idx,
        charStart: r.start,
        charEnd: r.end,
        text: r.text,
        issuer: r.issuer ?? null,
        title: r.title ?? null,
        year: r.year ?? null,
        raw: r,
      })),
    );
  step();
  await writeSearchUnits(tx, documentId, item, statementIds, docActorIds);
  step();
  // What the cross-check reads (claim types, quantities, report keys): derived once, here.
  await writeCheckFacts(tx, documentId, { ...record, date: record.source.date });
}

async function writeSearchUnits(
  tx: Orm,
  documentId: number,
  item: DocumentToStore,
  statementIds: number[],
  docActorIds: number[],
): Promise<void> {
  const { record } = item;
  const text = record.text;
  const day = firstDay(record.source.date);
  const outletKey = record.source.outlet ? matchKey(record.source.outlet) : null;
  const base = {
    documentId,
    outletKey,
    statementId: null,
    kind: null,
    speakerKey: null,
    orgKey: null,
    documentActorId: null,
  };
  const units: PgInsertValue<typeof searchUnits>[] = [];
  const title = record.source.title;
  if (title)
    units.push({
      ...base,
      unit: "title",
      charStart: 0,
      charEnd: 0,
      text: title,
      day,
      tsv: sql`setweight(to_tsvector('simple', ${foldForIndex(title)}), 'A')`,
    });
  for (const p of passages(text)) {
    const t = text.slice(p.start, p.end);
    units.push({
      ...base,
      unit: "passage",
      charStart: p.start,
      charEnd: p.end,
      text: t,
      day,
      tsv: sql`to_tsvector('simple', ${foldForIndex(t)})`,
    });
  }
  record.statements.forEach((s, idx) => {
    const speaker = s.speaker;
    units.push({
      ...base,
      unit: "statement",
      statementId: statementIds[idx] ?? null,
      charStart: s.start,
      charEnd: s.end,
      text: s.text,
      day: firstDay(s.date) ?? day,
      kind: s.kind,
      speakerKey: speaker ? matchKey([speaker.name, speaker.mention].join(" | ")) : null,
      orgKey: speaker?.org ? matchKey(speaker.org) : null,
      documentActorId:
        speaker?.actor !== null && speaker?.actor !== undefined
          ? (docActorIds[speaker.actor] ?? null)
          : null,
      tsv: sql`to_tsvector('simple', ${foldForIndex(s.text)})`,
    });
  });
  for (const part of chunks(units, 14)) await tx.insert(searchUnits).values(part);
}

function indexed<T>(items: readonly T[]): [T, number][] {
  return items.map((item, i) => [item, i]);
}
