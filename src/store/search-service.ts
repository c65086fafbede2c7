import { sql, type SQL } from "drizzle-orm";
import { UsageError } from "../errors.js";
import { likePattern } from "./actor-service.js";
import type { Db } from "./db.js";
import { foldForIndex } from "./fold-map.js";
import { anythingHidden, confidentialNames } from "./confidential-service.js";
import { HIDDEN_DOCUMENT_ACTORS, HIDDEN_DOCUMENTS } from "./confidential-sql.js";
import { highlight, queryTerms } from "./highlight.js";
import { maskableNames, nameMasker } from "./redact.js";
import { pageSql } from "./search-sql.js";
import type { SearchHit, SearchQuery, SearchResult } from "./store-types.js";
import { firstDay, rows } from "./sql.js";

type HitRow = {
  id: number;
  document_id: number;
  statement_id: number | null;
  unit: "title" | "passage" | "statement";
  char_start: number;
  char_end: number;
  text: string;
  rank: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string;
  s_kind: string | null;
  s_speaker: string | null;
  s_role: string | null;
  s_org: string | null;
  s_cue: string | null;
  s_date: string | null;
  /** How many matches were deduplicated (the window's size when it was full). */
  ranked: number;
};

const KINDS = ["source", "statement", "direct", "indirect", "mixed"];

/**
 * Full-text search over sources (titles and passages) and statements. The query is folded like
 * the index ("Nguyễn" finds "Nguyen") and parsed by `websearch_to_tsquery` — `"a phrase"`, `or`,
 * `-excluded`, all in core PostgreSQL, so both backends answer the same. Each source appears once,
 * with its best passage; each statement is a hit of its own. Ranking reads only the index; the
 * text of the page of results shown is cut from the documents afterwards.
 */
export function createSearchService(db: Db) {
  /**
   * For readers without the right: no unit of a confidential source, no statement of a
   * confidential person, no passage that mentions one (so their name finds nothing, even where
   * Vigil resolved a short form of it), and nothing at all for a query naming one.
   */
  async function hideConfidential(where: SQL[], query: string): Promise<"filtered" | "nothing"> {
    const hidden = await anythingHidden(db.orm);
    if (hidden.documents) where.push(sql`su.document_id NOT IN ${HIDDEN_DOCUMENTS}`);
    if (hidden.actors || hidden.cases) {
      const names = nameMasker(maskableNames(await confidentialNames(db)));
      if (names.finds(query)) return "nothing";
    }
    if (!hidden.actors) return "filtered";
    where.push(
      sql`(su.document_actor_id IS NULL OR su.document_actor_id NOT IN ${HIDDEN_DOCUMENT_ACTORS})`,
    );
    where.push(sql`NOT (su.document_id IN (SELECT am.document_id FROM actor_mentions am
        WHERE am.document_actor_id IN ${HIDDEN_DOCUMENT_ACTORS})
      AND EXISTS (SELECT 1 FROM actor_mentions am WHERE am.document_id = su.document_id
        AND am.document_actor_id IN ${HIDDEN_DOCUMENT_ACTORS}
        AND am.char_start < su.char_end AND am.char_end > su.char_start))`);
    return "filtered";
  }

  return {
    async search(q: SearchQuery): Promise<SearchResult> {
      const folded = foldForIndex(q.query ?? "").trim();
      const terms = queryTerms(folded);
      if (terms.length === 0) throw new UsageError("search: give at least one word to look for");
      const where: SQL[] = [sql`su.tsv @@ q.q`];
      // Whether a filter keeps to statements or to sources (one index to read).
      const oneKind = q.kind !== undefined || !!q.speaker || !!q.org;
      if (q.kind !== undefined) {
        if (!KINDS.includes(q.kind))
          throw new UsageError(`search: --kind must be one of ${KINDS.join(", ")}`);
        if (q.kind === "source") where.push(sql`su.unit <> 'statement'`);
        else if (q.kind === "statement") where.push(sql`su.unit = 'statement'`);
        else where.push(sql`su.unit = 'statement' AND su.kind = ${q.kind}`);
      }
      if (q.speaker) {
        const p = likePattern(q.speaker);
        where.push(sql`su.unit = 'statement' AND (su.speaker_key LIKE ${p} OR su.document_actor_id IN (
          SELECT da.id FROM document_actors da JOIN actors a ON a.id = da.actor_id
          WHERE a.canonical_id IN (SELECT a2.canonical_id FROM actor_aliases al
                                   JOIN actors a2 ON a2.id = al.actor_id WHERE al.key LIKE ${p})))`);
      }
      if (q.org) {
        const p = likePattern(q.org);
        where.push(
          sql`su.unit = 'statement' AND (su.org_key LIKE ${p} OR su.speaker_key LIKE ${p})`,
        );
      }
      if (q.outlet) where.push(sql`su.outlet_key LIKE ${likePattern(q.outlet)}`);
      if (q.from) where.push(sql`su.day >= ${dateBound(q.from, "from")}`);
      if (q.to) where.push(sql`su.day <= ${dateBound(q.to, "to")}`);
      if (!q.confidential) {
        const hidden = await hideConfidential(where, q.query);
        if (hidden === "nothing") return { query: q.query, hits: [] };
      }
      const limit = Math.max(1, Math.min(q.limit ?? 20, 1000));
      const offset = Math.max(0, q.offset ?? 0);
      // Rank, keep the best few hundred, then one hit per source: sorting every match of a
      // common word by document first cost more than ranking it. If the window turns out too
      // small for the page asked (one source filling it), rank everything.
      const window = Math.max(200, (limit + offset) * 10);
      const page = (w: number | null) =>
        rows<HitRow>(db.orm, pageSql(where, oneKind, folded, limit, offset, w));
      let found = await page(window);
      if (found.length < limit && found[0]?.ranked === window) found = await page(null);
      return { query: q.query, hits: found.map((r) => toHit(r, terms)) };
    },
  };
}

function toHit(r: HitRow, terms: string[]): SearchHit {
  const snip = highlight(r.text, terms);
  const inTitle = r.unit === "title";
  return {
    type: r.unit === "statement" ? "statement" : "source",
    score: Math.round(Number(r.rank) * 10_000) / 10_000,
    document: {
      id: r.document_id,
      title: r.title,
      outlet: r.outlet,
      date: r.date,
      url: r.url,
      path: r.path,
    },
    statement:
      r.unit === "statement"
        ? {
            id: r.statement_id!,
            kind: r.s_kind ?? "",
            speaker: r.s_speaker,
            role: r.s_role,
            org: r.s_org,
            cue: r.s_cue,
            date: r.s_date,
          }
        : null,
    start: inTitle ? null : r.char_start + snip.start,
    end: inTitle ? null : r.char_start + snip.end,
    field: inTitle ? "title" : "text",
    snippet: snip.text,
    highlights: snip.highlights,
  };
}

/** `--from 2021` means 2021-01-01; `--to 2021` means 2021-12-31. */
export function dateBound(value: string, side: "from" | "to"): string {
  const first = firstDay(value);
  if (!first)
    throw new UsageError(
      `search: --${side} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got ${value}`,
    );
  if (side === "from" || value.length === 10) return first;
  const [y, m] = first.split("-").map(Number) as [number, number];
  const last = value.length === 4 ? new Date(Date.UTC(y, 11, 31)) : new Date(Date.UTC(y, m, 0));
  return last.toISOString().slice(0, 10);
}
