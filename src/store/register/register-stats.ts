// `vigil stats`: counts as of a day, series for charts, and flows in a period, from the database.
// Stocks are read from the stored status history (count-history.ts); flows from the records of the
// cases that have a candidate event in the period, counted by the core.

import { sql } from "drizzle-orm";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { countEvents, EVENT_GROUP_FIELDS } from "../../core/register/count-events.js";
import { ruleId } from "../../core/register/counting-rules.js";
import { isDay } from "../../core/register/partial-date.js";
import { seriesDays } from "../../core/register/series.js";
import { CASE_EVENT_TYPES } from "../../core/register/types.js";
import { UsageError } from "../../errors.js";
import type { Db } from "../db.js";
import { casesByPk } from "./cases-store.js";
import { counting, groupFields, statusFilter } from "./count-options.js";
import { ensureCounts } from "./count-blocks.js";
import { countFromHistory, type CountRequest } from "./count-history.js";
import { countFromRollup, rollupAnswers } from "./count-rollup.js";
import { ensureVariant, variantFor, variants } from "./history-store.js";
import { recordsOf } from "./records-store.js";
import { arr, runner } from "./register-sql.js";
import type {
  FlowQuery,
  RegisterCount,
  RegisterFlows,
  RegisterSeries,
  SeriesQuery,
  StatsQuery,
} from "./register-types.js";

async function request(db: Db, q: Omit<StatsQuery, "asOf">, asOf: string): Promise<CountRequest> {
  if (!isDay(asOf)) throw new UsageError(`as-of "${asOf}" is not a date (YYYY-MM-DD)`);
  const c = counting(q);
  const v = variantFor(await variants(runner(db.orm)), c.partialDates, c.rules.termEnds);
  await ensureVariant(db.orm, v);
  const r: CountRequest = {
    counting: c,
    variant: v.id,
    asOf,
    by: groupFields(q.by),
    status: q.status ?? null,
    statuses: statusFilter(q.status, c.rules),
    list: q.list === true,
  };
  if (rollupAnswers(r)) await ensureCounts(db.orm, v.id);
  return r;
}

/** One count: from the rollup when it can answer, else from the history rows. */
function countAsOf(db: Db, r: CountRequest): Promise<RegisterCount> {
  return rollupAnswers(r)
    ? countFromRollup(runner(db.orm), r)
    : countFromHistory(runner(db.orm), r);
}

export async function registerStats(db: Db, q: StatsQuery): Promise<RegisterCount> {
  return countAsOf(db, await request(db, q, q.asOf));
}

export async function registerSeries(db: Db, q: SeriesQuery): Promise<RegisterSeries> {
  const days = seriesDays(q.from, q.to, q.every);
  const first = await request(db, q, days[0] ?? q.from);
  const points: RegisterCount[] = [];
  for (const day of days) points.push(await countAsOf(db, { ...first, asOf: day }));
  return {
    from: q.from,
    to: q.to,
    every: q.every,
    rules: ruleId(first.counting.rules),
    statement: first.counting.rules.statement,
    partialDates: first.counting.partialDates,
    points,
  };
}

/**
 * Flows: the database finds the cases with a record of the types asked whose date may fall in
 * the period (a partial date's whole period overlapping it), and the core counts those cases
 * exactly as it counts a whole register — a case's events depend on its own records only.
 */
export async function registerFlows(db: Db, q: FlowQuery): Promise<RegisterFlows> {
  if (!isDay(q.from) || !isDay(q.to)) throw new UsageError("event counts need dates YYYY-MM-DD");
  const types = [...q.types];
  if (types.length === 0) throw new UsageError("give the event types to count");
  for (const t of types)
    if (!(CASE_EVENT_TYPES as readonly string[]).includes(t))
      throw new UsageError(`unknown event type "${t}" (one of ${CASE_EVENT_TYPES.join(", ")})`);
  for (const f of q.by ?? [])
    if (!(EVENT_GROUP_FIELDS as readonly string[]).includes(f))
      throw new UsageError(
        `cannot count events by "${f}" (one of ${EVENT_GROUP_FIELDS.join(", ")})`,
      );
  const c = counting(q);
  const run = runner(db.orm);
  const found = await run<{ pk: number }>(sql`
    SELECT DISTINCT e.case_pk AS pk FROM case_events e
    WHERE e.type = ANY(${arr(types, "text")})
      AND (CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01'
           ELSE e.date END) <= ${q.to}
      AND (CASE length(e.date) WHEN 4 THEN e.date || '-12-31' WHEN 7 THEN e.date || '-31'
           ELSE e.date END) >= ${q.from}`);
  const cases = await casesByPk(
    run,
    found.map((r) => r.pk),
  );
  const records = await recordsOf(
    run,
    cases.map((x) => x.pk),
  );
  return countEvents(
    { cases: cases.map((x) => x.record), events: records.map((r) => r.event) },
    q.from,
    q.to,
    {
      types,
      by: q.by ?? [],
      whileDetained: q.whileDetained === true,
      rules: c.rules,
      partialDates: c.partialDates,
      knownAt: c.knownAt,
      charge: q.charge ?? null,
      statutes: CATALOGUE_STATUTES,
      redactConfidential: c.redact,
    },
  );
}
