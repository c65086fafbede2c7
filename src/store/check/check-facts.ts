// Writes what a stored document contributes to checks (src/core/check/document-facts.ts): with
// the document, in the statement that writes it (src/store/document-writer.ts), so the facts are
// always those of the extractions beside them. Documents stored before this existed, or derived
// under an older `FACTS_VERSION`, are derived again by `ensureCheckFacts` before the next check.

import { sql } from "drizzle-orm";
import { documentFacts, FACTS_VERSION, type FactsInput } from "../../core/check/document-facts.js";
import type { SentenceRef } from "../../core/check/evidence.js";
import { matchKey } from "../../core/text/normalise.js";
import type { Figure, LegalRef, Report, Statement } from "../../core/types.js";
import type { Db, Orm } from "../db.js";
import { arr } from "../register/register-sql.js";
import { firstDay, rows, storableJson } from "../sql.js";

/**
 * What `vigil_write_facts` (migration 0018) writes for one document: its facts as JSON rows,
 * each pointing at the document's statements, figures and reports by their position in the
 * analysis (`idx`).
 */
export function factsPayload(doc: FactsInput): string {
  const facts = documentFacts(doc);
  const sentence = (s: SentenceRef) => ({
    sentence: s.text,
    s_start: s.start,
    s_end: s.end,
  });
  return storableJson({
    version: FACTS_VERSION,
    jurisdiction: facts.jurisdiction,
    published: firstDay(doc.date),
    claims: facts.statements.flatMap((s) =>
      s.types.map((t, rank) => ({
        idx: s.idx,
        claim_type: t.type,
        polarity: t.polarity,
        rank,
        day: s.day,
        speaker_key: s.speakerKey,
        speaker_state: s.speakerState,
        content: s.content,
        ...sentence(s.sentence),
      })),
    ),
    figures: facts.figures
      .filter((f) => Number.isFinite(doc.figures[f.idx]!.value))
      .map((f) => {
        const publisher = doc.figures[f.idx]!.publisher;
        return {
          idx: f.idx,
          quantity: f.quantity,
          family: f.family,
          as_of_last: f.asOfLast,
          publisher_key: publisher ? matchKey(publisher) : null,
          ...sentence(f.sentence),
        };
      }),
    reports: facts.reports.map((r) => ({
      idx: r.idx,
      report_key: r.key,
      issuer_id: r.issuerId,
      issuer_kind: r.issuerKind,
      issued: r.issued,
      about: r.about,
      concerns: r.concerns,
      findings: r.findings,
      ...sentence(r.sentence),
    })),
    responses: facts.responses.flatMap((x) => {
      const report = facts.reports[x.reportIdx];
      if (!report) return [];
      return [
        {
          statement_idx: x.statementIdx,
          report_idx: x.reportIdx,
          report_key: report.key,
          response: x.response,
          speaker: x.speaker,
          speaker_key: x.speaker ? matchKey(x.speaker) : null,
          state: x.state,
          date: x.date,
          day: firstDay(x.date),
          ...sentence(x.sentence),
        },
      ];
    }),
  });
}

/**
 * Derives the check facts of a stored document again, replacing those it has (one call; see
 * `factsPayload`). A document being written gets its facts with it (src/store/document-writer.ts).
 */
async function rewriteCheckFacts(tx: Orm, documentId: number, doc: FactsInput): Promise<void> {
  for (const table of ["statement_claims", "figure_facts", "report_facts", "report_responses"])
    await rows(tx, sql`DELETE FROM ${sql.identifier(table)} WHERE document_id = ${documentId}`);
  await rows(tx, sql`SELECT vigil_write_facts(${documentId}::bigint, ${factsPayload(doc)}::jsonb)`);
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
        rewriteCheckFacts(tx, p.id, {
          text: p.text,
          date: p.date,
          statements: st.get(p.id) ?? [],
          figures: fi.get(p.id) ?? [],
          legalRefs: lr.get(p.id) ?? [],
          reports: re.get(p.id) ?? [],
        }),
      );
      done++;
    }
  }
}
