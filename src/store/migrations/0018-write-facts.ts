import type { Migration } from "./types.js";

// A document's check facts and register suggestions, written by PL/pgSQL functions called in the
// same statement as `vigil_write_document` (src/store/document-writer.ts). Sent as statements of
// their own they were two more round trips per document, and the check facts a statement built
// anew for each document's mix of rows, so planned every time: on PGlite 2.8 ms of a document's
// ~12 ms, for a handful of rows; written by these functions, 1.9 ms (measured on the generated
// benchmark corpus). Functions keep their plans for the session.
// Rows point at the document's statements, figures and reports by their position in the analysis
// (`idx`). A null document (the content was stored by a concurrent writer) writes nothing.
export const migration: Migration = {
  id: 18,
  name: "write-facts",
  sql: `
CREATE FUNCTION vigil_write_facts(p_doc bigint, p_facts jsonb) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  j text := p_facts->>'jurisdiction';
  published date := (p_facts->>'published')::date;
BEGIN
  IF p_doc IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO statement_claims (statement_id, document_id, claim_type, polarity, rank, day,
    speaker_key, speaker_state, jurisdiction, content, sentence, sentence_start, sentence_end)
  SELECT st.id, p_doc, u.claim_type, u.polarity, u.rank, u.day, u.speaker_key, u.speaker_state,
    j, u.content, u.sentence, u.s_start, u.s_end
  FROM jsonb_to_recordset(p_facts->'claims') AS u(idx int, claim_type text, polarity text,
    rank int, day date, speaker_key text, speaker_state text, content text, sentence text,
    s_start int, s_end int)
  JOIN statements st ON st.document_id = p_doc AND st.idx = u.idx;

  INSERT INTO figure_facts (figure_id, document_id, quantity, family, published, as_of_last,
    jurisdiction, publisher_key, sentence, sentence_start, sentence_end)
  SELECT fi.id, p_doc, u.quantity, u.family, published, u.as_of_last, j, u.publisher_key,
    u.sentence, u.s_start, u.s_end
  FROM jsonb_to_recordset(p_facts->'figures') AS u(idx int, quantity text, family text,
    as_of_last date, publisher_key text, sentence text, s_start int, s_end int)
  JOIN figures fi ON fi.document_id = p_doc AND fi.idx = u.idx;

  -- A report without a shared key (issuer, year, cycle) is known by its own row: "#<id>".
  INSERT INTO report_facts (report_id, document_id, report_key, issuer_id, issuer_kind, issued,
    about, concerns, findings, sentence, sentence_start, sentence_end)
  SELECT rp.id, p_doc, COALESCE(u.report_key, '#' || rp.id), u.issuer_id, u.issuer_kind,
    u.issued, u.about,
    CASE WHEN jsonb_typeof(u.concerns) = 'array'
      THEN ARRAY(SELECT jsonb_array_elements_text(u.concerns)) END,
    u.findings, u.sentence, u.s_start, u.s_end
  FROM jsonb_to_recordset(p_facts->'reports') AS u(idx int, report_key text, issuer_id text,
    issuer_kind text, issued date, about text, concerns jsonb, findings text, sentence text,
    s_start int, s_end int)
  JOIN reports rp ON rp.document_id = p_doc AND rp.idx = u.idx;

  INSERT INTO report_responses (statement_id, document_id, report_id, report_key, response,
    speaker, speaker_key, state, date, day, sentence, sentence_start, sentence_end)
  SELECT st.id, p_doc, rp.id, COALESCE(u.report_key, '#' || rp.id), u.response, u.speaker,
    u.speaker_key, u.state, u.date, COALESCE(u.day, published), u.sentence, u.s_start, u.s_end
  FROM jsonb_to_recordset(p_facts->'responses') AS u(statement_idx int, report_idx int,
    report_key text, response text, speaker text, speaker_key text, state text, date text,
    day date, sentence text, s_start int, s_end int)
  JOIN statements st ON st.document_id = p_doc AND st.idx = u.statement_idx
  JOIN reports rp ON rp.document_id = p_doc AND rp.idx = u.report_idx;

  INSERT INTO check_documents (document_id, facts_version, jurisdiction)
  VALUES (p_doc, (p_facts->>'version')::int, j)
  ON CONFLICT (document_id) DO UPDATE SET facts_version = EXCLUDED.facts_version,
    jurisdiction = EXCLUDED.jurisdiction;
END
$fn$;

CREATE FUNCTION vigil_queue_suggestions(p_doc bigint, p_queue jsonb) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
  added integer;
BEGIN
  IF p_doc IS NULL THEN
    RETURN 0;
  END IF;
  WITH q AS (
    INSERT INTO case_suggestions (decision, action, document_id, event_idx, char_start, char_end,
      sentence, person, fingerprint, extracted, proposed_event, proposed_case, candidates,
      duplicate_of, warnings)
    SELECT u.decision, u.action, p_doc, u.event_idx, u.char_start, u.char_end, u.sentence,
      u.person, u.fingerprint, u.extracted, u.proposed_event, u.proposed_case, u.candidates,
      u.duplicate_of, u.warnings
    FROM jsonb_to_recordset(p_queue) AS u(decision text, action text, event_idx integer,
      char_start integer, char_end integer, sentence text, person text, fingerprint text,
      extracted jsonb, proposed_event jsonb, proposed_case jsonb, candidates jsonb,
      duplicate_of text, warnings jsonb)
    ORDER BY u.event_idx
    ON CONFLICT (document_id, fingerprint) DO NOTHING
    RETURNING 1
  )
  SELECT count(*) INTO added FROM q;
  RETURN added;
END
$fn$;
`,
};
