import { sql, type SQL } from "drizzle-orm";
import { likePattern } from "../actor-service.js";
import type { Db } from "../db.js";
import { rows } from "../sql.js";
import {
  actorGroup,
  commonFilters,
  contains,
  DOC_COLUMNS,
  docRef,
  maskMentions,
  page,
  visibleActor,
  type DocColumns,
} from "./browse-sql.js";
import type {
  EventListQuery,
  EventRow,
  FigureListQuery,
  FigureRow,
  LegalRefListQuery,
  LegalRefRow,
  ReportListQuery,
  ReportRow,
  StatementListQuery,
  StatementRow,
} from "./browse-types.js";

// Each kind of extraction across sources, newest source first, in text order within a source.

const ORDER = sql`ORDER BY d.day DESC NULLS LAST, d.id DESC, x.char_start`;

function where(conds: SQL[]): SQL {
  return sql.join(conds, sql` AND `);
}

/** The canonical actor a document actor resolves to. */
const CANONICAL = (col: SQL): SQL =>
  sql`(SELECT a.canonical_id FROM document_actors da JOIN actors a ON a.id = da.actor_id WHERE da.id = ${col})`;

export async function listStatements(db: Db, q: StatementListQuery = {}): Promise<StatementRow[]> {
  const conds = commonFilters(q, sql`coalesce(x.day, d.day)`);
  conds.push(visibleActor(q, sql`x.document_actor_id`));
  if (q.kind) conds.push(sql`x.kind = ${q.kind}`);
  if (q.actorId !== undefined) conds.push(sql`x.document_actor_id IN ${actorGroup(q.actorId)}`);
  if (q.speaker)
    conds.push(sql`x.id IN (SELECT su.statement_id FROM search_units su
      WHERE su.unit = 'statement' AND su.speaker_key LIKE ${likePattern(q.speaker)})`);
  const found = await rows<
    DocColumns & {
      id: number;
      kind: string;
      text: string;
      cue: string | null;
      date: string | null;
      speaker_name: string | null;
      speaker_mention: string | null;
      speaker_role: string | null;
      speaker_org: string | null;
      actor_id: number | null;
      response: string | null;
      char_start: number;
      char_end: number;
    }
  >(
    db.orm,
    sql`SELECT x.id, x.kind, x.text, x.cue, coalesce(x.date, d.date) AS date, x.speaker_name,
          x.speaker_mention, x.speaker_role, x.speaker_org, ${CANONICAL(sql`x.document_actor_id`)} AS actor_id,
          x.response, x.char_start, x.char_end, ${DOC_COLUMNS}
        FROM statements x JOIN documents d ON d.id = x.document_id
        WHERE ${where(conds)} ${ORDER} ${page(q)}`,
  );
  return maskMentions(
    db.orm,
    q,
    found.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      cue: r.cue,
      date: r.date,
      speaker: {
        name: r.speaker_name,
        mention: r.speaker_mention,
        role: r.speaker_role,
        org: r.speaker_org,
        actorId: r.actor_id,
      },
      response: r.response,
      start: r.char_start,
      end: r.char_end,
      document: docRef(r),
    })),
  );
}

export async function listFigures(db: Db, q: FigureListQuery = {}): Promise<FigureRow[]> {
  const conds = commonFilters(q, sql`d.day`);
  if (q.publisher) conds.push(contains(sql`x.publisher`, q.publisher));
  if (q.what) conds.push(contains(sql`x.what`, q.what));
  const found = await rows<
    DocColumns &
      Omit<FigureRow, "document" | "start" | "end" | "asOf"> & {
        as_of: string | null;
        char_start: number;
        char_end: number;
      }
  >(
    db.orm,
    sql`SELECT x.id, x.text, x.value, x.bound, x.unit, x.what, x.as_of, x.publisher,
          x.char_start, x.char_end, ${DOC_COLUMNS}
        FROM figures x JOIN documents d ON d.id = x.document_id
        WHERE ${where(conds)} ${ORDER} ${page(q)}`,
  );
  return maskMentions(
    db.orm,
    q,
    found.map((r) => ({
      id: r.id,
      text: r.text,
      value: r.value,
      bound: r.bound,
      unit: r.unit,
      what: r.what,
      asOf: r.as_of,
      publisher: r.publisher,
      start: r.char_start,
      end: r.char_end,
      document: docRef(r),
    })),
  );
}

export async function listLegalRefs(db: Db, q: LegalRefListQuery = {}): Promise<LegalRefRow[]> {
  const conds = commonFilters(q, sql`d.day`);
  if (q.statute) conds.push(sql`x.statute = ${q.statute}`);
  if (q.article) conds.push(sql`x.article = ${q.article}`);
  if (q.jurisdiction) conds.push(sql`upper(x.jurisdiction) = upper(${q.jurisdiction})`);
  const found = await rows<
    DocColumns &
      Omit<LegalRefRow, "document" | "start" | "end"> & {
        char_start: number;
        char_end: number;
      }
  >(
    db.orm,
    sql`SELECT x.id, x.text, x.jurisdiction, x.law, x.article, x.clause, x.offense, x.statute,
          x.char_start, x.char_end, ${DOC_COLUMNS}
        FROM legal_refs x JOIN documents d ON d.id = x.document_id
        WHERE ${where(conds)} ${ORDER} ${page(q)}`,
  );
  return maskMentions(
    db.orm,
    q,
    found.map(({ char_start, char_end, ...r }) => ({
      id: r.id,
      text: r.text,
      jurisdiction: r.jurisdiction,
      law: r.law,
      article: r.article,
      clause: r.clause,
      offense: r.offense,
      statute: r.statute,
      start: char_start,
      end: char_end,
      document: docRef(r),
    })),
  );
}

export async function listEvents(db: Db, q: EventListQuery = {}): Promise<EventRow[]> {
  const conds = commonFilters(q, sql`d.day`);
  conds.push(visibleActor(q, sql`x.document_actor_id`));
  if (q.type) conds.push(sql`x.type = ${q.type}`);
  if (q.actorId !== undefined) conds.push(sql`x.document_actor_id IN ${actorGroup(q.actorId)}`);
  if (q.person) conds.push(contains(sql`x.person`, q.person));
  const found = await rows<
    DocColumns & {
      id: number;
      text: string;
      type: string;
      person: string | null;
      actor_id: number | null;
      date: string | null;
      place: string | null;
      charges: string[];
      sentence_months: number | null;
      probation_months: number | null;
      char_start: number;
      char_end: number;
    }
  >(
    db.orm,
    sql`SELECT x.id, x.text, x.type, x.person, ${CANONICAL(sql`x.document_actor_id`)} AS actor_id,
          x.date, x.place, x.charges, x.sentence_months, x.probation_months,
          x.char_start, x.char_end, ${DOC_COLUMNS}
        FROM events x JOIN documents d ON d.id = x.document_id
        WHERE ${where(conds)} ${ORDER} ${page(q)}`,
  );
  return maskMentions(
    db.orm,
    q,
    found.map((r) => ({
      id: r.id,
      text: r.text,
      type: r.type,
      person: r.person,
      actorId: r.actor_id,
      date: r.date,
      place: r.place,
      charges: r.charges,
      sentenceMonths: r.sentence_months,
      probationMonths: r.probation_months,
      start: r.char_start,
      end: r.char_end,
      document: docRef(r),
    })),
  );
}

export async function listReports(db: Db, q: ReportListQuery = {}): Promise<ReportRow[]> {
  const conds = commonFilters(q, sql`d.day`);
  if (q.issuer) conds.push(contains(sql`x.issuer`, q.issuer));
  const found = await rows<
    DocColumns & {
      id: number;
      text: string;
      issuer: string | null;
      title: string | null;
      year: number | null;
      char_start: number;
      char_end: number;
    }
  >(
    db.orm,
    sql`SELECT x.id, x.text, x.issuer, x.title, x.year, x.char_start, x.char_end, ${DOC_COLUMNS}
        FROM reports x JOIN documents d ON d.id = x.document_id
        WHERE ${where(conds)} ${ORDER} ${page(q)}`,
  );
  return maskMentions(
    db.orm,
    q,
    found.map((r) => ({
      id: r.id,
      text: r.text,
      issuer: r.issuer,
      title: r.title,
      year: r.year,
      start: r.char_start,
      end: r.char_end,
      document: docRef(r),
    })),
  );
}
