import { createDb, type Db } from "../../src/store/db.js";

/** What two stores holding the same documents must agree on, whatever the ids. */
export interface StoreSnapshot {
  /** Content hash → counts of statements, figures, legal refs, events, reports, actors, mentions, units. */
  documents: Record<string, string>;
  /** Each actor across documents as the document actors it links ("sha:idx"), with its aliases. */
  actors: string[];
}

/** Reads a store's documents, extraction counts and actor groups (ids left out). */
export async function storeSnapshot(url: string): Promise<StoreSnapshot> {
  const db = await createDb({ db: url }, { migrate: false });
  try {
    return await snapshotOf(db);
  } finally {
    await db.close();
  }
}

/** Each document's extraction counts (statements, figures, …, search units) by content hash. */
export async function documentCounts(db: Db): Promise<Record<string, string>> {
  const documents: Record<string, string> = {};
  const rows = await db.query<{ sha256: string; counts: string }>(`
    SELECT d.sha256, concat_ws(',',
      (SELECT count(*) FROM statements x WHERE x.document_id = d.id),
      (SELECT count(*) FROM figures x WHERE x.document_id = d.id),
      (SELECT count(*) FROM legal_refs x WHERE x.document_id = d.id),
      (SELECT count(*) FROM events x WHERE x.document_id = d.id),
      (SELECT count(*) FROM reports x WHERE x.document_id = d.id),
      (SELECT count(*) FROM document_actors x WHERE x.document_id = d.id),
      (SELECT count(*) FROM actor_mentions x WHERE x.document_id = d.id),
      (SELECT count(*) FROM search_units x WHERE x.document_id = d.id)) AS counts
    FROM documents d`);
  for (const r of rows) documents[r.sha256] = r.counts;
  return documents;
}

/** `storeSnapshot` of a database already open. */
export async function snapshotOf(db: Db): Promise<StoreSnapshot> {
  const documents = await documentCounts(db);
  const groups = await db.query<{ g: string }>(`
    SELECT c.kind || ' ' || c.name || ' [' ||
      (SELECT string_agg(DISTINCT al.alias, '|' ORDER BY al.alias)
         FROM actor_aliases al JOIN actors m ON m.id = al.actor_id
        WHERE m.canonical_id = c.id) || '] ' ||
      string_agg(d.sha256 || ':' || da.idx, ',' ORDER BY d.sha256, da.idx) AS g
    FROM document_actors da
    JOIN documents d ON d.id = da.document_id
    JOIN actors a ON a.id = da.actor_id
    JOIN actors c ON c.id = a.canonical_id
    GROUP BY c.id, c.kind, c.name`);
  return { documents, actors: groups.map((r) => r.g).sort() };
}

/**
 * Rows in every table of the store's schema (the job queue's schema aside): what must not change
 * when an input is refused. Tables added by later migrations are counted too.
 */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.query<{ t: string }>(`
    SELECT table_name AS t FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`);
  const out: Record<string, number> = {};
  for (const { t } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`);
    out[t] = row!.n;
  }
  return out;
}

/**
 * The order in which a store's writers took their documents' actor names: a writer holds the
 * names it looks up until it commits, so of two documents naming the same person, the one whose
 * document actors were written first resolved first. Documents without actors keep their order.
 */
export async function resolutionOrder(url: string): Promise<string[]> {
  const db = await createDb({ db: url }, { migrate: false });
  try {
    const rows = await db.query<{ path: string }>(`
      SELECT d.path FROM documents d LEFT JOIN document_actors da ON da.document_id = d.id
      GROUP BY d.id, d.path ORDER BY min(da.id) NULLS LAST, d.id`);
    return rows.map((r) => r.path);
  } finally {
    await db.close();
  }
}
