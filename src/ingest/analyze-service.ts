import { createHash } from "node:crypto";
import { analyzeBatch } from "../core/analyze.js";
import type { Analysis } from "../core/types.js";
import type { ReadResult, SourceDocument } from "./readers/types.js";
import { readSources, type SourceOptions } from "./sources.js";

/** One line of `vigil analyze --format jsonl`: the PRODUCT.md contract. */
export interface AnalysisRecord extends Analysis {
  /** The input's own id (JSONL inputs), kept so callers can join results back. */
  id?: string;
  source: {
    path: string;
    id: string | null;
    title: string | null;
    date: string | null;
    url: string | null;
    outlet: string | null;
    format: SourceDocument["format"];
    sha256: string;
    /** Where in the original the text came from, when the reader knows: PDF page spans, a JSONL line, a feed item. */
    provenance?: Record<string, unknown>;
  };
  /** The text every offset refers to. */
  text: string;
}

export type AnalyzeResult =
  { ok: true; name: string; record: AnalysisRecord } | { ok: false; name: string; error: Error };

export interface AnalyzeOptions extends SourceOptions {
  jurisdiction?: string | null;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function analyzeDocument(
  doc: SourceDocument,
  jurisdiction: string | null = null,
): AnalysisRecord {
  return analyzeDocuments([doc], jurisdiction)[0]!;
}

/**
 * `analyzeDocument` for each document, as one batch: the extraction passes read the batch one
 * pass at a time, which is faster than one document at a time (see `analyzeBatch`).
 */
export function analyzeDocuments(
  docs: readonly SourceDocument[],
  jurisdiction: string | null = null,
): AnalysisRecord[] {
  const analyses = analyzeBatch(
    docs.map((doc) => ({ text: doc.text, date: doc.date, title: doc.title, jurisdiction })),
  );
  return docs.map((doc, i) => record(doc, analyses[i]!));
}

function record(doc: SourceDocument, analysis: Analysis): AnalysisRecord {
  const record: AnalysisRecord = {
    ...(doc.id !== null ? { id: doc.id } : {}),
    source: {
      path: doc.path,
      id: doc.id,
      title: doc.title,
      date: doc.date,
      url: doc.url,
      outlet: doc.outlet,
      format: doc.format,
      sha256: sha256(doc.text),
      ...(Object.keys(doc.provenance).length > 0 ? { provenance: doc.provenance } : {}),
    },
    text: doc.text,
    ...analysis,
  };
  return record;
}

/** Documents read before a batch is analysed: see `analyzeBatch`. */
export const ANALYSIS_BATCH = 16;
/**
 * Characters read before a batch is analysed, whatever its count: batching pays for short
 * articles, and a few long documents held together would hold their analyses in memory together.
 */
export const ANALYSIS_BATCH_CHARS = 1_000_000;

/** Whether documents read and not yet analysed make a batch (`maxDocs` for a smaller batch). */
export function batchFull(
  docs: readonly SourceDocument[],
  maxDocs: number = ANALYSIS_BATCH,
): boolean {
  if (docs.length >= Math.min(ANALYSIS_BATCH, maxDocs)) return true;
  let chars = 0;
  for (const d of docs) chars += d.text.length;
  return chars >= ANALYSIS_BATCH_CHARS;
}

/**
 * Reads and analyses every input, streaming: one result per document, failures included, in the
 * order read. Documents are analysed in batches of up to ANALYSIS_BATCH documents or
 * ANALYSIS_BATCH_CHARS characters.
 */
export async function* analyzeSources(
  paths: readonly string[],
  opts: AnalyzeOptions,
): AsyncGenerator<AnalyzeResult> {
  // Reads waiting for their batch, failures among them so that the order is kept.
  let pending: ReadResult[] = [];
  let docs: SourceDocument[] = [];
  const flush = function* (): Generator<AnalyzeResult> {
    const records = analyzeDocuments(docs, opts.jurisdiction ?? null);
    let k = 0;
    for (const r of pending) yield r.ok ? { ok: true, name: r.doc.name, record: records[k++]! } : r;
    pending = [];
    docs = [];
  };
  for await (const read of readSources(paths, opts)) {
    pending.push(read);
    if (!read.ok) continue;
    docs.push(read.doc);
    if (batchFull(docs)) yield* flush();
  }
  yield* flush();
}
