import { sql } from "drizzle-orm";
import type { Event, Figure, LegalRef, Report, Statement, Warning } from "../../core/types.js";
import { NotFound } from "../../errors.js";
import { likePattern } from "../actor-service.js";
import type { Db } from "../db.js";
import { foldForIndex } from "../fold-map.js";
import { rows } from "../sql.js";
import { commonFilters, DOC_COLUMNS, docRef, page, type DocColumns } from "./browse-sql.js";
import type { SourceActor, SourceDetail, SourceListQuery, SourceSummary } from "./browse-types.js";

type SummaryRow = DocColumns & {
  format: string;
  language: string | null;
  author: string | null;
  chars: number;
  ingested_at: string;
  statements: number;
  figures: number;
  legal_refs: number;
  events: number;
  reports: number;
};

const COUNTS = sql`
  (SELECT count(*)::int FROM statements x WHERE x.document_id = d.id) AS statements,
  (SELECT count(*)::int FROM figures x WHERE x.document_id = d.id) AS figures,
  (SELECT count(*)::int FROM legal_refs x WHERE x.document_id = d.id) AS legal_refs,
  (SELECT count(*)::int FROM events x WHERE x.document_id = d.id) AS events,
  (SELECT count(*)::int FROM reports x WHERE x.document_id = d.id) AS reports`;

function summary(r: SummaryRow): SourceSummary {
  return {
    ...docRef(r),
    format: r.format,
    language: r.language,
    author: r.author,
    chars: r.chars,
    ingestedAt: r.ingested_at,
    counts: {
      statements: r.statements,
      figures: r.figures,
      legalRefs: r.legal_refs,
      events: r.events,
      reports: r.reports,
    },
  };
}

/** Sources, newest first. */
export async function listSources(db: Db, q: SourceListQuery = {}): Promise<SourceSummary[]> {
  const where = commonFilters(q, sql`d.day`);
  // Titles and outlets are matched as the search index keeps them: diacritics folded.
  if (q.title)
    where.push(sql`EXISTS (SELECT 1 FROM search_units su WHERE su.document_id = d.id
      AND su.unit = 'title' AND su.tsv @@ websearch_to_tsquery('simple', ${foldForIndex(q.title)}))`);
  if (q.outlet)
    where.push(sql`EXISTS (SELECT 1 FROM search_units su WHERE su.document_id = d.id
      AND su.outlet_key LIKE ${likePattern(q.outlet)})`);
  const found = await rows<SummaryRow>(
    db.orm,
    sql`SELECT ${DOC_COLUMNS}, d.format, d.language, d.author, d.chars, d.ingested_at, ${COUNTS}
        FROM documents d WHERE ${sql.join(where, sql` AND `)}
        ORDER BY d.day DESC NULLS LAST, d.id DESC ${page(q)}`,
  );
  return found.map(summary);
}

/** One source: its text and every annotation with offsets into it, as the analysis gave them. */
export async function showSource(db: Db, id: number): Promise<SourceDetail> {
  const [doc] = await rows<
    SummaryRow & {
      text: string;
      warnings: Warning[];
      provenance: Record<string, unknown>;
      extractor_version: number;
    }
  >(
    db.orm,
    sql`SELECT ${DOC_COLUMNS}, d.format, d.language, d.author, d.chars, d.ingested_at, ${COUNTS},
          d.text, d.warnings, d.provenance, d.extractor_version
        FROM documents d WHERE d.id = ${id}`,
  );
  if (!doc) throw new NotFound(`source ${id}`);
  const raw = async <T>(table: string): Promise<(T & { id: number })[]> => {
    const found = await rows<{ id: number; raw: T }>(
      db.orm,
      sql`SELECT id, raw FROM ${sql.identifier(table)} WHERE document_id = ${id} ORDER BY idx`,
    );
    return found.map((r) => ({ ...r.raw, id: r.id }));
  };
  const actors = await rows<{
    id: number;
    idx: number;
    name: string;
    kind: string;
    aliases: string[];
    roles: string[];
    orgs: string[];
    mentions: { start: number; end: number }[] | null;
    actor_id: number | null;
    link_rule: string;
  }>(
    db.orm,
    sql`SELECT da.id, da.idx, da.name, da.kind, da.aliases, da.roles, da.orgs, da.raw->'mentions' AS mentions,
          a.canonical_id AS actor_id, da.link_rule
        FROM document_actors da LEFT JOIN actors a ON a.id = da.actor_id
        WHERE da.document_id = ${id} ORDER BY da.idx`,
  );
  return {
    document: {
      ...summary(doc),
      text: doc.text,
      warnings: doc.warnings,
      provenance: doc.provenance,
      extractorVersion: doc.extractor_version,
    },
    statements: await raw<Statement>("statements"),
    figures: await raw<Figure>("figures"),
    legalRefs: await raw<LegalRef>("legal_refs"),
    events: await raw<Event>("events"),
    reports: await raw<Report>("reports"),
    actors: actors.map((a): SourceActor => ({
      id: a.id,
      idx: a.idx,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles: a.roles,
      orgs: a.orgs,
      mentions: a.mentions ?? [],
      actorId: a.actor_id,
      rule: a.link_rule,
    })),
  };
}
