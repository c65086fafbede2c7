import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingest-service.js";
import { checkpointIfDue, maintainStore, vacuumsItself } from "../../src/store/maintenance.js";
import type { StoreService } from "../../src/store/store-types.js";
import { item } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const LOW = { base: 2, share: 0.5 };

const note = (n: number) =>
  `Lawyer visits detained blogger ${n}\n\nThe lawyer said on Monday that the blogger, held for ${n} days, was in poor health.\n`;

describeStores("store maintenance", (ctx) => {
  it("VACUUMs a store the database does not VACUUM itself once it has grown past the threshold, and not again until it grows", async () => {
    const before = await maintainStore(ctx.db, LOW);
    expect(before.vacuumed).toBe(false);
    await ctx.store.ingest([1, 2, 3].map((n) => item({ text: note(n), path: `note-${n}.txt` })));
    const after = await maintainStore(ctx.db, LOW);
    const [counts] = await ctx.db.query<{ reltuples: number }>(
      "SELECT reltuples::int AS reltuples FROM pg_class WHERE oid = 'documents'::regclass",
    );
    if (await vacuumsItself(ctx.db)) {
      // A server running autovacuum is left to it.
      expect(ctx.dialect).toBe("postgres");
      expect(after.vacuumed).toBe(false);
      return;
    }
    // PGlite, or a server with autovacuum off: VACUUM counted the three documents, and the next
    // call finds nothing to do.
    expect(after).toEqual({ vacuumed: true, documents: 3, counted: 0 });
    expect(counts!.reltuples).toBe(3);
    expect((await maintainStore(ctx.db, LOW)).vacuumed).toBe(false);
  });

  it("checkpoints an embedded store once enough WAL has been written since the last checkpoint", async () => {
    const redo = async () =>
      (
        await ctx.db.query<{ redo: string; written: number }>(
          `SELECT redo_lsn::text AS redo,
             pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 AS written
           FROM pg_control_checkpoint()`,
        )
      )[0]!;
    await ctx.store.ingest([6, 7, 8].map((n) => item({ text: note(n), path: `note-${n}.txt` })));
    const before = await redo();
    expect(before.written).toBeGreaterThan(4096);
    // PostgreSQL's default, 1 GB, is far off.
    expect(await checkpointIfDue(ctx.db)).toBe(false);
    if (ctx.dialect === "pglite") {
      expect(await checkpointIfDue(ctx.db, 4096)).toBe(true);
      const after = await redo();
      expect(after.redo).not.toBe(before.redo);
      expect(after.written).toBeLessThan(4096);
      expect(await checkpointIfDue(ctx.db, 4096)).toBe(false);
    } else {
      // A server runs its own checkpointer: Vigil never asks it for one.
      expect(await checkpointIfDue(ctx.db, 1)).toBe(false);
    }
  });

  it("is asked for by every ingest run that was not stopped", async () => {
    const dir = tempDir();
    for (const n of [4, 5]) writeFileSync(join(dir, `note-${n}.txt`), note(n));
    let asked = 0;
    const store: StoreService = {
      ...ctx.store,
      maintain: () => {
        asked++;
        return ctx.store.maintain();
      },
    };
    const opts = { maxInputBytes: 1_000_000, maxDocumentChars: 100_000 };
    const run = async (signal?: AbortSignal) => {
      const seen = [];
      for await (const e of ingestSources(store, [dir], { ...opts, ...(signal ? { signal } : {}) }))
        seen.push(e);
      return seen;
    };
    expect((await run()).every((e) => e.ok)).toBe(true);
    expect(asked).toBe(1);
    const stop = new AbortController();
    stop.abort();
    await run(stop.signal);
    expect(asked).toBe(1);
  });
});
