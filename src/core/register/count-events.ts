// Counting events in a period: the flows a year-end report states beside its stocks ("thirteen
// arrests in 2021", "eight convictions totalling 53.5 years", "one death in custody"). An event
// counts when the day the partial-date rule gives it falls in [from, to]; under
// `exclude-uncertain`, an event whose period reaches outside is reported as uncertain instead.

import { UsageError } from "../../errors.js";
import { NO_CATALOGUE, parseCharge } from "./charges.js";
import {
  attribute,
  chargeKey,
  compareKeys,
  countedCharges,
  prepareRegister,
  type CountOptions,
} from "./count.js";
import { ruleId, type PartialDateRule } from "./counting-rules.js";
import { isDay } from "./partial-date.js";
import { statusAt } from "./status-fold.js";
import type { CaseEventType, Register } from "./types.js";

export const EVENT_GROUP_FIELDS = [
  "type",
  "charge",
  "gender",
  "ethnicity",
  "religion",
  "province",
  "profession",
  "birthYear",
] as const;

export type EventGroupField = (typeof EVENT_GROUP_FIELDS)[number];

export interface EventCountOptions extends Omit<CountOptions, "by" | "status"> {
  types: readonly CaseEventType[];
  by?: readonly EventGroupField[];
  /** Only events that found the person detained: a death in custody, a release from prison. */
  whileDetained?: boolean;
}

export interface EventCountGroup {
  key: Partial<Record<EventGroupField, string | null>>;
  events: number;
  caseIds: string[];
}

export interface EventCountResult {
  from: string;
  to: string;
  knownAt: string | null;
  rules: string;
  statement: string[];
  partialDates: PartialDateRule;
  types: CaseEventType[];
  charge: string | null;
  events: number;
  /** Distinct people with at least one counted event. */
  people: number;
  caseIds: string[];
  eventIds: string[];
  /** Sum of the prison terms of the counted events that state one. */
  sentenceMonths: number;
  uncertain: { events: number; eventIds: string[] };
  groups: EventCountGroup[];
  redacted: number;
}

export function countEvents(
  register: Register,
  from: string,
  to: string,
  options: EventCountOptions,
): EventCountResult {
  if (!isDay(from) || !isDay(to)) throw new UsageError("event counts need dates YYYY-MM-DD");
  const { by: _by, ...prepare } = options;
  const prepared = prepareRegister(register, prepare);
  const { rules } = prepared;
  const statutes = options.statutes ?? NO_CATALOGUE;
  const by = [...(options.by ?? [])];
  let charge: string | null = null;
  if (options.charge) {
    const parsed = parseCharge(options.charge, statutes);
    if ("problem" in parsed) throw new UsageError(`charge: ${parsed.problem}`);
    charge = chargeKey(rules, statutes)(parsed.id);
  }
  const detained = new Set(rules.aggregates["detained"] ?? []);
  const certainOnly = prepared.partialDates === "exclude-uncertain";
  const listed = (confidential: boolean) => !(options.redactConfidential && confidential);

  const counted: { caseId: string; eventId: string; key: (string | null)[][]; listed: boolean }[] =
    [];
  const uncertain: string[] = [];
  let months = 0;
  for (const { record, timeline } of prepared.cases) {
    timeline.placed.forEach((p, i) => {
      if (!options.types.includes(p.event.type)) return;
      if (certainOnly) {
        if (p.hi < from || p.lo > to) return;
        if (p.lo < from || p.hi > to) {
          uncertain.push(p.event.id);
          return;
        }
      } else if (p.day < from || p.day > to) {
        return;
      }
      if (options.whileDetained) {
        const before = statusAt(timeline.states[i]!, p.day, rules.termEnds);
        if (!before || !detained.has(before.status)) return;
      }
      const charges = countedCharges(timeline.states[i + 1]!.charges, rules, statutes);
      if (charge !== null && !charges.includes(charge)) return;
      let keys: (string | null)[][] = [[]];
      for (const field of by) {
        const values =
          field === "type"
            ? [p.event.type]
            : field === "charge"
              ? charges.length > 0
                ? charges
                : [null]
              : [attribute(record, field)];
        keys = keys.flatMap((k) => values.map((v) => [...k, v]));
      }
      months += p.event.sentenceMonths ?? 0;
      counted.push({
        caseId: record.id,
        eventId: p.event.id,
        key: keys,
        listed: listed(record.confidential),
      });
    });
  }

  const groups = new Map<string, { values: (string | null)[]; events: number; ids: Set<string> }>();
  for (const c of counted) {
    for (const values of c.key) {
      const id = JSON.stringify(values);
      const g = groups.get(id) ?? { values, events: 0, ids: new Set<string>() };
      g.events++;
      if (c.listed) g.ids.add(c.caseId);
      groups.set(id, g);
    }
  }
  const sorted = (ids: Iterable<string>) =>
    [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const people = new Set(counted.map((c) => c.caseId));
  return {
    from,
    to,
    knownAt: prepared.knownAt,
    rules: ruleId(rules),
    statement: rules.statement,
    partialDates: prepared.partialDates,
    types: [...options.types],
    charge,
    events: counted.length,
    people: people.size,
    caseIds: sorted(counted.filter((c) => c.listed).map((c) => c.caseId)),
    eventIds: counted.filter((c) => c.listed).map((c) => c.eventId),
    sentenceMonths: months,
    uncertain: { events: uncertain.length, eventIds: uncertain },
    groups: [...groups.values()]
      .sort((a, b) => compareKeys(a.values, b.values))
      .map((g) => ({
        key: Object.fromEntries(by.map((f, i) => [f, g.values[i] ?? null])),
        events: g.events,
        caseIds: sorted(g.ids),
      })),
    redacted: new Set(counted.filter((c) => !c.listed).map((c) => c.caseId)).size,
  };
}
