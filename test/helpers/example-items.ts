// The example articles as the ingest hands them to the store: read by the real readers and
// analysed, one item per article.

import { join } from "node:path";
import { readSources } from "../../src/ingest/sources.js";
import { storeItem } from "../../src/ingest/store-item.js";
import type { DocumentToStore } from "../../src/store/document-writer.js";

const ARTICLES = join(import.meta.dirname, "../../examples/articles");

export async function exampleItems(): Promise<DocumentToStore[]> {
  const items: DocumentToStore[] = [];
  for await (const r of readSources([ARTICLES], {
    maxInputBytes: 1 << 20,
    maxDocumentChars: 1 << 20,
  }))
    if (r.ok) items.push(storeItem(r.doc, null));
  return items;
}
