import { sql, type SQL } from "drizzle-orm";

/**
 * The query's tsquery, its words' marks or-ed together (`marks`; null unless every word is plain
 * ASCII, the only words marked: src/store/search-marks.ts) and `bound`: the most `ts_rank` can
 * give a unit holding no mark of the query's words, that is each word at most once and none with
 * a title's weight. That is the rank of the words side by side, once each, weight D: with `&` or
 * a phrase, `ts_rank` adds a share per pair of words present, more the nearer they are (tsrank.c,
 * `calc_rank_and`); with `or`, one word or `-word` (`calc_rank_or`), a share per word present.
 * The words are read from the tsquery's canonical text, where each is quoted with `'` doubled; a
 * little is added to the bound for single-precision sums taken in another order.
 */
const QUERY = (folded: string): SQL => sql`
  SELECT q0.q,
    CASE WHEN w.plain THEN w.marks::tsquery END AS marks,
    ts_rank(w.side_by_side::tsvector, q0.q) * 1.00001 AS bound
  FROM (SELECT websearch_to_tsquery('simple', ${folded}) AS q) AS q0,
  LATERAL (
    SELECT bool_and(l.t ~ '^''[a-z0-9]+''$') AS plain,
      string_agg(''' ' || substr(l.t, 2), ' | ') AS marks,
      string_agg(l.t || ':' || l.n, ' ') AS side_by_side
    FROM (SELECT d.m[1] AS t, row_number() OVER () AS n
          FROM (SELECT DISTINCT regexp_matches(q0.q::text, '(''(?:[^'']|'''')*'')', 'g') AS m)
            AS d) AS l
  ) AS w`;

/**
 * One page of search hits: `where` holds `su.tsv @@ q.q` and the filters; `window` bounds how
 * many top-ranked matches are deduplicated to one per source and statement (null: all of them).
 *
 * With a window, the units that may rank above `bound`, those holding a mark of a query word
 * (migration 0023), are ranked first. When the window is full of them and its last ranks above
 * the bound, no other match can enter it and the window is the same as ranking every match;
 * otherwise every match is ranked, as before, by a scan that runs only then (a one-time filter).
 * A common word so reads the pages of the units that repeat it or hold it in a title, not of
 * every unit that holds it.
 */
export function pageSql(
  where: SQL[],
  oneKind: boolean,
  folded: string,
  limit: number,
  offset: number,
  window: number | null,
): SQL {
  const matches = (cond: SQL[]): SQL => {
    const one = (extra: SQL): SQL =>
      sql`SELECT su.id, su.document_id, su.statement_id, ts_rank(su.tsv, q.q) AS rank
          FROM search_units su, q
          WHERE ${sql.join([...cond, extra], sql` AND `)}`;
    return oneKind
      ? one(sql`true`)
      : sql`${one(sql`su.unit <> 'statement'`)} UNION ALL ${one(sql`su.unit = 'statement'`)}`;
  };
  const order = sql`ORDER BY rank DESC, id`;
  const hits =
    window === null
      ? sql`hits AS (${matches(where)})`
      : sql`ranked AS (
          ${matches([...where, sql`su.tsv @@ (q.q && q.marks)`])}
          ${order} LIMIT ${window}
        ),
        enough AS (
          SELECT count(*) = ${window} AND min(rank) > (SELECT bound FROM q) AS ok FROM ranked
        ),
        hits AS (
          SELECT * FROM ranked WHERE (SELECT ok FROM enough)
          UNION ALL
          (${matches([...where, sql`NOT (SELECT ok FROM enough)`])} ${order} LIMIT ${window})
        )`;
  return sql`
    WITH q AS (${QUERY(folded)}),
    ${hits},
    best AS (
      SELECT DISTINCT ON (document_id, coalesce(statement_id, 0)) id, rank
      FROM hits ORDER BY document_id, coalesce(statement_id, 0), rank DESC, id
    ),
    page AS (SELECT id, rank FROM best ORDER BY rank DESC, id LIMIT ${limit} OFFSET ${offset})
    SELECT page.id, page.rank, su.document_id, su.statement_id, su.unit, su.char_start,
           su.char_end,
           coalesce(su.text, CASE WHEN su.unit = 'title' THEN d.title
             ELSE substr(d.text, su.char_start + 1, su.char_end - su.char_start) END) AS text,
           d.title, d.outlet, d.date, d.url, d.path,
           s.kind AS s_kind, s.speaker_name AS s_speaker, s.speaker_role AS s_role,
           s.speaker_org AS s_org, s.cue AS s_cue, coalesce(s.date, d.date) AS s_date,
           (SELECT count(*)::int FROM hits) AS ranked
    FROM page
    JOIN search_units su ON su.id = page.id
    JOIN documents d ON d.id = su.document_id
    LEFT JOIN statements s ON s.id = su.statement_id
    ORDER BY page.rank DESC, page.id`;
}
