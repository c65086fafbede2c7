import { ACTOR_WRITES, INDEXED } from "./0021-mentions-view.js";
import type { Migration } from "./types.js";

// The batch write's check facts (claims, figure facts, report facts, responses) joined the
// tables they point into (statements, figures, reports) to find the rows just written. With the
// batch's rows estimated at thousands, the planner read those tables whole for a hash join, a
// cost that grew with the store: on 20,000 articles, six to sixteen scans of the whole table per
// ten batches (docs/store.md, "No whole-table reads in a batch"). The facts are now inserted in the same
// statement as the rows they point at and joined to their RETURNING rows, which are the batch's
// own and few. The function is otherwise migration 0021's, unchanged.
export const migration: Migration = {
  id: 22,
  name: "batch-facts-returning",
  sql: `
CREATE OR REPLACE FUNCTION vigil_write_documents(
  p_meta jsonb, p_bodies text[], p_new_actors jsonb, p_aliases jsonb, p_context jsonb,
  p_doc_actors jsonb, p_statements jsonb, p_figures jsonb, p_legal_refs jsonb,
  p_events jsonb, p_reports jsonb, p_units jsonb, p_facts jsonb, p_queue jsonb
) RETURNS bigint[] LANGUAGE plpgsql AS $fn$
DECLARE
  ids bigint[];
BEGIN
  WITH m AS (
    SELECT e.pos::int AS pos, x.*
    FROM jsonb_array_elements(p_meta) WITH ORDINALITY AS e(v, pos),
      jsonb_to_record(e.v) AS x(sha256 text, source_id text, title text, outlet text,
        date text, day date, url text, author text, language text, format text, path text,
        provenance jsonb, chars int, extractor_version int, warnings jsonb)
  ), ins AS (
    INSERT INTO documents (sha256, source_id, title, outlet, date, day, url, author, language,
      format, path, provenance, text, chars, extractor_version, warnings)
    SELECT m.sha256, m.source_id, m.title, m.outlet, m.date, m.day, m.url, m.author, m.language,
      m.format, m.path, m.provenance, p_bodies[m.pos], m.chars, m.extractor_version, m.warnings
    FROM m ORDER BY m.pos
    ON CONFLICT (sha256) DO NOTHING
    RETURNING id, sha256
  )
  SELECT array_agg(ins.id ORDER BY m.pos) INTO ids FROM m LEFT JOIN ins ON ins.sha256 = m.sha256;

  -- Actors first: the document's actors point at them. Ids were drawn from the sequence by the
  -- writer, which decided the links (src/store/actor-resolver.ts); context holds one row per
  -- actor, its last state in the batch.
${ACTOR_WRITES}

  WITH da AS (
    INSERT INTO document_actors (document_id, idx, name, kind, key, aliases, roles, orgs,
      mention_count, actor_id, link_rule, link_evidence, raw)
    SELECT ids[e.pos::int], x.idx, x.name, x.kind, x.key, x.aliases, x.roles, x.orgs,
      x.mention_count, x.actor_id, x.link_rule, x.link_evidence, x.raw
    FROM jsonb_array_elements(p_doc_actors) WITH ORDINALITY AS e(v, pos),
      jsonb_to_recordset(e.v) AS x(idx int, name text, kind text, key text,
        aliases jsonb, roles jsonb, orgs jsonb, mention_count int, actor_id bigint,
        link_rule text, link_evidence jsonb, raw jsonb)
    WHERE ids[e.pos::int] IS NOT NULL
    RETURNING id, document_id, idx
  ), st AS (
    INSERT INTO statements (document_id, idx, char_start, char_end, text, kind, cue,
      speaker_name, speaker_mention, speaker_kind, speaker_role, speaker_org,
      document_actor_id, date, day, responds_to, response, raw)
    SELECT ids[e.pos::int], x.idx, x.char_start, x.char_end, x.text, x.kind, x.cue,
      x.speaker_name, x.speaker_mention, x.speaker_kind, x.speaker_role, x.speaker_org, da.id,
      x.date, x.day, x.responds_to, x.response, x.raw
    FROM jsonb_array_elements(p_statements) WITH ORDINALITY AS e(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(e.v) AS x(idx int, char_start int, char_end int,
      text text, kind text, cue text, speaker_name text, speaker_mention text,
      speaker_kind text, speaker_role text, speaker_org text, actor int, date text, day date,
      responds_to int, response text, raw jsonb)
    LEFT JOIN da ON da.document_id = ids[e.pos::int] AND da.idx = x.actor
    WHERE ids[e.pos::int] IS NOT NULL
    RETURNING id, document_id, idx, text
  ), fi AS (
    INSERT INTO figures (document_id, idx, char_start, char_end, text, value, bound, unit, what,
      as_of, publisher, part_of, raw)
    SELECT ids[e.pos::int], x.idx, x.char_start, x.char_end, x.text, x.value, x.bound, x.unit,
      x.what, x.as_of, x.publisher, x.part_of, x.raw
    FROM jsonb_array_elements(p_figures) WITH ORDINALITY AS e(v, pos),
      jsonb_to_recordset(e.v) AS x(idx int, char_start int, char_end int, text text,
        value double precision, bound text, unit text, what text, as_of text, publisher text,
        part_of int, raw jsonb)
    WHERE ids[e.pos::int] IS NOT NULL
    RETURNING id, document_id, idx
  ), lr AS (
    INSERT INTO legal_refs (document_id, idx, char_start, char_end, text, jurisdiction, law,
      article, clause, offense, statute, raw)
    SELECT ids[e.pos::int], x.idx, x.char_start, x.char_end, x.text, x.jurisdiction, x.law,
      x.article, x.clause, x.offense, x.statute, x.raw
    FROM jsonb_array_elements(p_legal_refs) WITH ORDINALITY AS e(v, pos),
      jsonb_to_recordset(e.v) AS x(idx int, char_start int, char_end int, text text,
        jurisdiction text, law text, article text, clause text, offense text, statute text,
        raw jsonb)
    WHERE ids[e.pos::int] IS NOT NULL
  ), ev AS (
    INSERT INTO events (document_id, idx, char_start, char_end, text, type, person,
      document_actor_id, date, place, charges, sentence_months, probation_months, raw)
    SELECT ids[e.pos::int], x.idx, x.char_start, x.char_end, x.text, x.type, x.person, da.id,
      x.date, x.place, x.charges, x.sentence_months, x.probation_months, x.raw
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(e.v) AS x(idx int, char_start int, char_end int,
      text text, type text, person text, actor int, date text, place text, charges jsonb,
      sentence_months int, probation_months int, raw jsonb)
    LEFT JOIN da ON da.document_id = ids[e.pos::int] AND da.idx = x.actor
    WHERE ids[e.pos::int] IS NOT NULL
  ), rp AS (
    INSERT INTO reports (document_id, idx, char_start, char_end, text, issuer, title, year, raw)
    SELECT ids[e.pos::int], x.idx, x.char_start, x.char_end, x.text, x.issuer, x.title, x.year,
      x.raw
    FROM jsonb_array_elements(p_reports) WITH ORDINALITY AS e(v, pos),
      jsonb_to_recordset(e.v) AS x(idx int, char_start int, char_end int, text text,
        issuer text, title text, year int, raw jsonb)
    WHERE ids[e.pos::int] IS NOT NULL
    RETURNING id, document_id, idx
  ), sc AS (
    -- The check facts (as vigil_write_facts, migration 0018), joined to the rows just inserted.
    INSERT INTO statement_claims (statement_id, document_id, claim_type, polarity, rank, day,
      speaker_key, speaker_state, jurisdiction, content, sentence, sentence_start, sentence_end)
    SELECT st.id, st.document_id, u.claim_type, u.polarity, u.rank, u.day, u.speaker_key,
      u.speaker_state, f.v->>'jurisdiction', u.content, u.sentence, u.s_start, u.s_end
    FROM jsonb_array_elements(p_facts) WITH ORDINALITY AS f(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(f.v->'claims') AS u(idx int, claim_type text,
      polarity text, rank int, day date, speaker_key text, speaker_state text, content text,
      sentence text, s_start int, s_end int)
    JOIN st ON st.document_id = ids[f.pos::int] AND st.idx = u.idx
  ), ff AS (
    INSERT INTO figure_facts (figure_id, document_id, quantity, family, published, as_of_last,
      jurisdiction, publisher_key, sentence, sentence_start, sentence_end)
    SELECT fi.id, fi.document_id, u.quantity, u.family, (f.v->>'published')::date, u.as_of_last,
      f.v->>'jurisdiction', u.publisher_key, u.sentence, u.s_start, u.s_end
    FROM jsonb_array_elements(p_facts) WITH ORDINALITY AS f(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(f.v->'figures') AS u(idx int, quantity text,
      family text, as_of_last date, publisher_key text, sentence text, s_start int, s_end int)
    JOIN fi ON fi.document_id = ids[f.pos::int] AND fi.idx = u.idx
  ), rf AS (
    -- A report without a shared key (issuer, year, cycle) is known by its own row: "#<id>".
    INSERT INTO report_facts (report_id, document_id, report_key, issuer_id, issuer_kind, issued,
      about, concerns, findings, sentence, sentence_start, sentence_end)
    SELECT rp.id, rp.document_id, COALESCE(u.report_key, '#' || rp.id), u.issuer_id,
      u.issuer_kind, u.issued, u.about,
      CASE WHEN jsonb_typeof(u.concerns) = 'array'
        THEN ARRAY(SELECT jsonb_array_elements_text(u.concerns)) END,
      u.findings, u.sentence, u.s_start, u.s_end
    FROM jsonb_array_elements(p_facts) WITH ORDINALITY AS f(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(f.v->'reports') AS u(idx int, report_key text,
      issuer_id text, issuer_kind text, issued date, about text, concerns jsonb, findings text,
      sentence text, s_start int, s_end int)
    JOIN rp ON rp.document_id = ids[f.pos::int] AND rp.idx = u.idx
  ), rr AS (
    INSERT INTO report_responses (statement_id, document_id, report_id, report_key, response,
      speaker, speaker_key, state, date, day, sentence, sentence_start, sentence_end)
    SELECT st.id, st.document_id, rp.id, COALESCE(u.report_key, '#' || rp.id), u.response,
      u.speaker, u.speaker_key, u.state, u.date,
      COALESCE(u.day, (f.v->>'published')::date), u.sentence, u.s_start, u.s_end
    FROM jsonb_array_elements(p_facts) WITH ORDINALITY AS f(v, pos)
    CROSS JOIN LATERAL jsonb_to_recordset(f.v->'responses') AS u(statement_idx int,
      report_idx int, report_key text, response text, speaker text, speaker_key text,
      state text, date text, day date, sentence text, s_start int, s_end int)
    JOIN st ON st.document_id = ids[f.pos::int] AND st.idx = u.statement_idx
    JOIN rp ON rp.document_id = ids[f.pos::int] AND rp.idx = u.report_idx
  )
  INSERT INTO search_units (document_id, statement_id, unit, char_start, char_end, text, tsv,
    day, outlet_key, kind, speaker_key, org_key, document_actor_id)
  SELECT x.doc, st.id, x.unit, x.char_start, x.char_end,
    CASE WHEN x.unit = 'title' THEN NULL ELSE x.given END,
    CASE WHEN x.unit = 'title'
      THEN setweight(to_tsvector('simple', t.indexed), 'A')
      ELSE to_tsvector('simple', t.indexed) END,
    x.day, x.outlet_key, x.kind, x.speaker_key, x.org_key, da.id
  FROM (
    SELECT ids[e.pos::int] AS doc, u.unit, u.stmt, u.char_start, u.char_end, u.folded, u.day,
      u.outlet_key, u.kind, u.speaker_key, u.org_key, u.actor, u.text AS given, u.own,
      e.pos::int AS pos
    FROM jsonb_array_elements(p_units) WITH ORDINALITY AS e(v, pos),
      jsonb_to_recordset(e.v) AS u(unit text, stmt int, char_start int, char_end int,
        text text, folded text, own boolean, day date, outlet_key text, kind text,
        speaker_key text, org_key text, actor int)
    WHERE ids[e.pos::int] IS NOT NULL
  ) AS x
  LEFT JOIN st ON st.document_id = x.doc AND st.idx = x.stmt
  LEFT JOIN da ON da.document_id = x.doc AND da.idx = x.actor
  CROSS JOIN LATERAL (SELECT ${INDEXED("p_bodies[x.pos]")} AS indexed) AS t;

  INSERT INTO check_documents (document_id, facts_version, jurisdiction)
  SELECT ids[f.pos::int], (f.v->>'version')::int, f.v->>'jurisdiction'
  FROM jsonb_array_elements(p_facts) WITH ORDINALITY AS f(v, pos)
  WHERE ids[f.pos::int] IS NOT NULL
  ON CONFLICT (document_id) DO UPDATE SET facts_version = EXCLUDED.facts_version,
    jurisdiction = EXCLUDED.jurisdiction;

  -- The review queue's suggestions (as vigil_queue_suggestions, migration 0018).
  INSERT INTO case_suggestions (decision, action, document_id, event_idx, char_start, char_end,
    sentence, person, fingerprint, extracted, proposed_event, proposed_case, candidates,
    duplicate_of, warnings)
  SELECT u.decision, u.action, ids[e.pos::int], u.event_idx, u.char_start, u.char_end,
    u.sentence, u.person, u.fingerprint, u.extracted, u.proposed_event, u.proposed_case,
    u.candidates, u.duplicate_of, u.warnings
  FROM jsonb_array_elements(p_queue) WITH ORDINALITY AS e(v, pos),
    jsonb_to_recordset(e.v) AS u(decision text, action text, event_idx integer,
      char_start integer, char_end integer, sentence text, person text, fingerprint text,
      extracted jsonb, proposed_event jsonb, proposed_case jsonb, candidates jsonb,
      duplicate_of text, warnings jsonb)
  WHERE ids[e.pos::int] IS NOT NULL
  ORDER BY e.pos, u.event_idx
  ON CONFLICT (document_id, fingerprint) DO NOTHING;

  RETURN ids;
END
$fn$;
`,
};
