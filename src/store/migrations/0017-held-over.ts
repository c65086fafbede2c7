import type { Migration } from "./types.js";

// "Held for more than 12 months on D" from the count rollup (src/store/register/count-blocks.ts),
// not from every held stretch: prolonged pre-trial detention on a million-person register is
// hundreds of thousands of stretches, too many to read per check.
// - `vigil_held_over(since, months)`: the first day on which custody that began on `since` has
//   lasted more than `months` months, the same rule as the register core's
//   `since < addMonths(D, -months)` (month ends clamp: 2019-02-28 + 12 months is held over from
//   2020-03-01, not 2020-02-29).
// - Count keys gain `held_months`: 0 for the people in force as before; 12 for the part of a held
//   stretch from that day on, so the rollup sums them like any other key.
// - The rows whose held-over part starts within the last few days are read from the history:
//   the index below finds them.
// The rollups are dropped and rebuilt by the first count that needs them.
export const migration: Migration = {
  id: 17,
  name: "held-over",
  sql: `
CREATE FUNCTION "vigil_held_over"(since date, months integer) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN (d - months * interval '1 month')::date > since THEN d
    ELSE (date_trunc('month', d) + interval '1 month')::date END
  FROM (SELECT (since + months * interval '1 month')::date + 1 AS d) x
$$;

CREATE INDEX "case_history_held_over_idx" ON "case_history"
  ("variant", GREATEST("day_from", "vigil_held_over"("since", 12)))
  WHERE "known_to" = 'infinity' AND "status" IN ('pending-trial', 'serving-sentence')
    AND "since" IS NOT NULL;

DELETE FROM "case_count_blocks";
DELETE FROM "case_count_keys";
UPDATE "case_history_variants" SET "counts_built_at" = NULL;
ALTER TABLE "case_count_keys" ADD COLUMN "held_months" smallint NOT NULL DEFAULT 0;
ALTER TABLE "case_count_keys" DROP CONSTRAINT "case_count_keys_value_key";
ALTER TABLE "case_count_keys" ADD CONSTRAINT "case_count_keys_value_key"
  UNIQUE NULLS NOT DISTINCT ("status", "gender", "confidential", "charges", "charges_current",
    "held_months");
`,
};
