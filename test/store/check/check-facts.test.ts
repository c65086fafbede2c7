// The check facts written with a document at ingest (one statement, rows joined to the
// document's extractions by position) equal the facts derived again later for documents stored
// under an older derivation (`ensureCheckFacts`, which replaces what is there).

import { beforeAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { ensureCheckFacts } from "../../../src/store/check/check-facts.js";
import { rows } from "../../../src/store/sql.js";
import { loadExamples } from "../../helpers/check-examples.js";
import { describeStores } from "../../helpers/store.js";

const FACT_TABLES: Record<string, string> = {
  statement_claims: "statement_id, claim_type",
  figure_facts: "figure_id",
  report_facts: "report_id",
  report_responses: "statement_id",
};

describeStores("check facts written at ingest and derived again", (ctx) => {
  beforeAll(() => loadExamples(ctx.store), 120_000);

  /** Every fact row, as text, in a stable order. */
  const snapshot = async (): Promise<Record<string, string[]>> => {
    const out: Record<string, string[]> = {};
    for (const [table, order] of Object.entries(FACT_TABLES)) {
      const found = await rows<{ row: string }>(
        ctx.db.orm,
        sql`SELECT to_jsonb(t)::text AS row FROM ${sql.identifier(table)} t
            ORDER BY ${sql.raw(order)}`,
      );
      out[table] = found.map((r) => r.row);
    }
    return out;
  };

  it("points each fact at the extraction it was derived from", async () => {
    // The rows name statements, figures and reports by id, found from their position in the
    // analysis: each must be in the same document and start inside the fact's sentence (a
    // report's sentence is where it is first mentioned; one without a shared key is "#<id>").
    const misplaced = await rows<{ t: string; id: number }>(
      ctx.db.orm,
      sql`SELECT 'claim' AS t, f.statement_id AS id FROM statement_claims f
            JOIN statements x ON x.id = f.statement_id
            WHERE x.document_id <> f.document_id
              OR NOT (x.char_start >= f.sentence_start AND x.char_start < f.sentence_end)
          UNION ALL SELECT 'figure', f.figure_id FROM figure_facts f
            JOIN figures x ON x.id = f.figure_id
            WHERE x.document_id <> f.document_id
              OR NOT (x.char_start >= f.sentence_start AND x.char_start < f.sentence_end)
          UNION ALL SELECT 'report', f.report_id FROM report_facts f
            JOIN reports x ON x.id = f.report_id
            WHERE x.document_id <> f.document_id
              OR (f.report_key LIKE '#%' AND f.report_key <> '#' || f.report_id)
          UNION ALL SELECT 'response', f.statement_id FROM report_responses f
            JOIN statements x ON x.id = f.statement_id JOIN reports r ON r.id = f.report_id
            WHERE x.document_id <> f.document_id OR r.document_id <> f.document_id`,
    );
    expect(misplaced).toEqual([]);
  });

  it("derives the same rows again, replacing the old ones, for documents marked as older", async () => {
    const written = await snapshot();
    for (const table of Object.keys(FACT_TABLES))
      expect(written[table]!.length, table).toBeGreaterThan(0);
    const [{ n }] = (await rows<{ n: number }>(
      ctx.db.orm,
      sql`SELECT count(*)::int AS n FROM check_documents`,
    )) as [{ n: number }];

    // Half the documents look as if derived under an older version, the rest lose their facts
    // row altogether (stored before facts existed): both are derived again, nothing twice.
    await rows(
      ctx.db.orm,
      sql`UPDATE check_documents SET facts_version = 0 WHERE document_id % 2 = 0`,
    );
    await rows(ctx.db.orm, sql`DELETE FROM check_documents WHERE document_id % 2 = 1`);
    expect(await ensureCheckFacts(ctx.db)).toBe(n);
    expect(await snapshot()).toEqual(written);
    expect(await ensureCheckFacts(ctx.db)).toBe(0);
  });
});
