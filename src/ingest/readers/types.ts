import type { PartialDate } from "../../core/types.js";

/** One document as a reader delivers it: text the offsets refer to, and what is known about it. */
export interface SourceDocument {
  /** Display name: the path, `path:line` for a JSONL line, `-` for standard input. */
  name: string;
  path: string;
  /** The document's own id (JSONL `id`), kept on output. */
  id: string | null;
  format: SourceFormat;
  title: string | null;
  date: PartialDate | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
  text: string;
  /** Reader-specific provenance: PDF page offsets, feed item link, JSONL line number. */
  provenance: Record<string, unknown>;
}

export type SourceFormat = "text" | "markdown" | "jsonl" | "html" | "pdf" | "feed";

/** A reader's result for one document: batch work reports per item and goes on. */
export type ReadResult =
  { ok: true; doc: SourceDocument } | { ok: false; name: string; error: Error };

/** The raw input handed to a reader. */
export interface RawInput {
  name: string;
  path: string;
  bytes: Uint8Array;
}

export interface Reader {
  format: SourceFormat;
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  read(input: RawInput, limits: ReaderLimits): AsyncIterable<ReadResult> | Iterable<ReadResult>;
}

export interface ReaderLimits {
  maxDocumentChars: number;
}
