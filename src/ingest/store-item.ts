import { prepareDocument } from "../store/document-rows.js";
import type { DocumentToStore } from "../store/document-writer.js";
import { analyzeDocument } from "./analyze-service.js";
import type { SourceDocument } from "./readers/types.js";

/**
 * A read document analysed and made ready for `store.ingest`: its rows and check facts are
 * prepared here, in the thread that analysed it, so the store's thread (the embedded ingest's
 * bottleneck) only resolves actors and writes.
 */
export function storeItem(doc: SourceDocument, jurisdiction: string | null): DocumentToStore {
  const record = analyzeDocument(doc, jurisdiction);
  return {
    name: doc.name,
    record,
    author: doc.author,
    language: doc.language,
    provenance: doc.provenance,
    prepared: prepareDocument(record),
  };
}
