import { sql } from "drizzle-orm";
import type { Event, Figure, LegalRef, Report, Statement, Warning } from "../../core/types.js";
import { NotFound } from "../../errors.js";
import { likePattern } from "../actor-service.js";
import type { Db } from "../db.js";
import { foldForIndex } from "../fold-map.js";
import { HIDDEN_ACTORS, HIDDEN_DOCUMENT_ACTORS } from "../confidential-sql.js";
import { hiddenSpans } from "../confidential-service.js";
import type { Visibility } from "../confidential-types.js";
import { maskSpans } from "../redact.js";
import { rows } from "../sql.js";
import { commonFilters, DOC_COLUMNS, docRef, page, type DocColumns } from "./browse-sql.js";
import type { SourceActor, SourceDetail, SourceListQuery, SourceSummary } from "./browse-types.js";

type SummaryRow = DocColumns & {
  format: string;
  language: string | null;
  author: string | null;
  chars: number;
  ingested_at: string;
  confidential: boolean;
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
    confidential: r.confidential,
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
    sql`SELECT ${DOC_COLUMNS}, d.format, d.language, d.author, d.chars, d.ingested_at,
          d.confidential, ${COUNTS}
        FROM documents d WHERE ${sql.join(where, sql` AND `)}
        ORDER BY d.day DESC NULLS LAST, d.id DESC ${page(q)}`,
  );
  return found.map(summary);
}

/**
 * One source: its text and every annotation with offsets into it, as the analysis gave them.
 * Readers without the right get a confidential source as a missing one, and of a public source
 * neither the confidential people it names (their statements, events and actor entries) nor their
 * mentions in its text, which are masked in place so every offset stays true.
 */
export async function showSource(db: Db, id: number, v: Visibility = {}): Promise<SourceDetail> {
  const [doc] = await rows<
    SummaryRow & {
      text: string;
      warnings: Warning[];
      provenance: Record<string, unknown>;
      extractor_version: number;
    }
  >(
    db.orm,
    sql`SELECT ${DOC_COLUMNS}, d.format, d.language, d.author, d.chars, d.ingested_at,
          d.confidential, ${COUNTS}, d.text, d.warnings, d.provenance, d.extractor_version
        FROM documents d WHERE d.id = ${id} ${v.confidential ? sql`` : sql`AND NOT d.confidential`}`,
  );
  if (!doc) throw new NotFound(`source ${id}`);
  const spans = v.confidential ? [] : ((await hiddenSpans(db.orm, [id])).get(id) ?? []);
  const raw = async <T>(table: string, byActor = false): Promise<(T & { id: number })[]> => {
    const visible =
      byActor && !v.confidential
        ? sql`AND (document_actor_id IS NULL OR document_actor_id NOT IN ${HIDDEN_DOCUMENT_ACTORS})`
        : sql``;
    const found = await rows<{ id: number; raw: T }>(
      db.orm,
      sql`SELECT id, raw FROM ${sql.identifier(table)} WHERE document_id = ${id} ${visible} ORDER BY idx`,
    );
    return found.map((r) => ({ ...(maskAnnotation(r.raw, spans, doc.text) as T), id: r.id }));
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
        WHERE da.document_id = ${id}
          ${v.confidential ? sql`` : sql`AND (da.actor_id IS NULL OR da.actor_id NOT IN ${HIDDEN_ACTORS})`}
        ORDER BY da.idx`,
  );
  return {
    document: {
      ...summary(doc),
      text: maskSpans(doc.text, 0, spans),
      warnings: doc.warnings,
      provenance: doc.provenance,
      extractorVersion: doc.extractor_version,
    },
    statements: await raw<Statement>("statements", true),
    figures: await raw<Figure>("figures"),
    legalRefs: await raw<LegalRef>("legal_refs"),
    events: await raw<Event>("events", true),
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

/**
 * An annotation with the confidential spans masked in every piece of text that carries its own
 * offsets (`{text, start}` or `{name, start}`: the item itself, its speaker, its parts). A piece
 * is looked up in the document from its `start`, so a name inside a longer span masks right.
 */
export function maskAnnotation(
  value: unknown,
  spans: readonly [number, number][],
  doc: string,
): unknown {
  if (spans.length === 0 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskAnnotation(v, spans, doc));
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = maskAnnotation(v, spans, doc);
  if (typeof o.start === "number")
    for (const key of ["text", "name"] as const) {
      const piece = o[key];
      if (typeof piece !== "string" || piece.length === 0) continue;
      const at = doc.indexOf(piece, o.start);
      if (at >= 0 && at - o.start < 2_000) out[key] = maskSpans(piece, at, spans);
    }
  return out;
}
