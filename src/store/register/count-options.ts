// The options every count takes, checked once: the rule set by name, the partial-date rule, the
// record time and the charge, resolved the way the core resolves them.

import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { parseCharge } from "../../core/register/charges.js";
import {
  chargeKey,
  GROUP_FIELDS,
  statusesFor,
  type GroupField,
} from "../../core/register/count.js";
import {
  findRules,
  PARTIAL_DATE_RULES,
  RULE_SETS,
  VIGIL_DEFAULT,
  type CountingRules,
  type PartialDateRule,
} from "../../core/register/counting-rules.js";
import { knownAtMillis, knownAtProblem } from "../../core/register/record-time.js";
import type { Status } from "../../core/register/types.js";
import { UsageError } from "../../errors.js";
import type { CountingQuery } from "./register-types.js";

export interface Counting {
  rules: CountingRules;
  partialDates: PartialDateRule;
  /** As asked (null: everything recorded). */
  knownAt: string | null;
  /** The record-time instant a database compares, or null. */
  knownInstant: string | null;
  /** The charge as counted (after the rule set's mapping), or null. */
  charge: string | null;
  /** Leave confidential people out of id lists. */
  redact: boolean;
}

export function counting(q: CountingQuery): Counting {
  const rules = q.rules ? findRules(q.rules) : VIGIL_DEFAULT;
  if (!rules)
    throw new UsageError(
      `unknown rule set "${q.rules}" (one of ${[...RULE_SETS.keys()].join(", ")})`,
    );
  const partialDates = q.partialDates ?? rules.partialDates;
  if (!PARTIAL_DATE_RULES.includes(partialDates))
    throw new UsageError(
      `unknown partial-date rule "${partialDates}" (one of ${PARTIAL_DATE_RULES.join(", ")})`,
    );
  const knownAt = q.knownAt ?? null;
  const problem = knownAt === null ? null : knownAtProblem(knownAt);
  if (problem) throw new UsageError(`known-at: ${problem}`);
  let charge: string | null = null;
  if (q.charge) {
    const parsed = parseCharge(q.charge, CATALOGUE_STATUTES);
    if ("problem" in parsed) throw new UsageError(`charge: ${parsed.problem}`);
    charge = chargeKey(rules, CATALOGUE_STATUTES)(parsed.id);
  }
  return {
    rules,
    partialDates,
    knownAt,
    knownInstant: knownAt === null ? null : new Date(knownAtMillis(knownAt)).toISOString(),
    charge,
    redact: q.includeConfidential !== true,
  };
}

export function groupFields(by: readonly string[] | undefined): GroupField[] {
  const fields = [...(by ?? [])];
  for (const f of fields)
    if (!(GROUP_FIELDS as readonly string[]).includes(f))
      throw new UsageError(`cannot count by "${f}" (one of ${GROUP_FIELDS.join(", ")})`);
  return fields as GroupField[];
}

export function statusFilter(
  status: string | null | undefined,
  rules: CountingRules,
): Status[] | null {
  return status ? [...statusesFor(status, rules)] : null;
}
