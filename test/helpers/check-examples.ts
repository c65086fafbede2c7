// The project's example corpus and register (examples/) in a store, for the cross-check's
// database tests. Articles go through the real readers and extractors; their figures are the
// expected annotations (examples/expected/*.json), located in the text, so the checks are tested
// on the figures the articles state whatever the figures extractor finds today. The register is
// imported through the register service.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Figure } from "../../src/core/types.js";
import { analyzeDocument } from "../../src/ingest/analyze-service.js";
import { markdownReader } from "../../src/ingest/readers/markdown-reader.js";
import type { ReadResult } from "../../src/ingest/readers/types.js";
import type { Db } from "../../src/store/db.js";
import { rows } from "../../src/store/sql.js";
import type { StoreService } from "../../src/store/store-types.js";
import { exampleFiles } from "./register-db.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

interface ExpectedFigure {
  value: number;
  bound: Figure["bound"];
  unit: Figure["unit"];
  what: string;
  asOf: string | null;
  publisher: string | null;
}

/** The expected figures of an article, at the first place their number is written. */
function expectedFigures(stem: string, text: string): Figure[] {
  const expected = JSON.parse(readFileSync(join(EXAMPLES, "expected", `${stem}.json`), "utf8")) as {
    figures: ExpectedFigure[];
  };
  return expected.figures.map((f) => {
    const m = new RegExp(`(?<![\\d.,])${String(f.value).replace(".", "\\.")}(?![\\d])`).exec(text);
    const start = m?.index ?? 0;
    const end = m ? start + m[0].length : 0;
    return {
      start,
      end,
      text: text.slice(start, end),
      value: f.value,
      bound: f.bound,
      unit: f.unit,
      what: f.what,
      asOf: f.asOf,
      asOfSource: f.asOf ? "explicit" : null,
      publisher: f.publisher,
      partOf: null,
    };
  });
}

/** Ingests the 18 example articles and imports the example register. */
export async function loadExamples(store: StoreService): Promise<void> {
  const dir = join(EXAMPLES, "articles");
  const items = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const path = join(dir, file);
    const results = markdownReader.read(
      { name: path, path, bytes: readFileSync(path) },
      { maxDocumentChars: 1e7 },
    ) as Iterable<ReadResult>;
    for (const r of results) {
      if (!r.ok) throw r.error;
      const record = analyzeDocument(r.doc);
      record.figures = expectedFigures(file.replace(/\.md$/, ""), record.text);
      items.push({ name: path, record });
    }
  }
  const stored = await store.ingest(items);
  const failed = stored.filter((s) => !s.ok);
  if (failed.length) throw new Error(JSON.stringify(failed));
  const imported = await store.casesImport({
    files: exampleFiles(),
    recordedAt: "2025-05-20T00:00:00Z",
  });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
}

/** The id of the statement of an example article whose text contains `words`. */
export async function statementId(db: Db, stem: string, words: string): Promise<number> {
  const found = await rows<{ id: number }>(
    db.orm,
    sql`SELECT s.id FROM statements s JOIN documents d ON d.id = s.document_id
        WHERE d.path LIKE ${`%${stem}%`} AND s.text LIKE ${`%${words}%`} ORDER BY s.idx`,
  );
  if (found.length === 0) throw new Error(`no statement of ${stem} says "${words}"`);
  return found[0]!.id;
}

/** The sentence (or paragraph) of an example article that starts with `start`. */
export function articleText(
  stem: string,
  start: string,
  upTo: "sentence" | "paragraph" = "sentence",
): string {
  const file = readdirSync(join(EXAMPLES, "articles")).find((f) => f.startsWith(stem))!;
  const text = readFileSync(join(EXAMPLES, "articles", file), "utf8");
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`"${start}" not in ${stem}`);
  const rest = text.slice(at);
  const end = upTo === "sentence" ? rest.search(/[.!?]["”]?(\s|$)/) + 1 : rest.search(/\n\n|$/);
  return rest.slice(0, end);
}
