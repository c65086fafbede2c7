import { describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { migrate } from "../../src/store/migrate.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { createStoreService } from "../../src/store/store-service.js";
import { item } from "../helpers/records.js";
import { DIALECTS, PG_URL, pgSchemaUrl } from "../helpers/store.js";

// Migration 0023 gives the units of an existing store the marks that new units get when written.

const DOCS = [
  {
    title: "Court in Vinh jails blogger",
    text: "The court in Vinh jailed a blogger on Tuesday. The court said his posts broke Article 117.\n\nHis wife said she was not told of the hearing.",
    date: "2023-03-14",
  },
  {
    title: "Lawyers ask for a retrial",
    text: "Two lawyers asked the appeals court for a retrial, saying the first trial took one morning.",
    date: "2023-05-02",
  },
];

// (By document and kind of unit, not by id: the write may insert a document's units in any order.)
const MARKS = `SELECT array_agg(l.lexeme ORDER BY su.document_id, su.unit, l.lexeme) AS marks
  FROM search_units su, unnest(su.tsv) AS l WHERE l.lexeme LIKE ' %'`;

describe.each(DIALECTS.filter((d) => d === "pglite" || PG_URL))("migration 0023 [%s]", (d) => {
  it("marks the units already stored as the write marks new ones", async () => {
    const fresh = async () => {
      if (d === "pglite") return { url: "memory://", drop: async () => {} };
      return pgSchemaUrl();
    };
    const [old, now] = [await fresh(), await fresh()];
    const before = await createDb({ db: old.url }, { migrate: false });
    const after = await createDb({ db: now.url });
    try {
      await migrate(
        before,
        MIGRATIONS.filter((m) => m.id < 23),
      );
      const stores = [createStoreService(before), createStoreService(after)];
      for (const s of stores) await s.ingest(DOCS.map((x) => item(x)));
      const [unmarked] = await before.query<{ marks: string[] | null }>(MARKS);
      expect(unmarked!.marks).toBeNull();
      await migrate(before);
      // Re-written whole, the table is VACUUMed once the migration commits.
      const [vacuumed] = await before.query<{ done: boolean }>(
        `SELECT last_vacuum IS NOT NULL AS done FROM pg_stat_user_tables
          WHERE relname = 'search_units' AND schemaname = current_schema()`,
      );
      expect(vacuumed!.done).toBe(true);
      const [migrated] = await before.query<{ marks: string[] }>(MARKS);
      const [written] = await after.query<{ marks: string[] }>(MARKS);
      expect(migrated!.marks).toEqual(written!.marks);
      expect(migrated!.marks).toEqual(expect.arrayContaining([" court", " vinh", " retrial"]));
      const hits = await Promise.all(
        stores.map(async (s) => (await s.search({ query: "court" })).hits.map((h) => h.score)),
      );
      expect(hits[0]).toEqual(hits[1]);
    } finally {
      await before.close();
      await after.close();
      await old.drop();
      await now.drop();
    }
  });
});
