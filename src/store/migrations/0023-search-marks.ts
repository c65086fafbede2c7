import { migration as m0021 } from "./0021-mentions-view.js";
import { migration as m0022 } from "./0022-batch-facts-returning.js";
import type { Migration } from "./types.js";

// A common word matched ~29,000 units on 20,000 articles, and ranking them read every one's
// tsvector from ~21,000 heap pages. `ts_rank` only rises above a small bound when a unit holds a
// query word twice or more, or in its title (weight A); each unit's tsvector now also carries a
// mark for each such word (src/store/search-marks.ts), so a search ranks the units holding a mark
// of its words first and reads the rest only when they could still reach its page
// (src/store/search-sql.ts). New units get their marks from the rows prepared in TypeScript (a
// `marks` field of each unit); existing ones from their stored vector, here. Both write functions
// are otherwise migration 0021's (one document) and 0022's (a batch), unchanged.

/** Replaces `from` by `to` exactly once, so a change to the source cannot go unnoticed. */
function once(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`migration 0023: expected one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A write function's search-unit INSERT, with each unit's marks added to its vector. */
export function withMarks(fn: string): string {
  const at = fn.indexOf("INSERT INTO search_units");
  let insert = fn.slice(at);
  insert = once(
    insert,
    "ELSE to_tsvector('simple', t.indexed) END,",
    "ELSE to_tsvector('simple', t.indexed) END || coalesce(x.marks, '')::tsvector,",
  );
  insert = once(insert, "u.text AS given, u.own", "u.text AS given, u.own, u.marks");
  insert = once(insert, "org_key text, actor int)", "org_key text, actor int, marks text)");
  return fn.slice(0, at) + insert;
}

const ONE_START = "CREATE FUNCTION vigil_write_document(";
const one = m0021.sql.slice(m0021.sql.indexOf(ONE_START), m0021.sql.indexOf("$fn$;") + 5);

export const migration: Migration = {
  id: 23,
  name: "search-marks",
  vacuum: ["search_units"],
  sql: `
${withMarks(one.replace(ONE_START, "CREATE OR REPLACE FUNCTION vigil_write_document("))}
${withMarks(m0022.sql)}
-- One pass in the table's order, so each unit's new version lies beside its neighbours' as before.
CREATE FUNCTION pg_temp.vigil_marks(v tsvector, title boolean) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(' ' || lexeme), '{}'))
  FROM unnest(v) WHERE lexeme ~ '^[a-z0-9]+$' AND (title OR cardinality(positions) > 1)
$$;
UPDATE search_units SET tsv = tsv || pg_temp.vigil_marks(tsv, unit = 'title');
DROP FUNCTION pg_temp.vigil_marks(tsvector, boolean);
`,
};
