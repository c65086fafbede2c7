import { SourceMalformed } from "../../errors.js";
import { rejectBinary } from "./decode.js";
import { parseMetaDate, webUrl } from "./metadata.js";
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
    const binary = binaryHead(input.name, input.bytes);
    if (binary) {
      yield { ok: false, name: input.name, error: binary };
      return;
    }
    yield* readJsonlLines(input.path, input.name, jsonlLines(input.bytes), limits);
  },
};

/**
 * The error for a batch whose first bytes are binary, or null. JSON escapes every control
 * character, so a NUL or a run of control bytes means the file is not JSONL at all.
 */
export function binaryHead(name: string, bytes: Uint8Array): Error | null {
  try {
    rejectBinary(name, bytes);
    return null;
  } catch (err) {
    return err as Error;
  }
}

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

// NUL, and UTF-16 surrogates without their other half: JSON can spell both ("\u0000",
// "\ud800"), UTF-8 and the database cannot.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

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
    // The text keeps its offsets (they are the producer's), so what the database cannot hold is
    // replaced one code unit for one: "\u0000" and a lone surrogate become U+FFFD.
    let replaced = 0;
    const clean = (v: string): string =>
      v.replace(UNSTORABLE, () => {
        replaced++;
        return "\ufffd";
      });
    const id = o.id === undefined || o.id === null ? null : clean(String(o.id));
    const str = (k: string): string | null =>
      typeof o[k] === "string" && o[k] !== "" ? clean(o[k] as string) : null;
    const text = clean(o.text);
    const doc: SourceDocument = {
      // The id names the document in reports; a long one is cut there (kept whole as the id).
      name: id !== null ? `${where} (${id.length > 80 ? `${id.slice(0, 80)}…` : id})` : where,
      path,
      id,
      format: "jsonl",
      title: str("title"),
      date: parseMetaDate(o.date),
      url: webUrl(o.url),
      outlet: str("outlet"),
      author: str("author"),
      language: str("language"),
      text,
      provenance: { line: lineNo, ...(replaced ? { replacedCharacters: replaced } : {}) },
    };
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, name: where, error: error as Error };
  }
}
