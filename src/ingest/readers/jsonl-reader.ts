import { SourceMalformed } from "../../errors.js";
import { parseMetaDate } from "./metadata.js";
import type { RawInput, ReadResult, Reader, ReaderLimits, SourceDocument } from "./types.js";
import { checkLength } from "./limits.js";

/**
 * One document per line: `{"id", "text", "title"?, "date"?, "url"?, "outlet"?}`. The text is
 * analysed exactly as given (its offsets belong to whoever produced the file). A bad line is
 * reported with its line number; the other lines go on.
 */
export const jsonlReader: Reader = {
  format: "jsonl",
  extensions: ["jsonl", "ndjson"],
  *read(input: RawInput, limits: ReaderLimits): Iterable<ReadResult> {
    yield* readJsonlLines(input.path, input.name, jsonlLines(input.bytes), limits);
  },
};

/** A line as bytes, decoded strictly: invalid UTF-8 is that line's error, not the batch's. */
export type JsonlLine = string | { invalid: string };

const strict = new TextDecoder("utf-8", { fatal: true });

export function decodeLine(bytes: Uint8Array): JsonlLine {
  try {
    return strict.decode(bytes).replace(/\r$/, "");
  } catch {
    return { invalid: "invalid UTF-8 in this line" };
  }
}

/** Splits bytes into lines lazily, so a large batch is not held twice as strings. */
export function* jsonlLines(bytes: Uint8Array): Iterable<JsonlLine> {
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      yield decodeLine(bytes.subarray(start, i));
      start = i + 1;
    }
  }
}

export function* readJsonlLines(
  path: string,
  name: string,
  lines: Iterable<JsonlLine>,
  limits: ReaderLimits,
): Iterable<ReadResult> {
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    const result = jsonlLineResult(path, name, line, lineNo, limits);
    if (result) yield result;
  }
}

/** The result for one line, or null for a blank line. */
export function jsonlLineResult(
  path: string,
  name: string,
  line: JsonlLine,
  lineNo: number,
  limits: ReaderLimits,
): ReadResult | null {
  const where = `${name}:${lineNo}`;
  if (typeof line !== "string")
    return { ok: false, name: where, error: new SourceMalformed(where, line.invalid) };
  if (line.trim() === "") return null;
  return parseJsonlLine(path, where, line, lineNo, limits);
}

export function parseJsonlLine(
  path: string,
  where: string,
  line: string,
  lineNo: number,
  limits: ReaderLimits,
): ReadResult {
  try {
    let value: unknown;
    try {
      value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
    } catch (err) {
      throw new SourceMalformed(where, `not JSON (${(err as Error).message})`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new SourceMalformed(where, "a line must be a JSON object");
    }
    const o = value as Record<string, unknown>;
    if (typeof o.text !== "string") throw new SourceMalformed(where, 'missing "text" (a string)');
    if (o.text.trim() === "") throw new SourceMalformed(where, '"text" is empty');
    checkLength(where, o.text, limits);
    const id = o.id === undefined || o.id === null ? null : String(o.id);
    const str = (k: string): string | null =>
      typeof o[k] === "string" && o[k] !== "" ? (o[k] as string) : null;
    const doc: SourceDocument = {
      name: id !== null ? `${where} (${id})` : where,
      path,
      id,
      format: "jsonl",
      title: str("title"),
      date: parseMetaDate(o.date),
      url: str("url"),
      outlet: str("outlet"),
      author: str("author"),
      language: str("language"),
      text: o.text,
      provenance: { line: lineNo },
    };
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, name: where, error: error as Error };
  }
}
