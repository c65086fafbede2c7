import type { Migration } from "./types.js";

// One document and all its extractions in one call. The writer (src/store/document-writer.ts)
// sends JSON arrays; PL/pgSQL keeps the statements' plans for the session, which matters on
// PGlite: planning this insert took 1.6 ms of every document's ~5 ms there (measured), as much as
// inserting it. In-document references (a statement's speaker, a search unit's statement) are
// joined on each item's position in the analysis (`idx`). When `p_existing` is null and the
// content is already stored (a concurrent writer won), nothing is written and null is returned.
export const migration: Migration = {
  id: 11,
  name: "write-document",
  sql: `
CREATE FUNCTION vigil_write_document(
  p_existing bigint, p_meta jsonb, p_body text, p_new_actors jsonb, p_aliases jsonb,
  p_context jsonb, p_doc_actors jsonb, p_mentions jsonb, p_statements jsonb, p_figures jsonb,
  p_legal_refs jsonb, p_events jsonb, p_reports jsonb, p_units jsonb
) RETURNS bigint LANGUAGE plpgsql AS $fn$
DECLARE
  doc_id bigint;
BEGIN
  IF p_existing IS NULL THEN
    INSERT INTO documents (sha256, source_id, title, outlet, date, day, url, author, language,
      format, path, provenance, text, chars, extractor_version, warnings)
    SELECT x.sha256, x.source_id, x.title, x.outlet, x.date, x.day, x.url, x.author, x.language,
      x.format, x.path, x.provenance, p_body, x.chars, x.extractor_version, x.warnings
    FROM jsonb_to_record(p_meta) AS x(sha256 text, source_id text, title text, outlet text,
      date text, day date, url text, author text, language text, format text, path text,
      provenance jsonb, chars int, extractor_version int, warnings jsonb)
    ON CONFLICT (sha256) DO NOTHING
    RETURNING id INTO doc_id;
    IF doc_id IS NULL THEN
      RETURN NULL;
    END IF;
  ELSE
    UPDATE documents SET source_id = x.source_id, title = x.title, outlet = x.outlet,
      date = x.date, day = x.day, url = x.url, author = x.author, language = x.language,
      format = x.format, path = x.path, provenance = x.provenance,
      extractor_version = x.extractor_version, warnings = x.warnings, extracted_at = now()
    FROM jsonb_to_record(p_meta) AS x(source_id text, title text, outlet text, date text,
      day date, url text, author text, language text, format text, path text,
      provenance jsonb, extractor_version int, warnings jsonb)
    WHERE documents.id = p_existing
    RETURNING documents.id INTO doc_id;
  END IF;

  -- Actors first: the document's actors point at them. Ids were drawn from the sequence by the
  -- writer, which decided the links (src/store/actor-resolver.ts).
  INSERT INTO actors (id, name, kind, key, canonical_id, roles, orgs)
  SELECT x.id, x.name, x.kind, x.key, x.id, x.roles, x.orgs
  FROM jsonb_to_recordset(p_new_actors) AS x(id bigint, name text, kind text, key text,
    roles jsonb, orgs jsonb);
  UPDATE actors SET roles = x.roles, orgs = x.orgs
  FROM jsonb_to_recordset(p_context) AS x(id bigint, roles jsonb, orgs jsonb)
  WHERE actors.id = x.id;
  INSERT INTO actor_aliases (actor_id, alias, key)
  SELECT x.actor_id, x.alias, x.key
  FROM jsonb_to_recordset(p_aliases) AS x(actor_id bigint, alias text, key text)
  ON CONFLICT DO NOTHING;

  WITH da AS (
    INSERT INTO document_actors (document_id, idx, name, kind, key, aliases, roles, orgs,
      mention_count, actor_id, link_rule, link_evidence, raw)
    SELECT doc_id, x.idx, x.name, x.kind, x.key, x.aliases, x.roles, x.orgs, x.mention_count,
      x.actor_id, x.link_rule, x.link_evidence, x.raw
    FROM jsonb_to_recordset(p_doc_actors) AS x(idx int, name text, kind text, key text,
      aliases jsonb, roles jsonb, orgs jsonb, mention_count int, actor_id bigint,
      link_rule text, link_evidence jsonb, raw jsonb)
    RETURNING id, idx
  ), am AS (
    INSERT INTO actor_mentions (document_id, document_actor_id, char_start, char_end)
    SELECT doc_id, da.id, x.s, x.e
    FROM jsonb_to_recordset(p_mentions) AS x(a int, s int, e int) JOIN da ON da.idx = x.a
  ), st AS (
    INSERT INTO statements (document_id, idx, char_start, char_end, text, kind, cue,
      speaker_name, speaker_mention, speaker_kind, speaker_role, speaker_org,
      document_actor_id, date, day, responds_to, response, raw)
    SELECT doc_id, x.idx, x.char_start, x.char_end, x.text, x.kind, x.cue, x.speaker_name,
      x.speaker_mention, x.speaker_kind, x.speaker_role, x.speaker_org, da.id, x.date, x.day,
      x.responds_to, x.response, x.raw
    FROM jsonb_to_recordset(p_statements) AS x(idx int, char_start int, char_end int, text text,
      kind text, cue text, speaker_name text, speaker_mention text, speaker_kind text,
      speaker_role text, speaker_org text, actor int, date text, day date, responds_to int,
      response text, raw jsonb)
    LEFT JOIN da ON da.idx = x.actor
    RETURNING id, idx
  ), fi AS (
    INSERT INTO figures (document_id, idx, char_start, char_end, text, value, bound, unit, what,
      as_of, publisher, part_of, raw)
    SELECT doc_id, x.idx, x.char_start, x.char_end, x.text, x.value, x.bound, x.unit, x.what,
      x.as_of, x.publisher, x.part_of, x.raw
    FROM jsonb_to_recordset(p_figures) AS x(idx int, char_start int, char_end int, text text,
      value double precision, bound text, unit text, what text, as_of text, publisher text,
      part_of int, raw jsonb)
  ), lr AS (
    INSERT INTO legal_refs (document_id, idx, char_start, char_end, text, jurisdiction, law,
      article, clause, offense, statute, raw)
    SELECT doc_id, x.idx, x.char_start, x.char_end, x.text, x.jurisdiction, x.law, x.article,
      x.clause, x.offense, x.statute, x.raw
    FROM jsonb_to_recordset(p_legal_refs) AS x(idx int, char_start int, char_end int, text text,
      jurisdiction text, law text, article text, clause text, offense text, statute text,
      raw jsonb)
  ), ev AS (
    INSERT INTO events (document_id, idx, char_start, char_end, text, type, person,
      document_actor_id, date, place, charges, sentence_months, probation_months, raw)
    SELECT doc_id, x.idx, x.char_start, x.char_end, x.text, x.type, x.person, da.id, x.date,
      x.place, x.charges, x.sentence_months, x.probation_months, x.raw
    FROM jsonb_to_recordset(p_events) AS x(idx int, char_start int, char_end int, text text,
      type text, person text, actor int, date text, place text, charges jsonb,
      sentence_months int, probation_months int, raw jsonb)
    LEFT JOIN da ON da.idx = x.actor
  ), rp AS (
    INSERT INTO reports (document_id, idx, char_start, char_end, text, issuer, title, year, raw)
    SELECT doc_id, x.idx, x.char_start, x.char_end, x.text, x.issuer, x.title, x.year, x.raw
    FROM jsonb_to_recordset(p_reports) AS x(idx int, char_start int, char_end int, text text,
      issuer text, title text, year int, raw jsonb)
  )
  INSERT INTO search_units (document_id, statement_id, unit, char_start, char_end, text, tsv,
    day, outlet_key, kind, speaker_key, org_key, document_actor_id)
  SELECT doc_id, st.id, x.unit, x.char_start, x.char_end,
    CASE WHEN x.unit = 'title' THEN NULL ELSE x.given END,
    CASE WHEN x.unit = 'title'
      THEN setweight(to_tsvector('simple', coalesce(x.folded, x.full_text)), 'A')
      ELSE to_tsvector('simple', coalesce(x.folded, x.full_text)) END,
    x.day, x.outlet_key, x.kind, x.speaker_key, x.org_key, da.id
  FROM (
    -- Text is given only for titles and when the body has surrogate pairs (offsets in code
    -- points, which substr counts, then differ from the contract's UTF-16 offsets).
    SELECT u.unit, u.stmt, u.char_start, u.char_end, u.folded, u.day, u.outlet_key, u.kind,
      u.speaker_key, u.org_key, u.actor, u.text AS given,
      coalesce(u.text, substr(p_body, u.char_start + 1, u.char_end - u.char_start)) AS full_text
    FROM jsonb_to_recordset(p_units) AS u(unit text, stmt int, char_start int, char_end int,
      text text, folded text, day date, outlet_key text, kind text, speaker_key text,
      org_key text, actor int)
  ) AS x
  LEFT JOIN st ON st.idx = x.stmt
  LEFT JOIN da ON da.idx = x.actor;

  RETURN doc_id;
END
$fn$;
`,
};
