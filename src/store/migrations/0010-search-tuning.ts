import type { Migration } from "./types.js";

// Measured on 20,000 articles:
// - The search index keeps no copy of passage and statement text: it is cut from the document
//   when a page of results is shown (`text` is set only when offsets in code points would differ
//   from the contract's UTF-16 offsets). Rows half as wide, half the pages to rank.
// - Statement searches (by kind, speaker or organisation) use a GIN index of statements alone;
//   date and outlet filters can combine a B-tree with the full-text index.
export const migration: Migration = {
  id: 10,
  name: "search-tuning",
  sql: `
ALTER TABLE "search_units" ALTER COLUMN "text" DROP NOT NULL;
CREATE INDEX "search_units_statement_tsv_idx" ON "search_units" USING gin ("tsv") WHERE "unit" = 'statement';
CREATE INDEX "search_units_day_idx" ON "search_units" USING btree ("day");
CREATE INDEX "search_units_outlet_idx" ON "search_units" USING btree ("outlet_key");
`,
};
