// The register's side of the evidence questions, from the stored register (migration 0003): who
// is held on a day and under which articles, and the register's own counts. The same questions
// the core answers in memory (src/core/check/register-queries.ts), by the same rules:
//   held on D    the current status history (`case_history`, default variant, as known now) has
//                the person pending trial or serving a sentence on D — one GiST range lookup;
//   at risk on D the `not-exiled-or-deceased` aggregate;
//   in year Y    arrests, sentences, releases, deaths in custody: the cases with a record that
//                may fall in Y are read and counted by the register core, as `vigil stats` does.
// A person counts for a country unless their charges name another country's articles (people
// never charged count everywhere, as the core counts them).

import { sql, type SQL } from "drizzle-orm";
import { catalogueStatute } from "../../core/check/catalogue.js";
import type {
  ArticleCount,
  HeldCase,
  HeldQuery,
  HeldResult,
  RegisterCountResult,
} from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { registerQueries, YEARLY } from "../../core/check/register-queries.js";
import { MAJORITY_ETHNICITIES } from "../../core/lexicon/majority-ethnicities.js";
import { statutesRestricting, type Right } from "../../core/lexicon/statutes/index.js";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { parseCharge } from "../../core/register/charges.js";
import { statusesFor } from "../../core/register/count.js";
import { VIGIL_DEFAULT } from "../../core/register/counting-rules.js";
import type { Case } from "../../core/register/types.js";
import type { Orm } from "../db.js";
import { recordsOf } from "../register/records-store.js";
import { arr, runner } from "../register/register-sql.js";
import { rows } from "../sql.js";

const HELD = ["pending-trial", "serving-sentence"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of a partial date stored as text, in SQL. */
const firstDaySql = (col: SQL): SQL =>
  sql`(CASE length(${col}) WHEN 4 THEN ${col} || '-01-01' WHEN 7 THEN ${col} || '-01'
       ELSE ${col} END)::date`;

/**
 * The person counts for `j`: no charge in force names another country's article. A stretch
 * before any charge (at risk, not yet arrested) takes the charges of the person's latest stretch,
 * so a Cambodian activist is not counted in Vietnam's "at risk" before their arrest; a person
 * never charged counts everywhere, as the core counts them.
 */
function inJurisdiction(j: string | null): SQL {
  if (!j) return sql`TRUE`;
  const prefix = `${j.toLowerCase()}/%`;
  const foreign = (col: SQL) =>
    sql`EXISTS (SELECT 1 FROM unnest(${col}) AS x(id) WHERE x.id NOT LIKE ${prefix})`;
  return sql`(CASE WHEN cardinality(h.charges) > 0 THEN NOT ${foreign(sql`h.charges`)}
    ELSE NOT EXISTS (SELECT 1 FROM case_history l WHERE l.case_pk = h.case_pk
      AND l.variant = h.variant AND l.known_to = 'infinity' AND l.day_to = 'infinity'
      AND ${foreign(sql`l.charges`)}) END)`;
}

function articleCount(id: string, count: number): ArticleCount {
  const s = catalogueStatute(id);
  return {
    statute: id,
    label: s?.label ?? id,
    offense: s?.offense ?? null,
    restricts: s ? [...s.restricts] : [],
    count,
  };
}

/** Catalogue ids of the articles restricting any of these rights (in one country, if given). */
export function restrictingArticles(rights: readonly Right[], j: string | null): string[] {
  const ids = new Set<string>();
  for (const r of rights) for (const s of statutesRestricting(r, j ?? undefined)) ids.add(s.id);
  return [...ids].sort();
}

export async function casesDetainedAsOf(orm: Orm, day: string, q: HeldQuery): Promise<HeldResult> {
  const j = q.jurisdiction ?? null;
  const restricting = restrictingArticles(q.rights, j);
  const empty: HeldResult = {
    asOf: day,
    total: 0,
    confidential: 0,
    byArticle: [],
    cases: [],
    caseIds: [],
  };
  if (restricting.length === 0 || !DAY.test(day)) return empty;
  const statuses = q.status ? [q.status] : [...HELD];
  // The held stretches covering D (GiST index `case_history_held_idx`), each with the day its
  // status began: the earliest of the records behind it, as the core dates it.
  const held = sql`
    SELECT h.case_pk, h.status, h.charges, h.evidence, c.case_id, c.name, c.province,
      c.confidential
    FROM case_history h JOIN cases c ON c.id = h.case_pk
    WHERE h.variant = 1 AND h.known_to = 'infinity'
      AND h.status IN ('pending-trial', 'serving-sentence')
      AND daterange(h.day_from, h.day_to) @> ${day}::date
      AND h.status = ANY(${arr(statuses, "text")})
      AND h.charges && ${arr(restricting, "text")}
      AND ${inJurisdiction(j)}`;
  const since = sql`(SELECT min(${firstDaySql(sql`e.date`)}) FROM case_events e
      WHERE e.event_id = ANY(held.evidence))`;
  const cutoff = q.heldSinceBefore ? sql`AND ${since} < ${q.heldSinceBefore}::date` : sql``;
  const limit = q.limit ?? 10;
  const [agg] = await rows<{
    total: number;
    confidential: number;
    ids: string[] | null;
    articles: { statute: string; n: number }[] | null;
    listed:
      | {
          case_id: string;
          name: string;
          province: string | null;
          confidential: boolean;
          status: HeldCase["status"];
          since: string | null;
          charges: string[];
        }[]
      | null;
  }>(
    orm,
    sql`WITH held AS (${held}),
      kept AS (SELECT held.*, ${since} AS since FROM held WHERE TRUE ${cutoff}),
      arts AS (SELECT a.id AS statute, count(*)::int AS n FROM kept,
                 unnest(kept.charges) AS a(id)
               WHERE a.id = ANY(${arr(restricting, "text")}) GROUP BY a.id),
      top AS (SELECT * FROM kept ORDER BY since NULLS FIRST, case_id LIMIT ${limit})
    SELECT (SELECT count(*)::int FROM kept) AS total,
      (SELECT count(*)::int FROM kept WHERE confidential) AS confidential,
      (SELECT array_agg(case_id ORDER BY since NULLS FIRST, case_id) FROM kept
        WHERE NOT confidential) AS ids,
      (SELECT json_agg(json_build_object('statute', statute, 'n', n)) FROM arts) AS articles,
      (SELECT json_agg(json_build_object('case_id', case_id, 'name', name, 'province', province,
         'confidential', confidential, 'status', status, 'since', since, 'charges', charges)
         ORDER BY since NULLS FIRST, case_id) FROM top) AS listed`,
  );
  if (!agg) return empty;
  const restricts = new Set(restricting);
  return {
    asOf: day,
    total: agg.total,
    confidential: agg.confidential,
    byArticle: (agg.articles ?? [])
      .map((a) => articleCount(a.statute, a.n))
      .sort((a, b) => b.count - a.count || a.statute.localeCompare(b.statute)),
    cases: (agg.listed ?? []).map((c) => ({
      caseId: c.case_id,
      name: c.confidential ? null : c.name,
      confidential: c.confidential,
      status: c.status,
      since: c.since,
      charges: [...new Set(c.charges)]
        .filter((x) => restricts.has(x))
        .map((x) => articleCount(x, 1)),
      province: c.confidential ? null : c.province,
    })),
    caseIds: agg.ids ?? [],
  };
}

/** A stock on a day: people in the given statuses, narrowed as the quantity's qualifier says. */
async function stockCount(
  orm: Orm,
  date: string,
  quantity: string,
  j: string | null,
): Promise<RegisterCountResult | null> {
  const { family, qualifier } = splitQuantityKey(quantity);
  if (!DAY.test(date)) return null;
  const aggregate = family === "detained" ? "detained" : "not-exiled-or-deceased";
  const statuses = [...statusesFor(aggregate, VIGIL_DEFAULT)];
  const extra: SQL[] = [];
  if (qualifier) {
    const article = /^article:(.+)$/.exec(qualifier)?.[1];
    if (article) {
      // As charged (Article 117, not its 1999 predecessor 88), as published figures count.
      const parsed = parseCharge(article, CATALOGUE_STATUTES);
      if ("problem" in parsed) return null;
      extra.push(sql`${parsed.id} = ANY(h.charges)`);
    } else if (qualifier === "women") extra.push(sql`c.gender = 'female'`);
    else if (qualifier === "ethnic-minority") {
      const majority = j ? MAJORITY_ETHNICITIES[j] : undefined;
      if (!majority) return null;
      extra.push(sql`c.ethnicity IS NOT NULL AND c.ethnicity <> ${majority}`);
    } else return null;
  }
  const [r] = await rows<{ n: number; ids: string[] | null }>(
    orm,
    sql`SELECT count(*)::int AS n,
          array_agg(c.case_id ORDER BY c.case_id) FILTER (WHERE NOT c.confidential) AS ids
        FROM case_history h JOIN cases c ON c.id = h.case_pk
        WHERE h.variant = 1 AND h.known_to = 'infinity'
          AND h.day_from <= ${date}::date AND h.day_to > ${date}::date
          AND h.status = ANY(${arr(statuses, "text")})
          AND ${inJurisdiction(j)}
          ${extra.length ? sql`AND ${sql.join(extra, sql` AND `)}` : sql``}`,
  );
  const ids = r?.ids ?? [];
  const n = r?.n ?? 0;
  return { quantity, asOf: date, value: n, confidential: n - ids.length, caseIds: ids };
}

/** The country of a case from its charges (`vn/…` → VN), as the core's memory source says. */
function countryOf(records: { caseId: string; charges: readonly string[] }[]) {
  const byCase = new Map<string, string>();
  for (const e of records)
    for (const id of e.charges)
      if (!byCase.has(e.caseId) && /^[a-z]{2}\//.test(id))
        byCase.set(e.caseId, id.slice(0, 2).toUpperCase());
  return (c: Case): string | null => byCase.get(c.id) ?? null;
}

/**
 * A yearly total (arrests, sentences and their years, releases, deaths in custody): the cases
 * with a record whose date may fall in the year, counted by the register core.
 */
async function yearlyCount(
  orm: Orm,
  year: string,
  quantity: string,
  j: string | null,
): Promise<RegisterCountResult | null> {
  const yearly = YEARLY[splitQuantityKey(quantity).family];
  if (!yearly) return null;
  // Only a record of the family's types dated in the year can make an event counted in it (a
  // partial date's period lies within its year): the cases with one, read whole, are counted.
  const found = await rows<{ pk: number }>(
    orm,
    sql`SELECT DISTINCT e.case_pk AS pk FROM case_events e
        WHERE e.type = ANY(${arr(yearly.types, "text")}) AND e.date LIKE ${`${year}%`}`,
  );
  const pks = found.map((r) => r.pk);
  const records = await recordsOf(runner(orm), pks);
  const cases = await rows<{
    case_id: string;
    name: string;
    gender: string | null;
    ethnicity: string | null;
    religion: string | null;
    province: string | null;
    profession: string | null;
    birth_year: number | null;
    confidential: boolean;
    notes: string | null;
    actor: string | null;
  }>(
    orm,
    sql`SELECT case_id, name, gender, ethnicity, religion, province, profession, birth_year,
          confidential, notes, actor FROM cases WHERE id = ANY(${arr(pks, "bigint")})`,
  );
  const events = records.map((r) => r.event);
  const register = {
    cases: cases.map((c) => ({
      id: c.case_id,
      name: c.name,
      actor: c.actor,
      gender: c.gender,
      ethnicity: c.ethnicity,
      religion: c.religion,
      province: c.province,
      profession: c.profession,
      birthYear: c.birth_year,
      confidential: c.confidential,
      notes: c.notes,
    })),
    events,
  };
  const q = registerQueries(register, {
    statutes: catalogueStatute,
    jurisdictionOf: countryOf(events),
    majorityEthnicity: MAJORITY_ETHNICITIES,
  });
  return q.registerCount(year, quantity, j);
}

export async function registerCount(
  orm: Orm,
  date: string,
  quantity: string,
  jurisdiction?: string | null,
): Promise<RegisterCountResult | null> {
  const { family } = splitQuantityKey(quantity);
  const j = jurisdiction ?? null;
  if (family === "detained" || family === "at-risk") return stockCount(orm, date, quantity, j);
  if (!YEARLY[family]) return null;
  return yearlyCount(orm, date.slice(0, 4), quantity, j);
}
