// The register's side of the evidence questions, answered with the register core
// (src/core/register/): who is held on a day and under which articles, and the register's own
// counts, by the same status histories and counting rules as `vigil register count`.
//   held on D        status pending-trial or serving-sentence on D (the `detained` aggregate)
//   at risk on D     the `not-exiled-or-deceased` aggregate
//   in year Y        arrests, first-instance sentences (and their terms), releases and exiles,
//                    deaths in custody, by event date
// `article:N` counts as charged (Article 117, not its 1999 predecessor 88), as the monitoring
// group's published figures do.

import { addMonths } from "./check-dates.js";
import type { Right } from "../lexicon/statutes/index.js";
import { CATALOGUE_STATUTES } from "../register/catalogue-statutes.js";
import type { StatuteLookup } from "../register/charges.js";
import { countEvents, type EventCountOptions } from "../register/count-events.js";
import { countPrepared, prepareRegister, type PreparedRegister } from "../register/count.js";
import {
  AS_CHARGED,
  DETAINED,
  VIGIL_DEFAULT,
  type CountingRules,
} from "../register/counting-rules.js";
import { statusOn } from "../register/timeline.js";
import type { Case, Register } from "../register/types.js";
import {
  MAX_CASE_IDS,
  type ArticleCount,
  type HeldCase,
  type HeldQuery,
  type HeldResult,
  type RegisterCountResult,
} from "./evidence.js";
import type { StatuteInfo } from "./memory-source.js";
import { splitQuantityKey } from "./quantity.js";

const HELD: ReadonlySet<string> = new Set(DETAINED);
/** Sorts after every day. */
const UNDATED = "~";

/**
 * Ids in code-unit order, as a database sorts them under the C collation (PGlite's, and the
 * usual `C.UTF-8` of a server); under another collation the ids listed first may differ.
 */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface RegisterQueryOptions {
  rules?: CountingRules;
  /** The register's view of the catalogue (bare article numbers, repealed articles). */
  registerStatutes?: StatuteLookup;
  /** What an article restricts. */
  statutes: (id: string) => StatuteInfo | null;
  /** The country a case belongs to; null counts it everywhere. */
  jurisdictionOf: (c: Case) => string | null;
  majorityEthnicity?: Readonly<Record<string, string>>;
}

/** The yearly families: the event types each counts, and what it reads from the count. */
export const YEARLY: Readonly<
  Record<
    string,
    {
      types: EventCountOptions["types"];
      read: "events" | "people" | "years";
      whileDetained?: boolean;
    }
  >
> = {
  arrested: { types: ["arrested", "held-pending-trial"], read: "events" },
  convicted: { types: ["sentenced"], read: "events" },
  "sentence-years": { types: ["sentenced"], read: "years" },
  released: { types: ["released", "exiled"], read: "people" },
  "deaths-in-custody": { types: ["deceased"], read: "people", whileDetained: true },
};

function articleCount(s: StatuteInfo, count: number): ArticleCount {
  return { statute: s.id, label: s.label, offense: s.offense, restricts: [...s.restricts], count };
}

export function registerQueries(register: Register, o: RegisterQueryOptions) {
  const rules = o.rules ?? VIGIL_DEFAULT;
  const lookup = o.registerStatutes ?? CATALOGUE_STATUTES;
  const subsets = new Map<string, Register>();
  const prepared = new Map<string, PreparedRegister>();

  /** The register restricted to one country (people whose country is unknown stay in). */
  function subset(j: string | null): Register {
    const key = j ?? "";
    let r = subsets.get(key);
    if (!r) {
      const ids = new Set(
        register.cases
          .filter((c) => !j || [j, null].includes(o.jurisdictionOf(c)))
          .map((c) => c.id),
      );
      r = {
        cases: register.cases.filter((c) => ids.has(c.id)),
        events: register.events.filter((e) => ids.has(e.caseId)),
      };
      subsets.set(key, r);
    }
    return r;
  }

  function prepare(j: string | null, r: CountingRules = rules): PreparedRegister {
    const key = `${j ?? ""}|${r.name}@${r.version}`;
    let p = prepared.get(key);
    if (!p) prepared.set(key, (p = prepareRegister(subset(j), { rules: r })));
    return p;
  }

  function casesDetainedAsOf(day: string, q: HeldQuery): HeldResult {
    const rights = new Set<Right>(q.rights);
    const before = q.heldMonths && q.heldMonths > 0 ? addMonths(day, -q.heldMonths) : null;
    const byStatute = new Map<string, { s: StatuteInfo; n: number }>();
    const held: HeldCase[] = [];
    for (const { record, timeline } of prepare(q.jurisdiction ?? null).cases) {
      const point = statusOn(timeline, day);
      if (!point || !HELD.has(point.status)) continue;
      const status = point.status as HeldCase["status"];
      if (q.status && status !== q.status) continue;
      // Custody began with the earliest event that establishes it.
      const evidence = new Set(point.evidence);
      const since =
        timeline.placed
          .filter((p) => evidence.has(p.event.id))
          .map((p) => p.day)
          .sort()[0] ?? null;
      if (before && !(since && since < before)) continue;
      const restricting = [...new Set(point.charges)]
        .map((id) => o.statutes(id))
        .filter((s): s is StatuteInfo => !!s && s.restricts.some((r) => rights.has(r)));
      if (restricting.length === 0) continue;
      for (const s of restricting) {
        const e = byStatute.get(s.id) ?? { s, n: 0 };
        e.n++;
        byStatute.set(s.id, e);
      }
      held.push({
        caseId: record.id,
        name: record.confidential ? null : record.name,
        confidential: record.confidential,
        status,
        since,
        charges: restricting.map((s) => articleCount(s, 1)),
        province: record.confidential ? null : record.province,
      });
    }
    // Longest held first; people whose custody has no dated record last.
    held.sort(
      (a, b) =>
        (a.since ?? UNDATED).localeCompare(b.since ?? UNDATED) || compareIds(a.caseId, b.caseId),
    );
    const named = held.filter((h) => !h.confidential).map((h) => h.caseId);
    const maxIds = q.maxIds ?? MAX_CASE_IDS;
    return {
      asOf: day,
      total: held.length,
      confidential: held.length - named.length,
      byArticle: [...byStatute.values()]
        .map((e) => articleCount(e.s, e.n))
        .sort((a, b) => b.count - a.count || a.statute.localeCompare(b.statute)),
      cases: held.slice(0, q.limit ?? 10),
      caseIds: named.slice(0, maxIds),
      moreCaseIds: Math.max(0, named.length - maxIds),
    };
  }

  /** The group of a breakdown a qualifier picks, or null when the register cannot say. */
  function qualified(
    groups: readonly {
      key: Record<string, string | null | undefined>;
      count: number;
      caseIds: string[];
    }[],
    qualifier: string,
    j: string | null,
  ): { count: number; caseIds: string[] } | null {
    const pick = (keep: (g: (typeof groups)[number]) => boolean) => {
      const gs = groups.filter(keep);
      return { count: gs.reduce((n, g) => n + g.count, 0), caseIds: gs.flatMap((g) => g.caseIds) };
    };
    if (qualifier === "women") return pick((g) => g.key.gender === "female");
    if (qualifier === "ethnic-minority") {
      const majority = j ? o.majorityEthnicity?.[j] : undefined;
      if (!majority) return null;
      return pick((g) => !!g.key.ethnicity && g.key.ethnicity !== majority);
    }
    return null;
  }

  function registerCount(
    date: string,
    quantity: string,
    jurisdiction?: string | null,
    maxIds = MAX_CASE_IDS,
  ): RegisterCountResult | null {
    const { family, qualifier } = splitQuantityKey(quantity);
    const j = jurisdiction ?? null;
    const article = qualifier ? (/^article:(.+)$/.exec(qualifier)?.[1] ?? null) : null;
    const by =
      qualifier === "women"
        ? ["gender" as const]
        : qualifier === "ethnic-minority"
          ? ["ethnicity" as const]
          : [];
    if (qualifier && !article && by.length === 0) return null;
    const result = (value: number, caseIds: string[], all: number): RegisterCountResult => {
      const ids = [...new Set(caseIds)].sort(compareIds);
      return {
        quantity,
        asOf: date,
        value,
        confidential: Math.max(0, all - ids.length),
        caseIds: ids.slice(0, maxIds),
        moreCaseIds: Math.max(0, ids.length - maxIds),
      };
    };

    if (family === "detained" || family === "at-risk") {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
      const status = family === "detained" ? "detained" : "not-exiled-or-deceased";
      const r = article ? AS_CHARGED : rules;
      const c = countPrepared(prepare(j, r), date, {
        status,
        by,
        charge: article,
        statutes: lookup,
        redactConfidential: true,
      });
      if (by.length === 0) return result(c.total, c.caseIds, c.total);
      // Confidential people are counted but not listed: the difference is how many.
      const g = qualified(c.groups, qualifier!, j);
      return g ? result(g.count, g.caseIds, g.count) : null;
    }
    const yearly = YEARLY[family];
    if (!yearly) return null;
    const year = date.slice(0, 4);
    const c = countEvents(subset(j), `${year}-01-01`, `${year}-12-31`, {
      rules,
      types: yearly.types,
      whileDetained: yearly.whileDetained,
      charge: article,
      by,
      statutes: lookup,
      redactConfidential: true,
    });
    const read = (events: number, people: number, months: number) =>
      yearly.read === "events" ? events : yearly.read === "people" ? people : months / 12;
    if (by.length === 0)
      return result(read(c.events, c.people, c.sentenceMonths), c.caseIds, c.people);
    const g = qualified(
      c.groups.map((x) => ({ key: x.key, count: x.events, caseIds: x.caseIds })),
      qualifier!,
      j,
    );
    if (!g || yearly.read === "years") return null;
    return result(g.count, g.caseIds, g.count);
  }

  return { casesDetainedAsOf, registerCount };
}
