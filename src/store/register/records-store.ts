// Reading and writing the register's event records with their charges and evidence. Records are
// only ever inserted: a correction is a new record that supersedes or retracts an older one.

import { sql } from "drizzle-orm";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { recordMillis } from "../../core/register/record-time.js";
import type {
  CaseEvent,
  CaseEventType,
  EvidenceSource,
  ReleaseReason,
} from "../../core/register/types.js";
import { arr, batches, unnest, type Run } from "./register-sql.js";

/** Evidence as the database keeps it: from an article, the document and the span too. */
export interface StoredSource extends EvidenceSource {
  documentId: number | null;
  start: number | null;
  end: number | null;
}

export interface StoredRecord {
  pk: number;
  event: CaseEvent;
  sources: StoredSource[];
  origin: string;
  writtenAt: string;
}

/** A record to write, with the case row it belongs to and what wrote it. */
export interface NewRecord {
  event: CaseEvent;
  casePk: number;
  origin: string;
  /** Per source (same order as `event.sources`): the document and span it was read from. */
  spans?: ({ documentId: number; start: number; end: number } | null)[];
}

type RecordRow = {
  pk: number;
  event_id: string;
  case_id: string;
  type: CaseEventType;
  date: string;
  release_reason: ReleaseReason | null;
  sentence_months: number | null;
  probation_months: number | null;
  house_arrest_months: number | null;
  suspended: boolean;
  recorded_as: string;
  supersedes: string | null;
  retracted: boolean;
  origin: string;
  written_at: string;
  charges: string[];
  sources: StoredSource[];
};

/** Every record of the given cases (null: of every case), in the order they were written. */
export async function recordsOf(
  run: Run,
  casePks: readonly number[] | null,
): Promise<StoredRecord[]> {
  if (casePks !== null && casePks.length === 0) return [];
  const where = casePks === null ? sql`TRUE` : sql`e.case_pk = ANY(${arr(casePks, "bigint")})`;
  const found = await run<RecordRow>(sql`
    SELECT e.id AS pk, e.event_id, c.case_id, e.type, e.date, e.release_reason, e.sentence_months,
      e.probation_months, e.house_arrest_months, e.suspended, e.recorded_as, e.supersedes,
      e.retracted, e.origin, e.written_at,
      coalesce((SELECT array_agg(ch.charge ORDER BY ch.ord) FROM case_event_charges ch
                WHERE ch.event_pk = e.id), '{}') AS charges,
      coalesce((SELECT json_agg(json_build_object('sourceId', s.source_id, 'url', s.url,
                  'note', s.note, 'documentId', s.document_id, 'start', s.char_start,
                  'end', s.char_end) ORDER BY s.ord)
                FROM case_event_sources s WHERE s.event_pk = e.id), '[]') AS sources
    FROM case_events e JOIN cases c ON c.id = e.case_pk
    WHERE ${where}
    ORDER BY e.id`);
  return found.map((r) => ({
    pk: r.pk,
    origin: r.origin,
    writtenAt: r.written_at,
    sources: r.sources,
    event: {
      id: r.event_id,
      caseId: r.case_id,
      type: r.type,
      date: r.date,
      releaseReason: r.release_reason,
      charges: r.charges,
      sentenceMonths: r.sentence_months,
      probationMonths: r.probation_months,
      houseArrestMonths: r.house_arrest_months,
      suspended: r.suspended,
      sources: r.sources.map((s) => ({ sourceId: s.sourceId, url: s.url, note: s.note })),
      recordedAt: r.recorded_as,
      supersedes: r.supersedes,
      retracted: r.retracted,
    },
  }));
}

/** The record time a database compares: the timestamp to the millisecond, in UTC. */
export function recordInstant(recordedAt: string): string {
  return new Date(recordMillis(recordedAt)).toISOString();
}

/** Inserts records with their charges and evidence; returns their row ids by event id. */
export async function insertRecords(
  run: Run,
  list: readonly NewRecord[],
): Promise<Map<string, number>> {
  const pks = new Map<string, number>();
  for (const part of batches(list)) {
    const col = (f: (e: CaseEvent) => string | number | boolean | null, type: string) =>
      arr(
        part.map((r) => f(r.event)),
        type,
      );
    const ids = await run<{ pk: number; event_id: string }>(sql`
      INSERT INTO case_events (event_id, case_pk, type, date, release_reason, sentence_months,
        probation_months, house_arrest_months, suspended, recorded_at, recorded_as, supersedes,
        retracted, origin)
      SELECT * FROM ${unnest([
        col((e) => e.id, "text"),
        arr(
          part.map((r) => r.casePk),
          "bigint",
        ),
        col((e) => e.type, "text"),
        col((e) => e.date, "text"),
        col((e) => e.releaseReason, "text"),
        col((e) => e.sentenceMonths, "integer"),
        col((e) => e.probationMonths, "integer"),
        col((e) => e.houseArrestMonths, "integer"),
        col((e) => e.suspended, "boolean"),
        col((e) => recordInstant(e.recordedAt), "timestamptz"),
        col((e) => e.recordedAt, "text"),
        col((e) => e.supersedes, "text"),
        col((e) => e.retracted, "boolean"),
        arr(
          part.map((r) => r.origin),
          "text",
        ),
      ])}
      RETURNING id AS pk, event_id`);
    for (const r of ids) pks.set(r.event_id, r.pk);

    const charges = part.flatMap((r) =>
      r.event.charges.map((charge, ord) => ({ pk: pks.get(r.event.id)!, ord, charge })),
    );
    if (charges.length > 0)
      await run(sql`
        INSERT INTO case_event_charges (event_pk, ord, charge, charge_current)
        SELECT * FROM ${unnest([
          arr(
            charges.map((c) => c.pk),
            "bigint",
          ),
          arr(
            charges.map((c) => c.ord),
            "integer",
          ),
          arr(
            charges.map((c) => c.charge),
            "text",
          ),
          arr(
            charges.map((c) => CATALOGUE_STATUTES.toCurrent(c.charge)),
            "text",
          ),
        ])}`);

    const sources = part.flatMap((r) =>
      r.event.sources.map((s, ord) => ({
        pk: pks.get(r.event.id)!,
        ord,
        s,
        span: r.spans?.[ord] ?? null,
      })),
    );
    if (sources.length > 0)
      await run(sql`
        INSERT INTO case_event_sources (event_pk, ord, source_id, url, note, document_id,
          char_start, char_end)
        SELECT * FROM ${unnest([
          arr(
            sources.map((x) => x.pk),
            "bigint",
          ),
          arr(
            sources.map((x) => x.ord),
            "integer",
          ),
          arr(
            sources.map((x) => x.s.sourceId),
            "text",
          ),
          arr(
            sources.map((x) => x.s.url),
            "text",
          ),
          arr(
            sources.map((x) => x.s.note),
            "text",
          ),
          arr(
            sources.map((x) => x.span?.documentId ?? null),
            "bigint",
          ),
          arr(
            sources.map((x) => x.span?.start ?? null),
            "integer",
          ),
          arr(
            sources.map((x) => x.span?.end ?? null),
            "integer",
          ),
        ])}`);
  }
  return pks;
}
