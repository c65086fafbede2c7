// People held on a day under articles restricting given rights, from the stored register: counted
// from the count rollup (its keys carry status, charges, confidentiality and, for "held over 12
// months", migration 0017), or from the history rows for another number of months; the longest
// held listed by a nearest-neighbour scan of held stretches (migration 0015).

import { sql, type SQL } from "drizzle-orm";
import { catalogueStatute } from "../../core/check/catalogue.js";
import {
  MAX_CASE_IDS,
  type ArticleCount,
  type HeldCase,
  type HeldQuery,
  type HeldResult,
} from "../../core/check/evidence.js";
import { statutesRestricting, type Right } from "../../core/lexicon/statutes/index.js";
import { DETAINED } from "../../core/register/counting-rules.js";
import type { Orm } from "../db.js";
import { addMonths } from "../../core/check/check-dates.js";
import { ensureCounts, HELD_OVER_MONTHS } from "../register/count-blocks.js";
import { inForce } from "../register/count-rollup.js";
import { arr } from "../register/register-sql.js";
import { rows } from "../sql.js";
import { DAY, inJurisdiction } from "./evidence-filters.js";

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
function restrictingArticles(rights: readonly Right[], j: string | null): string[] {
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
  heldOver: boolean,
): Promise<HeldCounts> {
  await ensureCounts(orm, 1);
  const [r] = await rows<HeldCounts>(
    orm,
    sql`WITH f AS MATERIALIZED (${inForce(1, day, heldOver)}),
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

/**
 * The same from the history rows, for a question the rollup cannot answer (held for a number of
 * months other than HELD_OVER_MONTHS).
 */
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
  const months = q.heldMonths && q.heldMonths > 0 ? q.heldMonths : 0;
  const before = months > 0 ? addMonths(day, -months) : null;
  const where = sql`${heldRows(q.status)} AND ${heldOn(day, before)}
    AND h.charges && ${arr(restricting, "text")} AND ${inJurisdiction(j)}`;
  const statuses = q.status ? [q.status] : DETAINED;
  const counts =
    months === 0 || months === HELD_OVER_MONTHS
      ? await heldCountsFromRollup(orm, day, statuses, restricting, j, months > 0)
      : await heldCountsFromHistory(orm, where, restricting);
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
