import { sql, type SQL } from "drizzle-orm";
import { HIDDEN_DOCUMENT_ACTORS } from "../confidential-sql.js";
import { hiddenSpans } from "../confidential-service.js";
import type { Orm } from "../db.js";
import { maskSpans } from "../redact.js";
import { dateBound } from "../search-service.js";
import type { DocumentRef } from "../store-types.js";
import type { BrowseQuery } from "./browse-types.js";

/** The columns of `documents d` every row carries as its `document`. */
export const DOC_COLUMNS = sql`d.id AS doc_id, d.title AS doc_title, d.outlet AS doc_outlet,
  d.date AS doc_date, d.url AS doc_url, d.path AS doc_path`;

export interface DocColumns {
  doc_id: number;
  doc_title: string | null;
  doc_outlet: string | null;
  doc_date: string | null;
  doc_url: string | null;
  doc_path: string;
}

export function docRef(r: DocColumns): DocumentRef {
  return {
    id: r.doc_id,
    title: r.doc_title,
    outlet: r.doc_outlet,
    date: r.doc_date,
    url: r.doc_url,
    path: r.doc_path,
  };
}

/**
 * Filters every list shares: a source, a period on `day` (a date column expression), and, for
 * readers without the right, no confidential source.
 */
export function commonFilters(q: BrowseQuery, day: SQL): SQL[] {
  const where: SQL[] = [sql`TRUE`];
  if (!q.confidential) where.push(sql`NOT d.confidential`);
  if (q.documentId !== undefined) where.push(sql`d.id = ${q.documentId}`);
  if (q.from) where.push(sql`${day} >= ${dateBound(q.from, "from")}::date`);
  if (q.to) where.push(sql`${day} <= ${dateBound(q.to, "to")}::date`);
  return where;
}

export function page(q: BrowseQuery, max = 10_000): SQL {
  const limit = Math.max(1, Math.min(q.limit ?? 50, max));
  return sql`LIMIT ${limit} OFFSET ${Math.max(0, q.offset ?? 0)}`;
}

/** The actors an actor id stands for: itself and everything merged into it. */
export function actorGroup(actorId: number): SQL {
  return sql`(SELECT da.id FROM document_actors da JOIN actors a ON a.id = da.actor_id
    WHERE a.canonical_id = (SELECT canonical_id FROM actors WHERE id = ${actorId}))`;
}

/** `column` contains `text`, case ignored (LIKE's wildcards in `text` match themselves). */
export function contains(column: SQL, text: string): SQL {
  const pattern = "%" + text.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c) + "%";
  return sql`lower(${column}) LIKE ${pattern}`;
}

/** Items of no confidential person (`column`: the item's document actor), for readers without the right. */
export function visibleActor(q: BrowseQuery, column: SQL): SQL {
  return q.confidential
    ? sql`TRUE`
    : sql`(${column} IS NULL OR ${column} NOT IN ${HIDDEN_DOCUMENT_ACTORS})`;
}

/**
 * Rows whose `text` is a piece of their document starting at `start`, with the mentions of
 * confidential people in it masked for readers without the right.
 */
export async function maskMentions<
  T extends { text: string; start: number; document: { id: number } },
>(orm: Orm, q: BrowseQuery, found: T[]): Promise<T[]> {
  if (q.confidential || found.length === 0) return found;
  const spans = await hiddenSpans(
    orm,
    found.map((r) => r.document.id),
  );
  if (spans.size === 0) return found;
  return found.map((r) => {
    const s = spans.get(r.document.id);
    return s ? { ...r, text: maskSpans(r.text, r.start, s) } : r;
  });
}
