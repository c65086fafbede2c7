import type { DocumentToStore } from "../../store/document-writer.js";
import type { ErrorInfo } from "../../store/store-types.js";
import type { AnalysisRecord } from "../analyze-service.js";

// Messages between a thread that must stay responsive (the HTTP server) and the worker that reads
// and analyses uploads: reading a PDF and running every extractor take seconds of CPU on a large
// report, which would stall every other request if done on the server's own thread.

export interface UploadRequest {
  /** The file name: its extension chooses the reader (`report.pdf`, `batch.jsonl`). */
  name: string;
  bytes: Uint8Array;
  maxInputBytes: number;
  maxDocumentChars: number;
  jurisdiction: string | null;
}

export interface TextRequest {
  text: string;
  title?: string | null;
  date?: string | null;
  url?: string | null;
  outlet?: string | null;
  jurisdiction: string | null;
  maxDocumentChars: number;
}

/** An upload read and analysed: documents ready for `store.ingest`, and what failed. */
export interface AnalyzedUpload {
  items: DocumentToStore[];
  failures: { id: string; error: ErrorInfo }[];
}

export type ToAnalyzer =
  | { id: number; kind: "upload"; req: UploadRequest }
  | { id: number; kind: "text"; req: TextRequest };

export type FromAnalyzer =
  | { id: number; ok: true; value: AnalyzedUpload | AnalysisRecord }
  | { id: number; ok: false; error: ErrorInfo };
