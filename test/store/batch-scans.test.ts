import { expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { exampleItems } from "../helpers/example-items.js";

// PGlite's ingest writes a batch with one call (`vigil_write_documents`). Its check facts once
// found the rows they point at by joining the whole statements, figures and reports tables,
// which the planner read from end to end: a cost that grew with the store (docs/store.md, "No
// whole-table reads in a batch"). A batch must read none of the tables it appends to whole. (PostgreSQL
// writes each document with its own call, whose joins are by one document's id.)

const APPENDED = ["statements", "figures", "reports", "legal_refs", "events", "document_actors"];

/** Whole-table reads and inserted rows so far, per table (PGlite has one backend: flushed now). */
async function tableStats(db: Db): Promise<Map<string, { scans: number; inserted: number }>> {
  await db.query("SELECT pg_stat_force_next_flush()");
  await db.query("SELECT 1");
  const found = await db.query<{ t: string; scans: number; inserted: number }>(
    `SELECT relname AS t, seq_scan::int AS scans, n_tup_ins::int AS inserted
     FROM pg_stat_user_tables WHERE relname = ANY($1)`,
    [APPENDED],
  );
  return new Map(found.map((r) => [r.t, { scans: r.scans, inserted: r.inserted }]));
}

it(
  "writes a batch without reading any table it appends to whole",
  { timeout: 120_000 },
  async () => {
    const db = await createDb({ db: "memory://" });
    const store = createStoreService(db);
    try {
      const items = await exampleItems();
      expect(items.length).toBeGreaterThanOrEqual(8);
      const half = Math.floor(items.length / 2);
      // The tables hold rows before the batch that is watched, as a store being added to does.
      for (const r of await store.ingest(items.slice(0, half))) expect(r.ok).toBe(true);
      const before = await tableStats(db);
      const second = await store.ingest(items.slice(half));
      expect(second.every((r) => r.ok && r.status === "ingested")).toBe(true);
      const after = await tableStats(db);
      for (const t of APPENDED) {
        const b = before.get(t)!;
        const a = after.get(t)!;
        expect(a.inserted, `${t}: rows written by the watched batch`).toBeGreaterThan(b.inserted);
        expect(a.scans - b.scans, `${t}: whole-table reads`).toBe(0);
      }
    } finally {
      await store.close();
    }
  },
);
