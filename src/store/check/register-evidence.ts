// The register's side of the evidence questions, from the stored register (migration 0003): who
// is held on a day and under which articles, and the register's own counts. The same questions
// the core answers in memory (src/core/check/register-queries.ts), by the same rules:
//   held on D    the current status history (`case_history`, default variant, as known now) has
//                the person pending trial or serving a sentence on D: counted from the count
//                rollup, listed longest held first by a nearest-neighbour scan (migration 0015);
//   at risk on D the `not-exiled-or-deceased` aggregate, counted from the rollup;
//   in year Y    arrests, sentences, releases, deaths in custody: the records the core places in Y
//                (`case_placed`, migration 0016), counted as the core's `countEvents` counts.
// A person counts for a country unless their charges name another country's articles (people
// never charged count everywhere, as the core counts them).

import { sql, type SQL } from "drizzle-orm";
import { catalogueStatute } from "../../core/check/catalogue.js";
import {
  MAX_CASE_IDS,
  type ArticleCount,
  type HeldCase,
  type HeldQuery,
  type HeldResult,
  type RegisterCountResult,
} from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { YEARLY } from "../../core/check/register-queries.js";
import { MAJORITY_ETHNICITIES } from "../../core/lexicon/majority-ethnicities.js";
import { statutesRestricting, type Right } from "../../core/lexicon/statutes/index.js";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { parseCharge } from "../../core/register/charges.js";
import { chargeKey, statusesFor } from "../../core/register/count.js";
import { VIGIL_DEFAULT } from "../../core/register/counting-rules.js";
import { UsageError } from "../../errors.js";
import type { Orm } from "../db.js";
import { ensureCounts } from "../register/count-blocks.js";
import { inForce } from "../register/count-rollup.js";
import { ensurePlaced, variantFor, variants } from "../register/history-store.js";
import { arr, runner } from "../register/register-sql.js";
import { rows } from "../sql.js";

const HELD: readonly HeldCase["status"][] = ["pending-trial", "serving-sentence"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

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

/** A held stretch as the box `case_history_held_since_idx` indexes (migration 0015). */
const HELD_BOX = sql`vigil_held_box(h.day_from, h.day_to, h.since)`;
/** The box's y for an undated stretch, and a y above every box. */
const UNDATED_Y = 10_000_000;
const ABOVE_ALL_Y = 20_000_000;

/** Stretches covering `day` whose custody began before `before` (any day when null). */
function heldOn(day: string, before: string | null): SQL {
  const hi = before ? sql`(${before}::date - DATE '0001-01-01') - 0.5` : sql`${ABOVE_ALL_Y}`;
  return sql`${HELD_BOX} && box(point(${day}::date - DATE '0001-01-01', -1),
    point(${day}::date - DATE '0001-01-01', ${hi}))`;
}

/**
 * The current held stretches of one status or both, spelled with constants so that the planner
 * can use the partial indexes of migration 0015 (a parameter would hide which rows they hold).
 */
function heldRows(status: HeldCase["status"] | null | undefined): SQL {
  const which =
    status === "pending-trial"
      ? sql.raw(`h.status = 'pending-trial'`)
      : status === "serving-sentence"
        ? sql.raw(
            `h.status IN ('pending-trial', 'serving-sentence') AND h.status = 'serving-sentence'`,
          )
        : sql.raw(`h.status IN ('pending-trial', 'serving-sentence')`);
  return sql`h.variant = 1 AND h.known_to = 'infinity' AND ${which}`;
}

/** Every charge in a count key is the jurisdiction's (the key has charges). */
function keyInJurisdiction(j: string | null): SQL {
  if (!j) return sql`TRUE`;
  return sql`NOT EXISTS (SELECT 1 FROM unnest(f.charges) AS x(id) WHERE x.id NOT LIKE ${`${j.toLowerCase()}/%`})`;
}

/** Whether a count key anywhere names a charge outside the jurisdiction. */
async function foreignCharges(orm: Orm, j: string | null): Promise<boolean> {
  if (!j) return false;
  const [r] = await rows<{ any: boolean }>(
    orm,
    sql`SELECT EXISTS (SELECT 1 FROM case_count_keys k, unnest(k.charges) AS x(id)
          WHERE x.id NOT LIKE ${`${j.toLowerCase()}/%`}) AS any`,
  );
  return r?.any === true;
}

interface HeldCounts {
  total: number;
  confidential: number;
  articles: { statute: string; n: number }[] | null;
}

/**
 * How many people are held on `day` under these articles, how many of them are confidential, and
 * by article: from the count rollup (a few thousand rows however large the register), as the
 * keys carry status, charges and confidentiality. Every key here has a charge, so the
 * jurisdiction is the key's own.
 */
async function heldCountsFromRollup(
  orm: Orm,
  day: string,
  statuses: readonly string[],
  restricting: readonly string[],
  j: string | null,
): Promise<HeldCounts> {
  await ensureCounts(orm, 1);
  const [r] = await rows<HeldCounts>(
    orm,
    sql`WITH f AS MATERIALIZED (${inForce(1, day)}),
      k AS (SELECT * FROM f WHERE f.status = ANY(${arr(statuses, "text")})
              AND f.charges && ${arr(restricting, "text")} AND ${keyInJurisdiction(j)}),
      arts AS (SELECT a.id AS statute, sum(k.n)::int AS n FROM k, unnest(k.charges) AS a(id)
               WHERE a.id = ANY(${arr(restricting, "text")}) GROUP BY a.id)
    SELECT COALESCE(sum(k.n), 0)::int AS total,
      COALESCE(sum(k.n) FILTER (WHERE k.confidential), 0)::int AS confidential,
      (SELECT json_agg(json_build_object('statute', statute, 'n', n)) FROM arts) AS articles
    FROM k`,
  );
  return r ?? { total: 0, confidential: 0, articles: null };
}

/** The same from the history rows, for a question the rollup cannot answer (held since before). */
async function heldCountsFromHistory(orm: Orm, where: SQL, restricting: readonly string[]) {
  const [r] = await rows<HeldCounts>(
    orm,
    sql`WITH k AS (SELECT h.charges, c.confidential FROM case_history h
        JOIN cases c ON c.id = h.case_pk WHERE ${where}),
      arts AS (SELECT a.id AS statute, count(*)::int AS n FROM k, unnest(k.charges) AS a(id)
               WHERE a.id = ANY(${arr(restricting, "text")}) GROUP BY a.id)
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE k.confidential))::int AS confidential,
      (SELECT json_agg(json_build_object('statute', statute, 'n', n)) FROM arts) AS articles
    FROM k`,
  );
  return r ?? { total: 0, confidential: 0, articles: null };
}

const NOT_CONFIDENTIAL = sql`AND NOT EXISTS (SELECT 1 FROM cases x WHERE x.id = h.case_pk
  AND x.confidential)`;

interface HeldRow {
  case_id: string;
  name: string;
  province: string | null;
  confidential: boolean;
  status: HeldCase["status"];
  since: string | null;
  charges: string[];
}

/**
 * The first `n` held stretches `where` picks, longest held first (undated last, ties by case id).
 * First a nearest-neighbour scan of the held boxes from (D, -1) meets the stretches in the order
 * their custody began and gives the day of the n-th; then every stretch up to that day, ties
 * included, is sorted. The planner cannot estimate a box overlap and would rather sort every
 * stretch covering D (half a million in the benchmark's register): the first step is told to use
 * the index order.
 */
async function longestHeld(
  orm: Orm,
  day: string,
  where: SQL,
  n: number,
  extra: SQL,
): Promise<HeldRow[]> {
  if (n <= 0) return [];
  const knn = await orm.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    await tx.execute(sql`SET LOCAL enable_sort = off`);
    return rows<{ y: number }>(
      tx as unknown as Orm,
      sql`SELECT COALESCE(h.since - DATE '0001-01-01', ${UNDATED_Y}) AS y FROM case_history h
          WHERE ${where} ${extra}
          ORDER BY ${HELD_BOX} <-> point(${day}::date - DATE '0001-01-01', -1) LIMIT ${n}`,
    );
  });
  const edge = knn.length < n ? ABOVE_ALL_Y : (knn.at(-1)?.y ?? ABOVE_ALL_Y);
  return rows<HeldRow>(
    orm,
    sql`SELECT c.case_id, c.name, c.province, c.confidential, h.status, h.since::text AS since,
          h.charges
        FROM case_history h JOIN cases c ON c.id = h.case_pk
        WHERE ${where} ${extra} AND ${HELD_BOX} && box(point(${day}::date - DATE '0001-01-01', -1),
          point(${day}::date - DATE '0001-01-01', ${edge}))
        ORDER BY h.since NULLS LAST, c.case_id LIMIT ${n}`,
  );
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
    moreCaseIds: 0,
  };
  if (restricting.length === 0 || !DAY.test(day)) return empty;
  const before = q.heldSinceBefore && DAY.test(q.heldSinceBefore) ? q.heldSinceBefore : null;
  const where = sql`${heldRows(q.status)} AND ${heldOn(day, before)}
    AND h.charges && ${arr(restricting, "text")} AND ${inJurisdiction(j)}`;
  const counts = before
    ? await heldCountsFromHistory(orm, where, restricting)
    : await heldCountsFromRollup(orm, day, q.status ? [q.status] : HELD, restricting, j);
  const listed = await longestHeld(orm, day, where, q.limit ?? 10, sql``);
  const maxIds = q.maxIds ?? MAX_CASE_IDS;
  const named = counts.total - counts.confidential;
  const ids = await longestHeld(orm, day, where, Math.min(maxIds, named), NOT_CONFIDENTIAL);
  const restricts = new Set(restricting);
  return {
    asOf: day,
    total: counts.total,
    confidential: counts.confidential,
    byArticle: (counts.articles ?? [])
      .map((a) => articleCount(a.statute, a.n))
      .sort((a, b) => b.count - a.count || a.statute.localeCompare(b.statute)),
    cases: listed.map((c) => ({
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
    caseIds: ids.map((c) => c.case_id),
    moreCaseIds: Math.max(0, named - ids.length),
  };
}

/**
 * The first `n` non-confidential case ids, in the database's order of ids, among the rows `where`
 * picks. When they are a small part of everyone counted (`n` of `named`), walking the cases in id
 * order stops early; when every one is wanted, the rows are read once instead.
 */
async function firstIds(orm: Orm, where: SQL, n: number, named: number): Promise<string[]> {
  if (n <= 0) return [];
  const found = await rows<{ case_id: string }>(
    orm,
    n < named
      ? // A scalar subquery, not EXISTS: the planner would turn EXISTS into a join and, misjudging
        // how many rows match, read them all for every case.
        sql`SELECT c.case_id FROM cases c
          WHERE NOT c.confidential AND (SELECT 1 FROM case_history h
            WHERE h.case_pk = c.id AND ${where} LIMIT 1) IS NOT NULL
          ORDER BY c.case_id LIMIT ${n}`
      : sql`SELECT DISTINCT c.case_id FROM case_history h JOIN cases c ON c.id = h.case_pk
          WHERE ${where} AND NOT c.confidential ORDER BY c.case_id LIMIT ${n}`,
  );
  return found.map((r) => r.case_id);
}

/** A stock on a day: people in the given statuses, narrowed as the quantity's qualifier says. */
async function stockCount(
  orm: Orm,
  date: string,
  quantity: string,
  j: string | null,
  maxIds: number,
): Promise<RegisterCountResult | null> {
  const { family, qualifier } = splitQuantityKey(quantity);
  if (!DAY.test(date)) return null;
  const aggregate = family === "detained" ? "detained" : "not-exiled-or-deceased";
  const statuses = [...statusesFor(aggregate, VIGIL_DEFAULT)];
  // The qualifier on a history row (h, c) and, where the rollup's keys carry it, on a key (f).
  let onRow: SQL = sql`TRUE`;
  let onKey: SQL | null = sql`TRUE`;
  if (qualifier) {
    const article = /^article:(.+)$/.exec(qualifier)?.[1];
    if (article) {
      // As charged (Article 117, not its 1999 predecessor 88), as published figures count.
      const parsed = parseCharge(article, CATALOGUE_STATUTES);
      if ("problem" in parsed) return null;
      onRow = sql`${parsed.id} = ANY(h.charges)`;
      onKey = sql`${parsed.id} = ANY(f.charges)`;
    } else if (qualifier === "women") {
      onRow = sql`c.gender = 'female'`;
      onKey = sql`f.gender = 'female'`;
    } else if (qualifier === "ethnic-minority") {
      const majority = j ? MAJORITY_ETHNICITIES[j] : undefined;
      if (!majority) return null;
      onRow = sql`c.ethnicity IS NOT NULL AND c.ethnicity <> ${majority}`;
      onKey = null;
    } else return null;
  }
  const where = sql`h.variant = 1 AND h.known_to = 'infinity'
    AND h.day_from <= ${date}::date AND h.day_to > ${date}::date
    AND h.status = ANY(${arr(statuses, "text")}) AND ${inJurisdiction(j)} AND ${onRow}`;
  let n: number;
  let confidential: number;
  // The rollup answers when its keys carry the qualifier and no charge anywhere is another
  // country's: then every person without a charge counts here too (as inJurisdiction says).
  // (The keys are read after the rollup is built: before, there are none.)
  if (onKey) await ensureCounts(orm, 1);
  if (onKey && !(await foreignCharges(orm, j))) {
    const [r] = await rows<{ n: number; confidential: number }>(
      orm,
      sql`WITH f AS MATERIALIZED (${inForce(1, date)})
        SELECT COALESCE(sum(f.n), 0)::int AS n,
          COALESCE(sum(f.n) FILTER (WHERE f.confidential), 0)::int AS confidential
        FROM f WHERE f.status = ANY(${arr(statuses, "text")}) AND ${onKey}`,
    );
    n = r?.n ?? 0;
    confidential = r?.confidential ?? 0;
  } else {
    const [r] = await rows<{ n: number; confidential: number }>(
      orm,
      sql`SELECT count(*)::int AS n, (count(*) FILTER (WHERE c.confidential))::int AS confidential
        FROM case_history h JOIN cases c ON c.id = h.case_pk WHERE ${where}`,
    );
    n = r?.n ?? 0;
    confidential = r?.confidential ?? 0;
  }
  const ids = await firstIds(orm, where, Math.min(maxIds, n - confidential), n - confidential);
  return {
    quantity,
    asOf: date,
    value: n,
    confidential,
    caseIds: ids,
    moreCaseIds: Math.max(0, n - confidential - ids.length),
  };
}

/**
 * A yearly total (arrests, sentences and their years, releases, deaths in custody): the events of
 * the family's types placed in the year (`case_placed`, migration 0016), read as the register
 * core's `countEvents` reads the same cases' timelines — the reference its test compares with.
 */
async function yearlyCount(
  orm: Orm,
  year: string,
  quantity: string,
  j: string | null,
  maxIds: number,
): Promise<RegisterCountResult | null> {
  const { family, qualifier } = splitQuantityKey(quantity);
  const yearly = YEARLY[family];
  if (!yearly || !/^\d{4}$/.test(year)) return null;
  const rules = VIGIL_DEFAULT;
  const filters: SQL[] = [];
  const article = qualifier ? (/^article:(.+)$/.exec(qualifier)?.[1] ?? null) : null;
  let grouped = false;
  if (article) {
    const parsed = parseCharge(article, CATALOGUE_STATUTES);
    if ("problem" in parsed) throw new UsageError(`charge: ${parsed.problem}`);
    const charges = rules.chargeMapping === "current" ? sql`p.charges_current` : sql`p.charges`;
    const counted = rules.charges === "principal-charge" ? sql`(${charges})[1:1]` : charges;
    filters.push(sql`${chargeKey(rules, CATALOGUE_STATUTES)(parsed.id)} = ANY(${counted})`);
  } else if (qualifier === "women") {
    filters.push(sql`c.gender = 'female'`);
    grouped = true;
  } else if (qualifier === "ethnic-minority") {
    const majority = j ? MAJORITY_ETHNICITIES[j] : undefined;
    if (!majority) return null;
    filters.push(sql`c.ethnicity IS NOT NULL AND c.ethnicity <> ${majority}`);
    grouped = true;
  } else if (qualifier) return null;
  // A breakdown's group counts events, and a total of years has none.
  if (grouped && yearly.read === "years") return null;
  if (yearly.whileDetained) {
    const detained = [...statusesFor("detained", rules)];
    filters.push(sql`p.status_before = ANY(${arr(detained, "text")})`);
  }
  if (j) filters.push(sql`(p.country IS NULL OR p.country = ${j})`);
  const variant = variantFor(await variants(runner(orm)), rules.partialDates, rules.termEnds);
  await ensurePlaced(orm, variant);
  const counted = sql`SELECT p.case_pk, p.sentence_months, c.case_id, c.confidential
    FROM case_placed p JOIN cases c ON c.id = p.case_pk
    WHERE p.variant = ${variant.id} AND p.type = ANY(${arr(yearly.types, "text")})
      AND p.day >= ${`${year}-01-01`}::date AND p.day <= ${`${year}-12-31`}::date
      ${filters.length ? sql`AND ${sql.join(filters, sql` AND `)}` : sql``}`;
  const [r] = await rows<{ events: number; people: number; months: number; named: number }>(
    orm,
    sql`SELECT count(*)::int AS events, count(DISTINCT x.case_pk)::int AS people,
          COALESCE(sum(x.sentence_months), 0)::int AS months,
          count(DISTINCT x.case_pk) FILTER (WHERE NOT x.confidential)::int AS named
        FROM (${counted}) x`,
  );
  if (!r) return null;
  const ids =
    maxIds > 0 && r.named > 0
      ? await rows<{ case_id: string }>(
          orm,
          sql`SELECT DISTINCT x.case_id FROM (${counted}) x WHERE NOT x.confidential
              ORDER BY x.case_id LIMIT ${maxIds}`,
        )
      : [];
  const value = grouped
    ? r.events
    : yearly.read === "events"
      ? r.events
      : yearly.read === "people"
        ? r.people
        : r.months / 12;
  // As the core reports it: the people counted (a breakdown's group: its events) less those named.
  const all = grouped ? r.events : r.people;
  return {
    quantity,
    asOf: year,
    value,
    confidential: Math.max(0, all - r.named),
    caseIds: ids.map((x) => x.case_id),
    moreCaseIds: Math.max(0, r.named - ids.length),
  };
}

export async function registerCount(
  orm: Orm,
  date: string,
  quantity: string,
  jurisdiction?: string | null,
  maxIds = MAX_CASE_IDS,
): Promise<RegisterCountResult | null> {
  const { family } = splitQuantityKey(quantity);
  const j = jurisdiction ?? null;
  if (family === "detained" || family === "at-risk")
    return stockCount(orm, date, quantity, j, maxIds);
  if (!YEARLY[family]) return null;
  return yearlyCount(orm, date.slice(0, 4), quantity, j, maxIds);
}
