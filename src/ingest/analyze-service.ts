import { createHash } from "node:crypto";
import { analyze } from "../core/analyze.js";
import type { Analysis } from "../core/types.js";
import type { SourceDocument } from "./readers/types.js";
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
  const analysis = analyze({ text: doc.text, date: doc.date, title: doc.title, jurisdiction });
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

/** Reads and analyses every input, streaming: one result per document, failures included. */
export async function* analyzeSources(
  paths: readonly string[],
  opts: AnalyzeOptions,
): AsyncGenerator<AnalyzeResult> {
  for await (const read of readSources(paths, opts)) {
    if (!read.ok) {
      yield read;
      continue;
    }
    yield {
      ok: true,
      name: read.doc.name,
      record: analyzeDocument(read.doc, opts.jurisdiction ?? null),
    };
  }
}
