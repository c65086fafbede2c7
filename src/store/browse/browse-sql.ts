import { sql, type SQL } from "drizzle-orm";
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

/** Filters every list shares: a source, and a period on `day` (a date column expression). */
export function commonFilters(q: BrowseQuery, day: SQL): SQL[] {
  const where: SQL[] = [sql`TRUE`];
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
