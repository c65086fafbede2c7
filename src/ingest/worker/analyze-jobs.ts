import { SourceEmpty, SourceTooLarge, SourceUnsupported } from "../../errors.js";
import { errorInfo } from "../../store/store-service.js";
import { analyzeDocument, batchFull, type AnalysisRecord } from "../analyze-service.js";
import { formatBytes } from "../readers/limits.js";
import type { SourceDocument } from "../readers/types.js";
import { storeItems } from "../store-item.js";
import { readerFor, supportedExtensions } from "../readers/index.js";
import type { AnalyzedUpload, TextRequest, UploadRequest } from "./analyze-protocol.js";

/** Reads an uploaded file with the reader its name calls for and analyses every document in it. */
export async function analyzeUpload(req: UploadRequest): Promise<AnalyzedUpload> {
  const out: AnalyzedUpload = { items: [], failures: [] };
  const reader = readerFor(req.name);
  if (!reader) {
    const known = supportedExtensions()
      .map((e) => "." + e)
      .join(", ");
    out.failures.push({
      id: req.name,
      error: errorInfo(new SourceUnsupported(req.name, `unknown file type (Vigil reads ${known})`)),
    });
    return out;
  }
  if (req.bytes.length > req.maxInputBytes) {
    const e = new SourceTooLarge(
      req.name,
      formatBytes(req.bytes.length),
      formatBytes(req.maxInputBytes),
    );
    out.failures.push({ id: req.name, error: errorInfo(e) });
    return out;
  }
  const input = { name: req.name, path: req.name, bytes: req.bytes };
  // A feed or JSONL upload holds many documents: analysed in batches, as `vigil ingest` does.
  let unread: SourceDocument[] = [];
  const analyse = (): void => {
    storeItems(unread, req.jurisdiction).forEach((r, i) => {
      if ("item" in r) out.items.push(r.item);
      else out.failures.push({ id: unread[i]!.name, error: errorInfo(r.error) });
    });
    unread = [];
  };
  for await (const read of reader.read(input, { maxDocumentChars: req.maxDocumentChars })) {
    if (!read.ok) {
      out.failures.push({ id: read.name, error: errorInfo(read.error) });
      continue;
    }
    unread.push(read.doc);
    if (batchFull(unread)) analyse();
  }
  analyse();
  return out;
}

/** Analyses a text given whole (`vigil analyze` on one document). */
export async function analyzeText(req: TextRequest): Promise<AnalysisRecord> {
  const name = "text";
  if (req.text.length > req.maxDocumentChars)
    throw new SourceTooLarge(
      name,
      `${req.text.length} characters`,
      `${req.maxDocumentChars} characters`,
    );
  // Through the text reader, so the text is normalised exactly as an ingested file's would be.
  const reader = readerFor("text.txt")!;
  const bytes = new TextEncoder().encode(req.text);
  for await (const read of reader.read(
    { name, path: name, bytes },
    { maxDocumentChars: req.maxDocumentChars },
  )) {
    if (!read.ok) throw read.error;
    const doc = {
      ...read.doc,
      // The text reader takes a first line followed by a blank line as the title; a caller
      // that gives a title keeps the whole text.
      title: req.title ?? read.doc.title,
      date: req.date ?? read.doc.date,
      url: req.url ?? null,
      outlet: req.outlet ?? null,
    };
    return analyzeDocument(doc, req.jurisdiction);
  }
  throw new SourceEmpty(name);
}
