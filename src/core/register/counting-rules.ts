// Counting rules: how a register's statuses become published numbers. Two groups counting the
// same register differently should get different numbers and be able to say why, so every count
// carries the rule set's `name@version`. A rule set never changes once published: a change is a
// new version.

import type { Status } from "./types.js";

/**
 * What a partial date counts as (see docs/register.md):
 * - `start-of-period`: an arrest in `2021-04` counts from 2021-04-01; a release in `2021-04`
 *   takes effect on 2021-04-30, so a detention is counted over every day it may have covered;
 * - `end-of-period`: an arrest in `2021-04` counts from 2021-04-30; a release in `2021-04`
 *   takes effect on 2021-04-01 (never before the arrest it ends): only days certainly in custody;
 * - `exclude-uncertain`: on days inside a partial date's period, the person is `uncertain`,
 *   counted apart from every status.
 */
export const PARTIAL_DATE_RULES = [
  "start-of-period",
  "end-of-period",
  "exclude-uncertain",
] as const;

export type PartialDateRule = (typeof PARTIAL_DATE_RULES)[number];

export interface CountingRules {
  name: string;
  version: number;
  /** One sentence per rule, shown with every count. */
  statement: string[];
  partialDates: PartialDateRule;
  /**
   * `on-release`: a sentence lasts until a release (or exile, or death) is recorded; a term that
   * has run out is flagged `term-elapsed`. `at-term`: the person counts as released when the
   * term runs out, counted from the arrest that began the detention.
   */
  termEnds: "on-release" | "at-term";
  /** Named sets of statuses a status filter may name; `detained` is the one figures use. */
  aggregates: Record<string, Status[]>;
  /**
   * `every-charge`: broken down by charge, a person appears once under each article held
   * against them (groups overlap; totals still count the person once). `principal-charge`: only
   * under the first article recorded, so groups add up to the total.
   */
  charges: "every-charge" | "principal-charge";
  /**
   * `current`: a repealed article counts as the article that replaced it (1999 Penal Code 88 as
   * 2015 Criminal Code 117), so counts span the code change. `as-charged`: each article as
   * written, so "held under Article 117" leaves out those convicted under 88.
   */
  chargeMapping: "current" | "as-charged";
}

export function ruleId(rules: CountingRules): string {
  return `${rules.name}@${rules.version}`;
}

/** Held: pending trial or serving a sentence (the `detained` aggregate of the default rules). */
export const DETAINED: readonly Status[] = ["pending-trial", "serving-sentence"];
/** Everyone the register follows who has not left the country or died. */
const NOT_EXILED_OR_DECEASED: Status[] = [
  "at-risk",
  "pending-trial",
  "serving-sentence",
  "house-arrest",
  "suspended-sentence",
  "released",
];

export const VIGIL_DEFAULT: CountingRules = {
  name: "vigil-default",
  version: 1,
  statement: [
    "detained = arrested or held and not released, exiled or deceased by the date",
    "pending trial and serving a sentence are counted apart; both are detained",
    "a person counts once whatever the number of charges",
    "suspended sentences are not detention",
    "house arrest is counted apart, not as detention",
    "a sentence lasts until a release is recorded",
    "a partial date counts from the start of its period; a release from its end",
    "a repealed article counts as the article that replaced it",
  ],
  partialDates: "start-of-period",
  termEnds: "on-release",
  aggregates: { detained: [...DETAINED], "not-exiled-or-deceased": NOT_EXILED_OR_DECEASED },
  charges: "every-charge",
  chargeMapping: "current",
};

export const INCLUDE_HOUSE_ARREST: CountingRules = {
  ...VIGIL_DEFAULT,
  name: "include-house-arrest",
  version: 1,
  statement: VIGIL_DEFAULT.statement.map((s) =>
    s.startsWith("house arrest") ? "house arrest after a sentence counts as detention" : s,
  ),
  aggregates: { ...VIGIL_DEFAULT.aggregates, detained: [...DETAINED, "house-arrest"] },
};

export const CERTAIN_DATES: CountingRules = {
  ...VIGIL_DEFAULT,
  name: "certain-dates",
  version: 1,
  statement: VIGIL_DEFAULT.statement.map((s) =>
    s.startsWith("a partial date")
      ? "a person whose status a partial date leaves open on the date is counted as uncertain"
      : s,
  ),
  partialDates: "exclude-uncertain",
};

export const RELEASE_AT_TERM: CountingRules = {
  ...VIGIL_DEFAULT,
  name: "release-at-term",
  version: 1,
  statement: VIGIL_DEFAULT.statement.map((s) =>
    s.startsWith("a sentence lasts")
      ? "a sentence ends when its term, counted from the arrest, runs out"
      : s,
  ),
  termEnds: "at-term",
};

export const PRINCIPAL_CHARGE: CountingRules = {
  ...VIGIL_DEFAULT,
  name: "principal-charge",
  version: 1,
  statement: [
    ...VIGIL_DEFAULT.statement,
    "by charge, a person counts under the first article recorded against them only",
  ],
  charges: "principal-charge",
};

export const AS_CHARGED: CountingRules = {
  ...VIGIL_DEFAULT,
  name: "as-charged",
  version: 1,
  statement: VIGIL_DEFAULT.statement.map((s) =>
    s.startsWith("a repealed article")
      ? "each article counts as charged: a 1999 Penal Code article is not its 2015 successor"
      : s,
  ),
  chargeMapping: "as-charged",
};

/** Every rule set Vigil ships, by `name@version`. */
export const RULE_SETS: ReadonlyMap<string, CountingRules> = new Map(
  [
    VIGIL_DEFAULT,
    INCLUDE_HOUSE_ARREST,
    CERTAIN_DATES,
    RELEASE_AT_TERM,
    PRINCIPAL_CHARGE,
    AS_CHARGED,
  ].map((r) => [ruleId(r), r]),
);

/** A rule set by `name@version`, or by bare name for its latest version. */
export function findRules(id: string): CountingRules | null {
  const exact = RULE_SETS.get(id);
  if (exact) return exact;
  let best: CountingRules | null = null;
  for (const r of RULE_SETS.values()) {
    if (r.name === id && (!best || r.version > best.version)) best = r;
  }
  return best;
}
