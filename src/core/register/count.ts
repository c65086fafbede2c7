// Counting as of a date: the reference computation. For each person, the status on that day
// from the events known at the record time, then filters and a breakdown. The database answers
// the same question from stored history rows; a property test holds the two equal.
//
//   countAsOf(register, "2021-04-22", { by: ["gender"], status: "detained" })
//   → { rules: "vigil-default@1", total: 239, groups: [{ key: { gender: "female" }, count: 83 … }] }

import { UsageError } from "../../errors.js";
import { currentCharges, NO_CATALOGUE, parseCharge, type StatuteLookup } from "./charges.js";
import {
  PARTIAL_DATE_RULES,
  ruleId,
  VIGIL_DEFAULT,
  type CountingRules,
  type PartialDateRule,
} from "./counting-rules.js";
import { knownEvents } from "./known-events.js";
import { isDay } from "./partial-date.js";
import { knownAtProblem } from "./record-time.js";
import type { PointStatus } from "./status-fold.js";
import { buildTimeline, statusOn, type Timeline } from "./timeline.js";
import { STATUSES, type Case, type CaseEvent, type Register, type Status } from "./types.js";

export const GROUP_FIELDS = [
  "status",
  "charge",
  "gender",
  "ethnicity",
  "religion",
  "province",
  "profession",
  "birthYear",
] as const;

export type GroupField = (typeof GROUP_FIELDS)[number];

export interface CountOptions {
  rules?: CountingRules;
  /** Overrides the rule set's partial-date rule; the output says which one counted. */
  partialDates?: PartialDateRule;
  by?: readonly GroupField[];
  /** A status, or an aggregate the rule set names (`detained`). */
  status?: string | null;
  /** An article number of the default code or a catalogue id; matched after mapping. */
  charge?: string | null;
  /** Record time (timestamp, or a day meaning its end); null for everything recorded. */
  knownAt?: string | null;
  statutes?: StatuteLookup;
  /** Leave confidential people out of the id lists (they are still counted). */
  redactConfidential?: boolean;
}

export interface CountGroup {
  key: Partial<Record<GroupField, string | null>>;
  count: number;
  caseIds: string[];
}

export interface CountResult {
  asOf: string;
  knownAt: string | null;
  /** The rule set, `name@version`, and what it says. */
  rules: string;
  statement: string[];
  partialDates: PartialDateRule;
  status: string | null;
  /** The current catalogue id the count is restricted to. */
  charge: string | null;
  by: GroupField[];
  total: number;
  /** Everyone counted, sorted by id. */
  caseIds: string[];
  byStatus: Record<Status, number>;
  /** Each aggregate of the rule set (`detained`) among those counted. */
  aggregates: Record<string, number>;
  groups: CountGroup[];
  /** Whether a person may sit in several groups (breakdown by every charge). */
  groupsOverlap: boolean;
  /** How many counted people are confidential and left out of the id lists. */
  redacted: number;
}

/** A register with every case's events placed and folded once, for many dates. */
export interface PreparedRegister {
  cases: { record: Case; timeline: Timeline }[];
  partialDates: PartialDateRule;
  rules: CountingRules;
  knownAt: string | null;
}

export function eventsByCase(events: readonly CaseEvent[]): Map<string, CaseEvent[]> {
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.caseId);
    if (list) list.push(e);
    else byCase.set(e.caseId, [e]);
  }
  return byCase;
}

export function prepareRegister(register: Register, options: CountOptions = {}): PreparedRegister {
  const rules = options.rules ?? VIGIL_DEFAULT;
  const partialDates = options.partialDates ?? rules.partialDates;
  if (!PARTIAL_DATE_RULES.includes(partialDates)) {
    throw new UsageError(`unknown partial-date rule "${partialDates}"`);
  }
  const knownAt = options.knownAt ?? null;
  const problem = knownAt === null ? null : knownAtProblem(knownAt);
  if (problem) throw new UsageError(`known-at: ${problem}`);
  const byCase = eventsByCase(register.events);
  return {
    cases: register.cases.map((record) => ({
      record,
      timeline: buildTimeline(
        knownEvents(byCase.get(record.id) ?? [], knownAt),
        partialDates,
        rules.termEnds,
      ),
    })),
    partialDates,
    rules,
    knownAt,
  };
}

/** The statuses a `status` option stands for. */
export function statusesFor(status: string, rules: CountingRules): ReadonlySet<Status> {
  const aggregate = rules.aggregates[status];
  if (aggregate) return new Set(aggregate);
  if ((STATUSES as readonly string[]).includes(status)) return new Set([status as Status]);
  const known = [...STATUSES, ...Object.keys(rules.aggregates)].join(", ");
  throw new UsageError(`unknown status "${status}" (one of ${known})`);
}

/** How the rule set names an article when counting: as charged, or as the article in force. */
export function chargeKey(rules: CountingRules, statutes: StatuteLookup): (id: string) => string {
  return rules.chargeMapping === "current" ? (id) => statutes.toCurrent(id) : (id) => id;
}

/** The articles a person counts under, each once, the principal one first. */
export function countedCharges(
  ids: readonly string[],
  rules: CountingRules,
  statutes: StatuteLookup,
): string[] {
  const all = rules.chargeMapping === "current" ? currentCharges(ids, statutes) : [...new Set(ids)];
  return rules.charges === "principal-charge" ? all.slice(0, 1) : all;
}

export function attribute(c: Case, field: Exclude<GroupField, "status" | "charge">): string | null {
  const value = c[field];
  return value === null ? null : String(value);
}

export function compareKeys(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function countPrepared(
  prepared: PreparedRegister,
  asOf: string,
  options: CountOptions = {},
): CountResult {
  if (!isDay(asOf)) throw new UsageError(`as-of "${asOf}" is not a date (YYYY-MM-DD)`);
  const { rules } = prepared;
  const statutes = options.statutes ?? NO_CATALOGUE;
  const by = [...(options.by ?? [])];
  for (const f of by) {
    if (!(GROUP_FIELDS as readonly string[]).includes(f)) {
      throw new UsageError(`cannot count by "${f}" (one of ${GROUP_FIELDS.join(", ")})`);
    }
  }
  const wanted = options.status ? statusesFor(options.status, rules) : null;
  let charge: string | null = null;
  if (options.charge) {
    const parsed = parseCharge(options.charge, statutes);
    if ("problem" in parsed) throw new UsageError(`charge: ${parsed.problem}`);
    charge = chargeKey(rules, statutes)(parsed.id);
  }

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const counted: { record: Case; point: PointStatus; charges: (string | null)[] }[] = [];
  for (const { record, timeline } of prepared.cases) {
    const point = statusOn(timeline, asOf);
    if (point === null || (wanted && !wanted.has(point.status))) continue;
    const charges = countedCharges(point.charges, rules, statutes);
    if (charge !== null && !charges.includes(charge)) continue;
    counted.push({ record, point, charges: charges.length > 0 ? charges : [null] });
    byStatus[point.status]++;
  }

  const redact = options.redactConfidential === true;
  const listed = (c: Case) => !(redact && c.confidential);
  const groups = new Map<string, { values: (string | null)[]; ids: string[]; count: number }>();
  for (const { record, point, charges } of counted) {
    let keys: (string | null)[][] = [[]];
    for (const field of by) {
      const values =
        field === "status"
          ? [point.status]
          : field === "charge"
            ? charges
            : [attribute(record, field)];
      keys = keys.flatMap((k) => values.map((v) => [...k, v]));
    }
    for (const values of keys) {
      const id = JSON.stringify(values);
      const group = groups.get(id) ?? { values, ids: [], count: 0 };
      group.count++;
      if (listed(record)) group.ids.push(record.id);
      groups.set(id, group);
    }
  }

  const sortIds = (ids: string[]) => ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    asOf,
    knownAt: prepared.knownAt,
    rules: ruleId(rules),
    statement: rules.statement,
    partialDates: prepared.partialDates,
    status: options.status ?? null,
    charge,
    by,
    total: counted.length,
    caseIds: sortIds(counted.filter((c) => listed(c.record)).map((c) => c.record.id)),
    byStatus,
    aggregates: Object.fromEntries(
      Object.entries(rules.aggregates).map(([name, statuses]) => [
        name,
        statuses.reduce((n, s) => n + byStatus[s], 0),
      ]),
    ),
    groups: [...groups.values()]
      .sort((a, b) => compareKeys(a.values, b.values))
      .map((g) => ({
        key: Object.fromEntries(by.map((f, i) => [f, g.values[i] ?? null])),
        count: g.count,
        caseIds: sortIds(g.ids),
      })),
    groupsOverlap: by.includes("charge") && rules.charges === "every-charge",
    redacted: counted.filter((c) => !listed(c.record)).length,
  };
}

/** Counts of people by status on `asOf`, filtered and broken down as asked. */
export function countAsOf(
  register: Register,
  asOf: string,
  options: CountOptions = {},
): CountResult {
  return countPrepared(prepareRegister(register, options), asOf, options);
}
