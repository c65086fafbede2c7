import { prepareDocument } from "../store/document-rows.js";
import type { DocumentToStore } from "../store/document-writer.js";
import { analyzeDocument, analyzeDocuments, type AnalysisRecord } from "./analyze-service.js";
import type { SourceDocument } from "./readers/types.js";

/**
 * A read document analysed and made ready for `store.ingest`: its rows and check facts are
 * prepared here, in the thread that analysed it, so the store's thread (the embedded ingest's
 * bottleneck) only resolves actors and writes.
 */
export function storeItem(doc: SourceDocument, jurisdiction: string | null): DocumentToStore {
  return toStore(doc, analyzeDocument(doc, jurisdiction));
}

/**
 * `storeItem` for each document, analysed as one batch (see `analyzeBatch`), each with its item
 * or the error that stopped it. Should the batch fail as a whole, each document is analysed
 * alone, so that one bad document fails only itself.
 */
export function storeItems(
  docs: readonly SourceDocument[],
  jurisdiction: string | null,
): ({ item: DocumentToStore } | { error: unknown })[] {
  let records: AnalysisRecord[];
  try {
    records = analyzeDocuments(docs, jurisdiction);
  } catch {
    return docs.map((doc) => {
      try {
        return { item: storeItem(doc, jurisdiction) };
      } catch (error) {
        return { error };
      }
    });
  }
  return docs.map((doc, i) => {
    try {
      return { item: toStore(doc, records[i]!) };
    } catch (error) {
      return { error };
    }
  });
}

function toStore(doc: SourceDocument, record: AnalysisRecord): DocumentToStore {
  return {
    name: doc.name,
    record,
    author: doc.author,
    language: doc.language,
    provenance: doc.provenance,
    prepared: prepareDocument(record),
  };
}
