// The materialised status history: every version of every case's history (the core's
// `historyRows`) for each variant kept, rebuilt per case whenever its records change. Variants
// other than the default are built the first time a count needs them, then kept up to date.

import { sql } from "drizzle-orm";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { currentCharges } from "../../core/register/charges.js";
import { eventsByCase } from "../../core/register/count.js";
import {
  DETAINED,
  type CountingRules,
  type PartialDateRule,
} from "../../core/register/counting-rules.js";
import { historyRows } from "../../core/register/status-history.js";
import { periodOf } from "../../core/register/partial-date.js";
import type { CaseEvent } from "../../core/register/types.js";
import type { Orm } from "../db.js";
import { countCases, countedVariants } from "./count-blocks.js";
import { writePlaced } from "./placed-store.js";
import { recordInstant, recordsOf } from "./records-store.js";
import {
  arr,
  batches,
  buildOnce,
  joined,
  OPEN,
  split,
  unnest,
  variantBuilt,
  type Run,
} from "./register-sql.js";

export interface Variant {
  id: number;
  partialDates: PartialDateRule;
  termEnds: CountingRules["termEnds"];
  built: boolean;
}

export async function variants(run: Run): Promise<Variant[]> {
  const found = await run<{
    id: number;
    partial_dates: PartialDateRule;
    term_ends: CountingRules["termEnds"];
    built: boolean;
  }>(sql`SELECT id, partial_dates, term_ends, built_at IS NOT NULL AS built
         FROM case_history_variants ORDER BY id`);
  return found.map((r) => ({
    id: r.id,
    partialDates: r.partial_dates,
    termEnds: r.term_ends,
    built: r.built,
  }));
}

export function variantFor(
  all: readonly Variant[],
  partialDates: PartialDateRule,
  termEnds: CountingRules["termEnds"],
): Variant {
  const v = all.find((x) => x.partialDates === partialDates && x.termEnds === termEnds);
  if (!v) throw new Error(`no history variant ${partialDates}/${termEnds}`);
  return v;
}

/** The statuses whose stretches carry `since` (migration 0015). */
const HELD: ReadonlySet<string> = new Set(DETAINED);

/** The day custody began: the earliest first day of the records behind a held stretch. */
function heldSince(evidence: readonly string[], firstDays: ReadonlyMap<string, string>) {
  let since: string | null = null;
  for (const id of evidence) {
    const day = firstDays.get(id);
    if (day !== undefined && (since === null || day < since)) since = day;
  }
  return since;
}

/** A case whose history is to be (re)written, with all its records. */
export interface CaseRecords {
  pk: number;
  id: string;
  records: readonly CaseEvent[];
}

/** Rewrites the history rows of these cases for these variants; returns the rows written. */
export async function writeHistory(
  run: Run,
  list: readonly CaseRecords[],
  which: readonly Variant[],
): Promise<number> {
  if (list.length === 0 || which.length === 0) return 0;
  // The count rollups kept among these variants follow the rows: old rows out, new rows in.
  const counted = (await countedVariants(run)).filter((id) => which.some((v) => v.id === id));
  let written = 0;
  for (const part of batches(list, 2_000)) {
    const pks = part.map((c) => c.pk);
    await countCases(run, pks, -1, counted);
    await run(sql`DELETE FROM case_history WHERE case_pk = ANY(${arr(pks, "bigint")})
      AND variant = ANY(${arr(
        which.map((v) => v.id),
        "smallint",
      )})`);
    const cols = {
      pk: [] as number[],
      variant: [] as number[],
      status: [] as string[],
      from: [] as string[],
      to: [] as string[],
      knownFrom: [] as string[],
      knownTo: [] as string[],
      charges: [] as string[][],
      current: [] as string[][],
      evidence: [] as string[][],
      flags: [] as string[][],
      since: [] as (string | null)[],
    };
    for (const c of part) {
      const firstDays = new Map(c.records.map((r) => [r.id, periodOf(r.date).first]));
      for (const v of which) {
        for (const row of historyRows(c.id, c.records, {
          partialDates: v.partialDates,
          termEnds: v.termEnds,
        })) {
          const charges = [...new Set(row.charges)];
          cols.pk.push(c.pk);
          cols.variant.push(v.id);
          cols.status.push(row.status);
          cols.from.push(row.from);
          cols.to.push(row.to ?? OPEN);
          cols.knownFrom.push(recordInstant(row.knownFrom));
          cols.knownTo.push(row.knownTo === null ? OPEN : recordInstant(row.knownTo));
          cols.charges.push(charges);
          cols.current.push(currentCharges(charges, CATALOGUE_STATUTES));
          cols.evidence.push(row.evidence);
          cols.flags.push(row.flags);
          cols.since.push(HELD.has(row.status) ? heldSince(row.evidence, firstDays) : null);
        }
      }
    }
    written += cols.pk.length;
    if (cols.pk.length > 0)
      await run(sql`
      INSERT INTO case_history (case_pk, variant, status, day_from, day_to, known_from, known_to,
        charges, charges_current, evidence, flags, since)
      SELECT pk, variant, status, day_from, day_to, known_from, known_to, ${split(sql`charges`)},
        ${split(sql`current`)}, ${split(sql`evidence`)}, ${split(sql`flags`)}, since
      FROM ${unnest([
        arr(cols.pk, "bigint"),
        arr(cols.variant, "smallint"),
        arr(cols.status, "text"),
        arr(cols.from, "date"),
        arr(cols.to, "date"),
        arr(cols.knownFrom, "timestamptz"),
        arr(cols.knownTo, "timestamptz"),
        joined(cols.charges),
        joined(cols.current),
        joined(cols.evidence),
        joined(cols.flags),
        arr(cols.since, "date"),
      ])} AS u(pk, variant, status, day_from, day_to, known_from, known_to, charges, current,
        evidence, flags, since)`);
    await countCases(run, pks, 1, counted);
    await writePlaced(run, part, which);
  }
  return written;
}

/** Every case with all its records, a few thousand at a time. */
async function everyCase(run: Run, fn: (part: CaseRecords[]) => Promise<unknown>): Promise<void> {
  const all = await run<{ pk: number; id: string }>(
    sql`SELECT id AS pk, case_id AS id FROM cases ORDER BY id`,
  );
  for (const part of batches(all, 2_000)) {
    const records = eventsByCase(
      (
        await recordsOf(
          run,
          part.map((c) => c.pk),
        )
      ).map((r) => r.event),
    );
    await fn(part.map((c) => ({ ...c, records: records.get(c.id) ?? [] })));
  }
}

/**
 * Makes sure a variant's rows exist: the first count under a rule that needs it builds it for
 * every case (under the register lock, so imports wait), after which imports keep it current.
 */
export async function ensureVariant(orm: Orm, variant: Variant): Promise<void> {
  if (variant.built) return;
  await buildOnce(orm, variantBuilt(variant.id, "built_at"), async (run) => {
    await everyCase(run, (part) => writeHistory(run, part, [variant]));
    await run(sql`UPDATE case_history_variants SET built_at = now(), placed_built_at = now()
      WHERE id = ${variant.id}`);
  });
  variant.built = true;
}

/**
 * Makes sure a built variant's placed records exist: written with its history from migration
 * 0016 on, and for a register stored before it, by the first count that needs them.
 */
export async function ensurePlaced(orm: Orm, variant: Variant): Promise<void> {
  await ensureVariant(orm, variant);
  await buildOnce(orm, variantBuilt(variant.id, "placed_built_at"), async (run) => {
    await everyCase(run, (part) => writePlaced(run, part, [variant]));
    await run(sql`UPDATE case_history_variants SET placed_built_at = now()
      WHERE id = ${variant.id}`);
  });
}
