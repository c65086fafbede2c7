import { expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { exampleItems } from "../helpers/example-items.js";
import { describeStores } from "../helpers/store.js";

// On PGlite a batch is written with its foreign-key checks off (src/store/document-batch.ts):
// whatever it writes must still satisfy every key, and the checks and cascades must be back on
// for whatever runs after it in the same transaction (a re-extraction's deletes) and later.

/** Rows whose key names a row that does not exist, for every foreign key of the schema. */
async function danglingKeys(db: Db): Promise<{ key: string; rows: number }[]> {
  const keys = await db.query<{
    name: string;
    child: string;
    col: string;
    parent: string;
    pcol: string;
  }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS child, a.attname AS col,
       c.confrelid::regclass::text AS parent, pa.attname AS pcol
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  expect(keys.length).toBeGreaterThan(20);
  const out: { key: string; rows: number }[] = [];
  for (const k of keys) {
    const [n] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${k.child} x WHERE x.${k.col} IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${k.parent} p WHERE p.${k.pcol} = x.${k.col})`,
    );
    out.push({ key: k.name, rows: n!.n });
  }
  return out.filter((k) => k.rows > 0);
}

describeStores("foreign keys around batch writes", (ctx) => {
  it("leaves no dangling key after batches, a re-extraction inside a batch and a delete", async () => {
    const items = await exampleItems();
    expect(items.length).toBeGreaterThanOrEqual(8);
    const [first, ...rest] = items;
    expect((await ctx.store.ingest([first!]))[0]!.status).toBe("ingested");
    // A newer extractor: the first document is re-extracted between new ones of the same batch,
    // which deletes its statements, figures and reports, and so (by cascade) their check facts.
    const upgraded = createStoreService(ctx.db, { extractorVersion: 99 });
    const results = await upgraded.ingest([rest[0]!, first!, ...rest.slice(1)]);
    expect(results.map((r) => r.ok && r.status)).toEqual([
      "ingested",
      "reextracted",
      ...rest.slice(1).map(() => "ingested"),
    ]);
    const [facts] = await ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM statement_claims",
    );
    expect(facts!.n).toBeGreaterThan(0);
    expect(await danglingKeys(ctx.db)).toEqual([]);

    // Deleting a document cascades to everything it holds.
    const [doc] = await ctx.db.query<{ id: number }>(
      "SELECT document_id AS id FROM statement_claims ORDER BY document_id LIMIT 1",
    );
    await ctx.db.exec(`DELETE FROM documents WHERE id = ${doc!.id}`);
    const [left] = await ctx.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM statements WHERE document_id = $1)
         + (SELECT count(*) FROM statement_claims WHERE document_id = $1)
         + (SELECT count(*) FROM search_units WHERE document_id = $1)
         + (SELECT count(*) FROM case_suggestions WHERE document_id = $1) AS n`,
      [doc!.id],
    );
    expect(Number(left!.n)).toBe(0);
    expect(await danglingKeys(ctx.db)).toEqual([]);
  });

  it("writes to no table with a trigger of its own (replica mode would skip it too)", async () => {
    const written = [
      "documents",
      "actors",
      "actor_aliases",
      "document_actors",
      "statements",
      "figures",
      "legal_refs",
      "events",
      "reports",
      "search_units",
      "statement_claims",
      "figure_facts",
      "report_facts",
      "report_responses",
      "check_documents",
      "case_suggestions",
    ];
    const triggers = await ctx.db.query<{ tbl: string; name: string }>(
      `SELECT tgrelid::regclass::text AS tbl, tgname AS name FROM pg_trigger
       WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1::text[])`,
      [written],
    );
    expect(triggers).toEqual([]);
  });

  it("still refuses a dangling key outside the batch write", async () => {
    const [r] = await ctx.db.query<{ role: string }>(
      "SELECT current_setting('session_replication_role') AS role",
    );
    expect(r!.role).toBe("origin");
    await expect(
      ctx.db.exec(
        "INSERT INTO statements (document_id, idx, char_start, char_end, text, kind, raw) VALUES (999999, 0, 0, 1, 'x', 'direct', '{}')",
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
