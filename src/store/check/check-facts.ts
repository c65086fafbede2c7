// Writes what a stored document contributes to checks (src/core/check/document-facts.ts): one
// call from the document writer, inside the document's transaction, so the facts are always those
// of the extractions beside them. Documents stored before this existed, or derived under an older
// `FACTS_VERSION`, are derived again by `ensureCheckFacts` before the next check.

import { sql, type SQL } from "drizzle-orm";
import { documentFacts, FACTS_VERSION, type FactsInput } from "../../core/check/document-facts.js";
import { matchKey } from "../../core/text/normalise.js";
import type { Figure, LegalRef, Report, Statement } from "../../core/types.js";
import type { Db, Orm } from "../db.js";
import { arr, unnest } from "../register/register-sql.js";
import { firstDay, rows } from "../sql.js";

type Ids = Map<number, number>;

/** The ids of a document's statements, figures and reports by their index: one round trip. */
async function idsByIdx(
  tx: Orm,
  documentId: number,
): Promise<{ statements: Ids; figures: Ids; reports: Ids }> {
  const found = await rows<{ t: "statements" | "figures" | "reports"; id: number; idx: number }>(
    tx,
    sql`SELECT 'statements' AS t, id, idx FROM statements WHERE document_id = ${documentId}
        UNION ALL SELECT 'figures', id, idx FROM figures WHERE document_id = ${documentId}
        UNION ALL SELECT 'reports', id, idx FROM reports WHERE document_id = ${documentId}`,
  );
  const out = { statements: new Map(), figures: new Map(), reports: new Map() };
  for (const r of found) out[r.t].set(r.idx, r.id);
  return out;
}

/**
 * Writes the check facts of one stored document, in one statement after one read of its ids
 * (each statement is a round trip, and on the embedded database a costly one). `replace`: the
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
  const ids = await idsByIdx(tx, documentId);
  const inserts: SQL[] = [];

  const statementIds = ids.statements;
  const claims = facts.statements.flatMap((s) =>
    s.types.map((t, rank) => ({ s, t, rank, id: statementIds.get(s.idx) })),
  );
  const cl = claims.filter((c) => c.id !== undefined);
  if (cl.length > 0)
    inserts.push(
      sql`INSERT INTO statement_claims (statement_id, document_id, claim_type, polarity, rank, day,
            speaker_key, speaker_state, jurisdiction, content, sentence, sentence_start, sentence_end)
          SELECT id, ${documentId}, claim_type, polarity, rank, day, speaker_key, speaker_state,
            ${j}, content, sentence, s_start, s_end
          FROM ${unnest([
            arr(
              cl.map((c) => c.id!),
              "bigint",
            ),
            arr(
              cl.map((c) => c.t.type),
              "text",
            ),
            arr(
              cl.map((c) => c.t.polarity),
              "text",
            ),
            arr(
              cl.map((c) => c.rank),
              "integer",
            ),
            arr(
              cl.map((c) => c.s.day),
              "date",
            ),
            arr(
              cl.map((c) => c.s.speakerKey),
              "text",
            ),
            arr(
              cl.map((c) => c.s.speakerState),
              "text",
            ),
            arr(
              cl.map((c) => c.s.content),
              "text",
            ),
            arr(
              cl.map((c) => c.s.sentence.text),
              "text",
            ),
            arr(
              cl.map((c) => c.s.sentence.start),
              "integer",
            ),
            arr(
              cl.map((c) => c.s.sentence.end),
              "integer",
            ),
          ])} AS u(id, claim_type, polarity, rank, day, speaker_key, speaker_state, content,
            sentence, s_start, s_end)`,
    );

  const figureIds = ids.figures;
  const fig = facts.figures
    .map((f) => ({ f, id: figureIds.get(f.idx), raw: doc.figures[f.idx]! }))
    .filter((x) => x.id !== undefined && Number.isFinite(x.raw.value));
  if (fig.length > 0)
    inserts.push(
      sql`INSERT INTO figure_facts (figure_id, document_id, quantity, family, published, as_of_last,
            jurisdiction, publisher_key, sentence, sentence_start, sentence_end)
          SELECT id, ${documentId}, quantity, family, ${published}::date, as_of_last, ${j},
            publisher_key, sentence, s_start, s_end
          FROM ${unnest([
            arr(
              fig.map((x) => x.id!),
              "bigint",
            ),
            arr(
              fig.map((x) => x.f.quantity),
              "text",
            ),
            arr(
              fig.map((x) => x.f.family),
              "text",
            ),
            arr(
              fig.map((x) => x.f.asOfLast),
              "date",
            ),
            arr(
              fig.map((x) => (x.raw.publisher ? matchKey(x.raw.publisher) : null)),
              "text",
            ),
            arr(
              fig.map((x) => x.f.sentence.text),
              "text",
            ),
            arr(
              fig.map((x) => x.f.sentence.start),
              "integer",
            ),
            arr(
              fig.map((x) => x.f.sentence.end),
              "integer",
            ),
          ])} AS u(id, quantity, family, as_of_last, publisher_key, sentence, s_start, s_end)`,
    );

  const reportIds = ids.reports;
  const keyOf = (idx: number): string | null => {
    const r = facts.reports[idx];
    const id = reportIds.get(idx);
    if (!r || id === undefined) return null;
    return r.key ?? `#${id}`;
  };
  const rep = facts.reports.filter((r) => reportIds.has(r.idx));
  if (rep.length > 0)
    inserts.push(
      sql`INSERT INTO report_facts (report_id, document_id, report_key, issuer_id, issuer_kind,
            issued, about, concerns, findings, sentence, sentence_start, sentence_end)
          SELECT id, ${documentId}, report_key, issuer_id, issuer_kind, issued, about,
            CASE WHEN concerns IS NULL THEN NULL
                 ELSE string_to_array(concerns, ';') END,
            findings, sentence, s_start, s_end
          FROM ${unnest([
            arr(
              rep.map((r) => reportIds.get(r.idx)!),
              "bigint",
            ),
            arr(
              rep.map((r) => keyOf(r.idx)!),
              "text",
            ),
            arr(
              rep.map((r) => r.issuerId),
              "text",
            ),
            arr(
              rep.map((r) => r.issuerKind),
              "text",
            ),
            arr(
              rep.map((r) => r.issued),
              "date",
            ),
            arr(
              rep.map((r) => r.about),
              "text",
            ),
            arr(
              rep.map((r) => (r.concerns ? r.concerns.join(";") : null)),
              "text",
            ),
            arr(
              rep.map((r) => r.findings),
              "text",
            ),
            arr(
              rep.map((r) => r.sentence.text),
              "text",
            ),
            arr(
              rep.map((r) => r.sentence.start),
              "integer",
            ),
            arr(
              rep.map((r) => r.sentence.end),
              "integer",
            ),
          ])} AS u(id, report_key, issuer_id, issuer_kind, issued, about, concerns, findings,
            sentence, s_start, s_end)`,
    );

  const res = facts.responses
    .map((x) => ({
      x,
      id: statementIds.get(x.statementIdx),
      report: reportIds.get(x.reportIdx),
      key: keyOf(x.reportIdx),
    }))
    .filter((r) => r.id !== undefined && r.report !== undefined && r.key !== null);
  if (res.length > 0)
    inserts.push(
      sql`INSERT INTO report_responses (statement_id, document_id, report_id, report_key, response,
            speaker, speaker_key, state, date, day, sentence, sentence_start, sentence_end)
          SELECT id, ${documentId}, report_id, report_key, response, speaker, speaker_key, state,
            date, COALESCE(day, ${published}::date), sentence, s_start, s_end
          FROM ${unnest([
            arr(
              res.map((r) => r.id!),
              "bigint",
            ),
            arr(
              res.map((r) => r.report!),
              "bigint",
            ),
            arr(
              res.map((r) => r.key!),
              "text",
            ),
            arr(
              res.map((r) => r.x.response),
              "text",
            ),
            arr(
              res.map((r) => r.x.speaker),
              "text",
            ),
            arr(
              res.map((r) => (r.x.speaker ? matchKey(r.x.speaker) : null)),
              "text",
            ),
            arr(
              res.map((r) => r.x.state),
              "text",
            ),
            arr(
              res.map((r) => r.x.date),
              "text",
            ),
            arr(
              res.map((r) => firstDay(r.x.date)),
              "date",
            ),
            arr(
              res.map((r) => r.x.sentence.text),
              "text",
            ),
            arr(
              res.map((r) => r.x.sentence.start),
              "integer",
            ),
            arr(
              res.map((r) => r.x.sentence.end),
              "integer",
            ),
          ])} AS u(id, report_id, report_key, response, speaker, speaker_key, state, date, day,
            sentence, s_start, s_end)`,
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
