import { feedReader } from "./feed-reader.js";
import { htmlReader } from "./html-reader.js";
import { jsonlReader } from "./jsonl-reader.js";
import { markdownReader } from "./markdown-reader.js";
import { pdfReader } from "./pdf-reader.js";
import { textReader } from "./text-reader.js";
import type { Reader } from "./types.js";

/** Every reader, by the extensions it claims. Formats added later register here. */
export const READERS: Reader[] = [
  textReader,
  markdownReader,
  htmlReader,
  pdfReader,
  feedReader,
  jsonlReader,
];

export function extensionOf(path: string): string {
  const base = path.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export function readerFor(path: string): Reader | undefined {
  const ext = extensionOf(path);
  return READERS.find((r) => r.extensions.includes(ext));
}

export function supportedExtensions(): string[] {
  return READERS.flatMap((r) => r.extensions);
}

export type {
  Reader,
  ReadResult,
  SourceDocument,
  RawInput,
  ReaderLimits,
  SourceFormat,
} from "./types.js";
