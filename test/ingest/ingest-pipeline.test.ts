import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ingestSources, type IngestEvent } from "../../src/ingest/ingest-service.js";
import type { StoreService } from "../../src/store/store-types.js";
import { describeStores, truncateAll } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const report = (n: number) =>
  `Activist ${n} sentenced\n\nA court sentenced activist number ${n} to ${n + 1} years in prison on Friday, her lawyer said.\n`;

describeStores("ingest pipeline", (ctx) => {
  it.each([1, 2, 3])(
    "keeps up to %i batches at the store and reports every document in input order",
    async (depth) => {
      await truncateAll(ctx.db);
      const dir = tempDir();
      const names = Array.from({ length: 9 }, (_, i) => `report-${i}.txt`);
      names.forEach((name, i) => writeFileSync(join(dir, name), report(i)));
      let waiting = 0;
      let most = 0;
      const store: StoreService = {
        ...ctx.store,
        // A store slower than reading two short files: the next batch is ready before it answers.
        ingest: async (items) => {
          most = Math.max(most, ++waiting);
          try {
            const results = await ctx.store.ingest(items);
            await new Promise((r) => setTimeout(r, 150));
            return results;
          } finally {
            waiting--;
          }
        },
      };
      const events: IngestEvent[] = [];
      for await (const e of ingestSources(store, [dir], {
        maxInputBytes: 1_000_000,
        maxDocumentChars: 100_000,
        batchSize: 2,
        depth,
      }))
        events.push(e);
      expect(events.map((e) => e.path.split("/").pop())).toEqual(names);
      expect(events.every((e) => e.ok && e.status === "ingested")).toBe(true);
      expect(most).toBe(depth);
      expect((await ctx.store.info()).counts.documents).toBe(9);
    },
  );
});
