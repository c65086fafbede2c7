// Writes what a stored document contributes to checks (src/core/check/document-facts.ts): one
// call from the document writer, inside the document's transaction, so the facts are always those
// of the extractions beside them. Documents stored before this existed, or derived under an older
// `FACTS_VERSION`, are derived again by `ensureCheckFacts` before the next check.

import { sql, type SQL } from "drizzle-orm";
import { documentFacts, FACTS_VERSION, type FactsInput } from "../../core/check/document-facts.js";
import { matchKey } from "../../core/text/normalise.js";
import type { Figure, LegalRef, Report, Statement } from "../../core/types.js";
import type { Db, Orm } from "../db.js";
import { arr, columns } from "../register/register-sql.js";
import { firstDay, rows } from "../sql.js";

/**
 * Writes the check facts of one stored document in one statement (each statement is a round
 * trip, and on the embedded database a costly one): rows point at the document's statements,
 * figures and reports by their position in the analysis (`idx`), joined there. `replace`: the
 * document has facts already (a new derivation); a document just written has none, as its
 * extractions' rows take their facts with them.
 */
export async function writeCheckFacts(
  tx: Orm,
  documentId: number,
  doc: FactsInput,
  opts: { replace: boolean },
): Promise<void> {
  if (opts.replace)
    for (const table of ["statement_claims", "figure_facts", "report_facts", "report_responses"])
      await rows(tx, sql`DELETE FROM ${sql.identifier(table)} WHERE document_id = ${documentId}`);
  const facts = documentFacts(doc);
  const published = firstDay(doc.date);
  const j = facts.jurisdiction;
  const inserts: SQL[] = [];
  const row = (table: string, alias: string, idx: string) =>
    sql`JOIN ${sql.identifier(table)} ${sql.raw(alias)} ON ${sql.raw(alias)}.document_id = ${documentId}
      AND ${sql.raw(alias)}.idx = u.${sql.raw(idx)}`;

  const cl = facts.statements.flatMap((s) => s.types.map((t, rank) => ({ s, t, rank })));
  if (cl.length > 0)
    inserts.push(
      sql`INSERT INTO statement_claims (statement_id, document_id, claim_type, polarity, rank, day,
            speaker_key, speaker_state, jurisdiction, content, sentence, sentence_start, sentence_end)
          SELECT st.id, ${documentId}, u.claim_type, u.polarity, u.rank, u.day, u.speaker_key,
            u.speaker_state, ${j}, u.content, u.sentence, u.s_start, u.s_end
          FROM ${columns([
            [cl.map((c) => c.s.idx), "integer"],
            [cl.map((c) => c.t.type), "text"],
            [cl.map((c) => c.t.polarity), "text"],
            [cl.map((c) => c.rank), "integer"],
            [cl.map((c) => c.s.day), "date"],
            [cl.map((c) => c.s.speakerKey), "text"],
            [cl.map((c) => c.s.speakerState), "text"],
            [cl.map((c) => c.s.content), "text"],
            [cl.map((c) => c.s.sentence.text), "text"],
            [cl.map((c) => c.s.sentence.start), "integer"],
            [cl.map((c) => c.s.sentence.end), "integer"],
          ])} AS u(idx, claim_type, polarity, rank, day, speaker_key, speaker_state, content,
            sentence, s_start, s_end) ${row("statements", "st", "idx")}`,
    );

  const fig = facts.figures
    .map((f) => ({ f, raw: doc.figures[f.idx]! }))
    .filter((x) => Number.isFinite(x.raw.value));
  if (fig.length > 0)
    inserts.push(
      sql`INSERT INTO figure_facts (figure_id, document_id, quantity, family, published, as_of_last,
            jurisdiction, publisher_key, sentence, sentence_start, sentence_end)
          SELECT fi.id, ${documentId}, u.quantity, u.family, ${published}::date, u.as_of_last, ${j},
            u.publisher_key, u.sentence, u.s_start, u.s_end
          FROM ${columns([
            [fig.map((x) => x.f.idx), "integer"],
            [fig.map((x) => x.f.quantity), "text"],
            [fig.map((x) => x.f.family), "text"],
            [fig.map((x) => x.f.asOfLast), "date"],
            [fig.map((x) => (x.raw.publisher ? matchKey(x.raw.publisher) : null)), "text"],
            [fig.map((x) => x.f.sentence.text), "text"],
            [fig.map((x) => x.f.sentence.start), "integer"],
            [fig.map((x) => x.f.sentence.end), "integer"],
          ])} AS u(idx, quantity, family, as_of_last, publisher_key, sentence, s_start, s_end)
          ${row("figures", "fi", "idx")}`,
    );

  // A report without a shared key (issuer, year, cycle) is known by its own row: "#<id>".
  const rep = facts.reports;
  if (rep.length > 0)
    inserts.push(
      sql`INSERT INTO report_facts (report_id, document_id, report_key, issuer_id, issuer_kind,
            issued, about, concerns, findings, sentence, sentence_start, sentence_end)
          SELECT rp.id, ${documentId}, COALESCE(u.report_key, '#' || rp.id), u.issuer_id,
            u.issuer_kind, u.issued, u.about,
            CASE WHEN u.concerns IS NULL THEN NULL
                 ELSE string_to_array(u.concerns, ';') END,
            u.findings, u.sentence, u.s_start, u.s_end
          FROM ${columns([
            [rep.map((r) => r.idx), "integer"],
            [rep.map((r) => r.key), "text"],
            [rep.map((r) => r.issuerId), "text"],
            [rep.map((r) => r.issuerKind), "text"],
            [rep.map((r) => r.issued), "date"],
            [rep.map((r) => r.about), "text"],
            [rep.map((r) => (r.concerns ? r.concerns.join(";") : null)), "text"],
            [rep.map((r) => r.findings), "text"],
            [rep.map((r) => r.sentence.text), "text"],
            [rep.map((r) => r.sentence.start), "integer"],
            [rep.map((r) => r.sentence.end), "integer"],
          ])} AS u(idx, report_key, issuer_id, issuer_kind, issued, about, concerns, findings,
            sentence, s_start, s_end) ${row("reports", "rp", "idx")}`,
    );

  const res = facts.responses
    .map((x) => ({ x, report: facts.reports[x.reportIdx] }))
    .filter((r) => r.report !== undefined);
  if (res.length > 0)
    inserts.push(
      sql`INSERT INTO report_responses (statement_id, document_id, report_id, report_key, response,
            speaker, speaker_key, state, date, day, sentence, sentence_start, sentence_end)
          SELECT st.id, ${documentId}, rp.id, COALESCE(u.report_key, '#' || rp.id), u.response,
            u.speaker, u.speaker_key, u.state, u.date, COALESCE(u.day, ${published}::date),
            u.sentence, u.s_start, u.s_end
          FROM ${columns([
            [res.map((r) => r.x.statementIdx), "integer"],
            [res.map((r) => r.x.reportIdx), "integer"],
            [res.map((r) => r.report!.key), "text"],
            [res.map((r) => r.x.response), "text"],
            [res.map((r) => r.x.speaker), "text"],
            [res.map((r) => (r.x.speaker ? matchKey(r.x.speaker) : null)), "text"],
            [res.map((r) => r.x.state), "text"],
            [res.map((r) => r.x.date), "text"],
            [res.map((r) => firstDay(r.x.date)), "date"],
            [res.map((r) => r.x.sentence.text), "text"],
            [res.map((r) => r.x.sentence.start), "integer"],
            [res.map((r) => r.x.sentence.end), "integer"],
          ])} AS u(statement_idx, report_idx, report_key, response, speaker, speaker_key, state,
            date, day, sentence, s_start, s_end)
          ${row("statements", "st", "statement_idx")} ${row("reports", "rp", "report_idx")}`,
    );

  // Data-modifying WITH clauses all run, read or not.
  const before =
    inserts.length === 0
      ? sql``
      : sql`WITH ${sql.join(
          inserts.map((q, i) => sql`${sql.raw(`w${i}`)} AS (${q})`),
          sql`, `,
        )} `;
  await rows(
    tx,
    sql`${before}INSERT INTO check_documents (document_id, facts_version, jurisdiction)
        VALUES (${documentId}, ${FACTS_VERSION}, ${j})
        ON CONFLICT (document_id) DO UPDATE SET facts_version = EXCLUDED.facts_version,
          jurisdiction = EXCLUDED.jurisdiction`,
  );
}

/** How many documents to derive per transaction when catching up. */
const CATCH_UP_BATCH = 100;

/**
 * Derives the facts of every stored document that lacks them (stored before migration 0004) or
 * has them from an older derivation. Returns how many documents were derived.
 */
export async function ensureCheckFacts(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const pending = await rows<{ id: number; text: string; date: string | null }>(
      db.orm,
      sql`SELECT d.id, d.text, d.date FROM documents d
          LEFT JOIN check_documents c ON c.document_id = d.id
          WHERE c.document_id IS NULL OR c.facts_version < ${FACTS_VERSION}
          ORDER BY d.id LIMIT ${CATCH_UP_BATCH}`,
    );
    if (pending.length === 0) return done;
    const ids = pending.map((p) => p.id);
    const raw = async <T>(table: string): Promise<Map<number, T[]>> => {
      const found = await rows<{ document_id: number; raw: T }>(
        db.orm,
        sql`SELECT document_id, raw FROM ${sql.identifier(table)}
            WHERE document_id = ANY(${arr(ids, "bigint")}) ORDER BY document_id, idx`,
      );
      const out = new Map<number, T[]>();
      for (const r of found) out.set(r.document_id, [...(out.get(r.document_id) ?? []), r.raw]);
      return out;
    };
    const [st, fi, lr, re] = await Promise.all([
      raw<Statement>("statements"),
      raw<Figure>("figures"),
      raw<LegalRef>("legal_refs"),
      raw<Report>("reports"),
    ]);
    for (const p of pending) {
      await db.orm.transaction((tx) =>
        writeCheckFacts(
          tx,
          p.id,
          {
            text: p.text,
            date: p.date,
            statements: st.get(p.id) ?? [],
            figures: fi.get(p.id) ?? [],
            legalRefs: lr.get(p.id) ?? [],
            reports: re.get(p.id) ?? [],
          },
          { replace: true },
        ),
      );
      done++;
    }
  }
}
