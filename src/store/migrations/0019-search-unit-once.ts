import type { Migration } from "./types.js";

// Each search unit in one full-text index, not two: statements were in the index of every unit
// and again in the statement index, so a statement cost two GIN insertions (a passage one).
// Titles and passages now have an index of their own; a search of every kind reads both
// (src/store/search-service.ts), a search of sources or of statements the one it needs.
export const migration: Migration = {
  id: 19,
  name: "search-unit-once",
  sql: `
CREATE INDEX "search_units_source_tsv_idx" ON "search_units" USING gin ("tsv") WHERE "unit" <> 'statement';
DROP INDEX "search_units_tsv_idx";
`,
};
