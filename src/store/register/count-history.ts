// Counting as of a day from the stored status history: the rows in force on that day (event time)
// as the register knew them at the record time asked (record time), one per person, grouped.
//
//   known now:   variant = 1 AND known_to = 'infinity' AND day_from <= D AND day_to > D
//   known at T:  … AND known_from <= T AND known_to > T
//
// The first reads the partial index `case_history_now_idx`. A property test holds the result equal
// to the core's `countAsOf` over the same records.

import { sql, type SQL } from "drizzle-orm";
import { compareKeys, type GroupField } from "../../core/register/count.js";
import { ruleId, type CountingRules } from "../../core/register/counting-rules.js";
import { STATUSES, type Status } from "../../core/register/types.js";
import type { Counting } from "./count-options.js";
import { arr, type Run } from "./register-sql.js";
import type { RegisterCount } from "./register-types.js";

export interface CountRequest {
  counting: Counting;
  variant: number;
  asOf: string;
  by: GroupField[];
  /** The status filter as asked (a status or an aggregate), and the statuses it stands for. */
  status: string | null;
  statuses: Status[] | null;
  list: boolean;
}

/** The charges a person counts under, as an SQL array: mapped or as charged, every or principal. */
export function countedChargesSql(c: Counting): SQL {
  return chargesCountedBy(c.rules, "h");
}

/** The same for rules and a table alias whose rows have `charges` and `charges_current`. */
export function chargesCountedBy(rules: CountingRules, alias: string): SQL {
  const column = sql.raw(
    `${alias}.${rules.chargeMapping === "current" ? "charges_current" : "charges"}`,
  );
  return rules.charges === "principal-charge" ? sql`(${column})[1:1]` : column;
}

/** The conditions that pick the history rows a count as of `asOf` reads. */
export function historyWhere(r: Omit<CountRequest, "by" | "list" | "status">): SQL {
  const c = r.counting;
  const parts = [
    sql`h.variant = ${r.variant}`,
    sql`h.day_from <= ${r.asOf}::date`,
    sql`h.day_to > ${r.asOf}::date`,
    c.knownInstant === null
      ? sql`h.known_to = 'infinity'`
      : sql`h.known_from <= ${c.knownInstant}::timestamptz AND h.known_to > ${c.knownInstant}::timestamptz`,
  ];
  if (r.statuses) parts.push(sql`h.status = ANY(${arr(r.statuses, "text")})`);
  if (c.charge !== null) parts.push(sql`${c.charge} = ANY(${countedChargesSql(c)})`);
  return sql.join(parts, sql` AND `);
}

const FIELD_SQL: Record<Exclude<GroupField, "charge">, SQL> = {
  status: sql`h.status`,
  gender: sql`c.gender`,
  ethnicity: sql`c.ethnicity`,
  religion: sql`c.religion`,
  province: sql`c.province`,
  profession: sql`c.profession`,
  birthYear: sql`c.birth_year::text`,
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An empty count: the shape every count shares, before the figures. */
export function blankCount(r: CountRequest, method: RegisterCount["method"]): RegisterCount {
  const c = r.counting;
  return {
    asOf: r.asOf,
    knownAt: c.knownAt,
    rules: ruleId(c.rules),
    statement: c.rules.statement,
    partialDates: c.partialDates,
    status: r.status,
    charge: c.charge,
    by: r.by,
    total: 0,
    caseIds: [],
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
    aggregates: {},
    groups: [],
    groupsOverlap: r.by.includes("charge") && c.rules.charges === "every-charge",
    redacted: 0,
    listed: r.list,
    method,
  };
}

export async function countFromHistory(run: Run, r: CountRequest): Promise<RegisterCount> {
  const c = r.counting;
  const out = blankCount(r, "history");
  const where = historyWhere(r);
  const visible = c.redact ? sql`NOT c.confidential` : sql`TRUE`;
  const ids = r.list
    ? sql`, array_agg(c.case_id) FILTER (WHERE ${visible}) AS ids,
          (count(*) FILTER (WHERE NOT ${visible}))::int AS hidden`
    : sql``;
  const join = r.list ? sql`JOIN cases c ON c.id = h.case_pk` : sql``;
  const perStatus = await run<{
    status: Status;
    n: number;
    ids?: string[] | null;
    hidden?: number;
  }>(
    sql`SELECT h.status, count(*)::int AS n ${ids}
        FROM case_history h ${join} WHERE ${where} GROUP BY h.status`,
  );
  for (const s of perStatus) out.byStatus[s.status] += s.n;
  out.total = perStatus.reduce((n, s) => n + s.n, 0);
  out.caseIds = perStatus.flatMap((s) => s.ids ?? []).sort(byId);
  out.redacted = perStatus.reduce((n, s) => n + (s.hidden ?? 0), 0);
  out.aggregates = Object.fromEntries(
    Object.entries(c.rules.aggregates).map(([name, statuses]) => [
      name,
      statuses.reduce((n, s) => n + out.byStatus[s], 0),
    ]),
  );
  // Like the core: with no breakdown, everyone counted is one group.
  if (r.by.length === 0) {
    if (out.total > 0) out.groups = [{ key: {}, count: out.total, caseIds: out.caseIds }];
    return out;
  }

  const exprs = r.by.map((f) => (f === "charge" ? sql`ch.charge` : FIELD_SQL[f]));
  const charges = countedChargesSql(c);
  const expand = r.by.includes("charge")
    ? sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(${charges}) = 0
            THEN ARRAY[NULL]::text[] ELSE ${charges} END) AS ch(charge)`
    : sql``;
  const groups = await run<Record<string, string | null> & { n: number; ids?: string[] | null }>(
    sql`SELECT ${sql.join(
      exprs.map((e, i) => sql`${e} AS ${sql.raw(`g${i}`)}`),
      sql`, `,
    )}, count(*)::int AS n ${ids}
        FROM case_history h JOIN cases c ON c.id = h.case_pk ${expand}
        WHERE ${where}
        GROUP BY ${sql.join(
          r.by.map((_, i) => sql.raw(String(i + 1))),
          sql`, `,
        )}`,
  );
  out.groups = groups
    .map((g) => ({ values: r.by.map((_, i) => g[`g${i}`] ?? null), g }))
    .sort((a, b) => compareKeys(a.values, b.values))
    .map(({ values, g }) => ({
      key: Object.fromEntries(r.by.map((f, i) => [f, values[i] ?? null])),
      count: g.n,
      caseIds: (g.ids ?? []).sort(byId),
    }));
  return out;
}
