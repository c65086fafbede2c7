import type { Migration } from "./types.js";

// What `vigil check` needs to answer in well under a second on a register of a million people
// (src/store/check/register-evidence.ts):
// - `case_history.since`: the day a held stretch's custody began (the earliest first day of the
//   records behind it), stored with the row instead of looked up for every held person per check;
//   null on stretches that are not held.
// - `vigil_held_box`: a held stretch as a box, days held on x and `since` on y (undated: far
//   above every day), so that one GiST index (built in: no extension) answers "held on D, longest
//   held first" as a nearest-neighbour scan from the point (D, -1) — the first N people without
//   reading every stretch that covers D. [from, to) becomes [from, to - 0.5] on whole days.
// - Count keys gain `confidential`, so the rollup also says how many of the people counted are
//   confidential. The rollups are dropped and rebuilt by the first count that needs them.
export const migration: Migration = {
  id: 15,
  name: "held-since",
  sql: `
ALTER TABLE "case_history" ADD COLUMN "since" date;

UPDATE "case_history" h SET "since" = (
  SELECT min((CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01'
              ELSE e.date END)::date)
  FROM "case_events" e WHERE e.case_pk = h.case_pk AND e.event_id = ANY(h.evidence))
WHERE h.status IN ('pending-trial', 'serving-sentence');

CREATE FUNCTION "vigil_held_box"(day_from date, day_to date, since date) RETURNS box
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT box(
    point(day_from - DATE '0001-01-01', COALESCE(since - DATE '0001-01-01', 10000000)),
    point(CASE WHEN day_to = 'infinity' THEN 10000000 ELSE day_to - DATE '0001-01-01' END - 0.5,
          COALESCE(since - DATE '0001-01-01', 10000000)))
$$;

CREATE INDEX "case_history_held_since_idx" ON "case_history"
  USING gist ("vigil_held_box"("day_from", "day_to", "since"))
  WHERE "variant" = 1 AND "known_to" = 'infinity' AND "status" IN ('pending-trial', 'serving-sentence');

CREATE INDEX "case_history_pending_since_idx" ON "case_history"
  USING gist ("vigil_held_box"("day_from", "day_to", "since"))
  WHERE "variant" = 1 AND "known_to" = 'infinity' AND "status" = 'pending-trial';

DELETE FROM "case_count_blocks";
DELETE FROM "case_count_keys";
UPDATE "case_history_variants" SET "counts_built_at" = NULL;
ALTER TABLE "case_count_keys" ADD COLUMN "confidential" boolean NOT NULL;
ALTER TABLE "case_count_keys" DROP CONSTRAINT "case_count_keys_value_key";
ALTER TABLE "case_count_keys" ADD CONSTRAINT "case_count_keys_value_key"
  UNIQUE NULLS NOT DISTINCT ("status", "gender", "confidential", "charges", "charges_current");
`,
};
