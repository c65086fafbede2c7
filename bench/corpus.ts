// The fixed benchmark corpus: the project's own example articles (examples/articles), read with
// the same reader `vigil analyze` uses.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { markdownReader } from "../src/ingest/readers/markdown-reader.js";
import type { ReadResult, SourceDocument } from "../src/ingest/readers/types.js";

export const EXAMPLES_DIR = new URL("../../examples/articles/", import.meta.url).pathname;

export function exampleDocuments(dir = EXAMPLES_DIR): SourceDocument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  const docs: SourceDocument[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const results = markdownReader.read(
      { name: path, path, bytes: readFileSync(path) },
      { maxDocumentChars: 1e7 },
    ) as Iterable<ReadResult>;
    for (const r of results) if (r.ok) docs.push(r.doc);
  }
  if (docs.length === 0) throw new Error(`no example articles in ${dir}`);
  return docs;
}

/** Streams `count` documents cycling through the corpus; nothing is retained between them. */
export function* cycle<T>(items: readonly T[], count: number): Generator<T> {
  for (let i = 0; i < count; i++) yield items[i % items.length]!;
}
