// The cross-check's `EvidenceSource` over the store: SQL over the facts derived from each stored
// document (check-facts.ts) and over the register (register-evidence.ts). It answers the questions
// the in-memory source answers (src/core/check/memory-source.ts) and returns the same records, so
// the evidence and verdict rules run unchanged on either.
//   figures     published (document day) on or before D, for the quantity keys asked;
//   statements  of the claim types asked, said on or before D, by others, in date order;
//   reports     issued on or before D, one record per report across documents, with the
//               responses to it — one per responder and stance (the first on record), plus any
//               in the claim's own document, which is part of the claim whatever its date.

import { sql, type SQL } from "drizzle-orm";
import type {
  EvidenceSource,
  FigureQuery,
  FigureRecord,
  IssuerKind,
  ReportAnswered,
  ReportQuery,
  ReportRecord,
  ResponseRecord,
  SentenceRef,
  SourceRef,
  StatementQuery,
  StatementRecord,
} from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { matchKey } from "../../core/text/normalise.js";
import type { Figure } from "../../core/types.js";
import type { Orm } from "../db.js";
import { arr } from "../register/register-sql.js";
import { rows } from "../sql.js";
import { casesDetainedAsOf, registerCount } from "./register-evidence.js";

export interface DbSourceOptions {
  /** The document the claim appeared in: its responses belong to the claim whatever their date. */
  claimDocumentId?: number | null;
}

interface DocCols {
  doc_id: number;
  doc_title: string | null;
  doc_outlet: string | null;
  doc_date: string | null;
  doc_url: string | null;
}

interface SentenceCols {
  sentence: string;
  sentence_start: number | null;
  sentence_end: number | null;
}

const DOC = sql`d.id AS doc_id, d.title AS doc_title, d.outlet AS doc_outlet, d.date AS doc_date,
  d.url AS doc_url`;

function source(r: DocCols): SourceRef {
  return {
    documentId: String(r.doc_id),
    title: r.doc_title,
    outlet: r.doc_outlet,
    date: r.doc_date,
    url: r.doc_url,
  };
}

function sentence(r: SentenceCols): SentenceRef {
  return { text: r.sentence, start: r.sentence_start, end: r.sentence_end };
}

/** `x IS NULL OR x = j`: items of unknown country count for every country, as in memory. */
function forCountry(col: SQL, j: string | null | undefined): SQL {
  return j ? sql`(${col} IS NULL OR ${col} = ${j})` : sql`TRUE`;
}

export async function figuresOnOrBefore(orm: Orm, q: FigureQuery): Promise<FigureRecord[]> {
  let wanted = sql`TRUE`;
  if (q.quantities) {
    const exact = q.quantities.filter((k) => !k.endsWith("/*"));
    const wild = q.quantities.filter((k) => k.endsWith("/*")).map((k) => k.slice(0, -2));
    const families = [...new Set([...wild, ...exact.map((k) => splitQuantityKey(k).family)])];
    wanted = sql`ff.family = ANY(${arr(families, "text")})
      AND (ff.quantity = ANY(${arr(exact, "text")}) OR ff.family = ANY(${arr(wild, "text")}))`;
  }
  const found = await rows<
    DocCols &
      SentenceCols & {
        id: number;
        value: number;
        bound: Figure["bound"];
        unit: Figure["unit"];
        what: string | null;
        as_of: string | null;
        publisher: string | null;
        quantity: string | null;
        jurisdiction: string | null;
      }
  >(
    orm,
    sql`SELECT f.id, f.value, f.bound, f.unit, f.what, f.as_of, f.publisher, ff.quantity,
          ff.jurisdiction, ff.sentence, ff.sentence_start, ff.sentence_end, ${DOC}
        FROM figure_facts ff JOIN figures f ON f.id = ff.figure_id
          JOIN documents d ON d.id = ff.document_id
        WHERE ff.published <= ${q.onOrBefore}::date AND ${wanted}
          AND ${forCountry(sql`ff.jurisdiction`, q.jurisdiction)}
        ORDER BY ff.published, f.id`,
  );
  return found.map((r) => ({
    id: String(r.id),
    value: r.value,
    bound: r.bound,
    unit: r.unit,
    what: r.what,
    quantity: r.quantity,
    asOf: r.as_of,
    publisher: r.publisher,
    jurisdiction: r.jurisdiction,
    source: source(r),
    sentence: sentence(r),
  }));
}

export async function statementsOnTopic(orm: Orm, q: StatementQuery): Promise<StatementRecord[]> {
  const excluded = (q.excludeSpeakers ?? []).map(matchKey);
  const ids = (q.excludeStatementIds ?? []).map(Number).filter(Number.isSafeInteger);
  const found = await rows<
    DocCols &
      SentenceCols & {
        id: number;
        speaker: string | null;
        speaker_state: string | null;
        date: string | null;
        content: string;
        types: string[];
      }
  >(
    orm,
    sql`SELECT sc.statement_id AS id, s.speaker_name AS speaker, sc.speaker_state,
          COALESCE(s.date, d.date) AS date, sc.content, sc.sentence, sc.sentence_start,
          sc.sentence_end, ${DOC},
          (SELECT array_agg(x.claim_type ORDER BY x.rank) FROM statement_claims x
            WHERE x.statement_id = sc.statement_id) AS types
        FROM statement_claims sc JOIN statements s ON s.id = sc.statement_id
          JOIN documents d ON d.id = sc.document_id
        WHERE sc.claim_type = ANY(${arr(q.claimTypes, "text")}) AND sc.day <= ${q.onOrBefore}::date
          AND (sc.speaker_key IS NULL OR NOT (sc.speaker_key = ANY(${arr(excluded, "text")})))
          AND NOT (sc.statement_id = ANY(${arr(ids, "bigint")}))
          AND ${forCountry(sql`sc.jurisdiction`, q.jurisdiction)}
        ORDER BY sc.day, sc.statement_id
        LIMIT ${(q.limit ?? 20) * Math.max(1, q.claimTypes.length)}`,
  );
  const seen = new Set<number>();
  return found
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .slice(0, q.limit ?? 20)
    .map((r) => ({
      id: String(r.id),
      speaker: r.speaker,
      speakerState: r.speaker_state,
      date: r.date,
      text: r.content,
      source: source(r),
      sentence: sentence(r),
      claimTypes: r.types,
    }));
}

export async function reportsAnsweredBy(
  orm: Orm,
  q: ReportQuery,
  o: DbSourceOptions,
): Promise<ReportAnswered[]> {
  const kinds = q.issuerKinds
    ? sql`AND rf.issuer_kind = ANY(${arr(q.issuerKinds, "text")})`
    : sql``;
  const issuers = q.issuerIds ? sql`AND rf.issuer_id = ANY(${arr(q.issuerIds, "text")})` : sql``;
  // One record per report: the mention that says what it found, from a document published by the
  // day asked when there is one, else the earliest.
  const found = await rows<
    DocCols &
      SentenceCols & {
        report_key: string;
        id: number;
        issuer: string | null;
        issuer_id: string | null;
        issuer_kind: IssuerKind;
        title: string | null;
        year: number | null;
        date: string | null;
        issued: string | null;
        about: string | null;
        concerns: string[] | null;
        findings: string | null;
      }
  >(
    orm,
    sql`SELECT DISTINCT ON (rf.report_key) rf.report_key, rf.report_id AS id, r.issuer,
          rf.issuer_id, rf.issuer_kind, r.title, r.year, r.raw->>'date' AS date, rf.issued,
          rf.about, rf.concerns, rf.findings, rf.sentence, rf.sentence_start, rf.sentence_end,
          ${DOC}
        FROM report_facts rf JOIN reports r ON r.id = rf.report_id
          JOIN documents d ON d.id = rf.document_id
        WHERE rf.issued <= ${q.onOrBefore}::date
          AND ${forCountry(sql`rf.about`, q.about)} ${kinds} ${issuers}
        ORDER BY rf.report_key, (d.day IS NULL OR d.day > ${q.onOrBefore}::date),
          (rf.findings IS NULL), d.day, rf.report_id`,
  );
  if (found.length === 0) return [];
  const keys = found.map((r) => r.report_key);
  const claimDoc = o.claimDocumentId ?? -1;
  const answers = await rows<
    DocCols &
      SentenceCols & {
        report_key: string;
        id: number;
        response: ResponseRecord["response"];
        speaker: string | null;
        state: string | null;
        date: string | null;
      }
  >(
    orm,
    sql`SELECT DISTINCT ON (x.report_key, x.who, x.response, x.mine) x.*
        FROM (SELECT rr.report_key, rr.statement_id AS id, rr.response, rr.speaker, rr.state,
            rr.date, rr.day, rr.sentence, rr.sentence_start, rr.sentence_end, ${DOC},
            COALESCE(rr.speaker_key, rr.state, '') AS who, rr.document_id = ${claimDoc} AS mine
          FROM report_responses rr JOIN documents d ON d.id = rr.document_id
          WHERE rr.report_key = ANY(${arr(keys, "text")})
            AND (rr.day <= ${q.onOrBefore}::date OR rr.document_id = ${claimDoc})) x
        ORDER BY x.report_key, x.who, x.response, x.mine, x.day, x.id`,
  );
  const byKey = new Map<string, ResponseRecord[]>();
  const reportIdOf = new Map(found.map((r) => [r.report_key, String(r.id)]));
  for (const x of answers) {
    const list = byKey.get(x.report_key) ?? [];
    list.push({
      id: String(x.id),
      reportId: reportIdOf.get(x.report_key)!,
      speaker: x.speaker,
      state: x.state,
      response: x.response,
      date: x.date,
      source: source(x),
      sentence: sentence(x),
    });
    byKey.set(x.report_key, list);
  }
  const when = (r: { date: string | null; source: SourceRef }): string =>
    r.date ?? r.source.date ?? "";
  const issued = (r: ReportRecord): string =>
    r.date ?? (r.year ? String(r.year) : (r.source.date ?? ""));
  return found
    .map((r): ReportAnswered => {
      const report: ReportRecord = {
        id: String(r.id),
        issuer: r.issuer,
        issuerId: r.issuer_id,
        issuerKind: r.issuer_kind,
        title: r.title,
        year: r.year,
        date: r.date,
        about: r.about,
        concerns: r.concerns,
        findings: r.findings,
        outstanding: false,
        source: source(r),
        sentence: sentence(r),
      };
      const responses = (byKey.get(r.report_key) ?? []).sort(
        (a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id),
      );
      return { report, responses };
    })
    .sort(
      (a, b) =>
        issued(a.report).localeCompare(issued(b.report)) || a.report.id.localeCompare(b.report.id),
    );
}

/** The store's evidence source for one check. */
export function dbEvidenceSource(orm: Orm, o: DbSourceOptions = {}): EvidenceSource {
  return {
    casesDetainedAsOf: (day, q) => casesDetainedAsOf(orm, day, q),
    registerCount: (date, quantity, j, maxIds) => registerCount(orm, date, quantity, j, maxIds),
    figuresOnOrBefore: (q) => figuresOnOrBefore(orm, q),
    statementsOnTopic: (q) => statementsOnTopic(orm, q),
    reportsAnsweredBy: (q) => reportsAnsweredBy(orm, q, o),
  };
}
