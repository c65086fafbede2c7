// `case_placed` (migration 0016): each live record of each case as the register core places it,
// written with the status history (history-store.ts) for the same variants, so that a yearly
// count reads the events of a year through an index instead of every record of every case that
// has one (the core's `countEvents` over the same rows is the reference; a test holds them equal).

import { sql } from "drizzle-orm";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { chargeCountry, currentCharges } from "../../core/register/charges.js";
import { knownEvents } from "../../core/register/known-events.js";
import { statusAt } from "../../core/register/status-fold.js";
import { buildTimeline } from "../../core/register/timeline.js";
import type { CaseEvent } from "../../core/register/types.js";
import type { Variant } from "./history-store.js";
import { arr, joined, split, unnest, type Run } from "./register-sql.js";

interface Written {
  pk: number;
  records: readonly CaseEvent[];
}

/** The country of a case: that of the first of its records naming a charge (`vn/…` → VN). */
function countryOf(records: readonly CaseEvent[]): string | null {
  for (const r of records)
    for (const id of r.charges) {
      const country = chargeCountry(id);
      if (country) return country;
    }
  return null;
}

/** Replaces these cases' placed records for these variants. */
export async function writePlaced(
  run: Run,
  cases: readonly Written[],
  which: readonly Variant[],
): Promise<void> {
  if (cases.length === 0 || which.length === 0) return;
  await run(
    sql`DELETE FROM case_placed WHERE case_pk = ANY(${arr(
      cases.map((c) => c.pk),
      "bigint",
    )}) AND variant = ANY(${arr(
      which.map((v) => v.id),
      "smallint",
    )})`,
  );
  const cols = {
    pk: [] as number[],
    variant: [] as number[],
    event: [] as string[],
    type: [] as string[],
    day: [] as string[],
    lo: [] as string[],
    hi: [] as string[],
    before: [] as (string | null)[],
    charges: [] as string[][],
    current: [] as string[][],
    months: [] as (number | null)[],
    country: [] as (string | null)[],
  };
  for (const c of cases) {
    const live = knownEvents(c.records, null);
    const country = countryOf(c.records);
    for (const v of which) {
      const t = buildTimeline(live, v.partialDates, v.termEnds);
      t.placed.forEach((p, i) => {
        const charges = [...new Set(t.states[i + 1]!.charges)];
        cols.pk.push(c.pk);
        cols.variant.push(v.id);
        cols.event.push(p.event.id);
        cols.type.push(p.event.type);
        cols.day.push(p.day);
        cols.lo.push(p.lo);
        cols.hi.push(p.hi);
        cols.before.push(statusAt(t.states[i]!, p.day, t.termEnds)?.status ?? null);
        cols.charges.push(charges);
        cols.current.push(currentCharges(charges, CATALOGUE_STATUTES));
        cols.months.push(p.event.sentenceMonths ?? null);
        cols.country.push(country);
      });
    }
  }
  if (cols.pk.length === 0) return;
  await run(sql`
    INSERT INTO case_placed (case_pk, variant, event_id, type, day, lo, hi, status_before, charges,
      charges_current, sentence_months, country)
    SELECT pk, variant, event, type, day, lo, hi, before, ${split(sql`charges`)},
      ${split(sql`current`)}, months, country
    FROM ${unnest([
      arr(cols.pk, "bigint"),
      arr(cols.variant, "smallint"),
      arr(cols.event, "text"),
      arr(cols.type, "text"),
      arr(cols.day, "date"),
      arr(cols.lo, "date"),
      arr(cols.hi, "date"),
      arr(cols.before, "text"),
      joined(cols.charges),
      joined(cols.current),
      arr(cols.months, "integer"),
      arr(cols.country, "text"),
    ])} AS u(pk, variant, event, type, day, lo, hi, before, charges, current, months, country)`);
}
