import type { Migration } from "./types.js";

// Yearly counts without reading whole cases (src/store/register/placed-store.ts): for each
// variant kept, every live record of every case as the register core places it on its timeline
// (`buildTimeline` over the records as known now) — its day (and earliest and latest days), the
// status the person was in just before, the charges in force just after, the prison term — and
// the case's country. "Arrests in 2020" is then one range read of (variant, type, day).
// `placed_built_at` null: not written yet for that variant (a database with a register when this
// migration ran); the first count that needs the rows writes them.
export const migration: Migration = {
  id: 16,
  name: "placed-events",
  sql: `
CREATE TABLE "case_placed" (
  "case_pk" bigint NOT NULL REFERENCES "cases"("id") ON DELETE CASCADE,
  "variant" smallint NOT NULL,
  "event_id" text NOT NULL,
  "type" text NOT NULL,
  "day" date NOT NULL,
  "lo" date NOT NULL,
  "hi" date NOT NULL,
  "status_before" text,
  "charges" text[] NOT NULL,
  "charges_current" text[] NOT NULL,
  "sentence_months" integer,
  "country" text
);

CREATE INDEX "case_placed_case_idx" ON "case_placed" ("case_pk", "variant");
CREATE INDEX "case_placed_type_day_idx" ON "case_placed" ("variant", "type", "day");

ALTER TABLE "case_history_variants" ADD COLUMN "placed_built_at" timestamp with time zone;
UPDATE "case_history_variants" SET "placed_built_at" = now()
  WHERE "built_at" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "cases");
`,
};
