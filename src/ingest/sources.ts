import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { SourceEmpty, SourceTooLarge, SourceUnreadable, SourceUnsupported } from "../errors.js";
import { decodeLine, jsonlLineResult, type JsonlLine } from "./readers/jsonl-reader.js";
import { formatBytes } from "./readers/limits.js";
import { readerFor, supportedExtensions } from "./readers/index.js";
import type { ReadResult, ReaderLimits } from "./readers/types.js";

export interface SourceOptions extends ReaderLimits {
  maxInputBytes: number;
  /** Standard input, for the path `-`. */
  stdin?: Readable;
  /** How to read `-`: by default JSONL when the first character is `{`, else plain text. */
  stdinFormat?: "text" | "markdown" | "jsonl";
}

/** An input named on the command line, expanded: a file to read, or a problem to report. */
type Entry =
  { kind: "file"; path: string } | { kind: "stdin" } | { kind: "error"; result: ReadResult };

/**
 * Reads every input, one document at a time: files, folders (recursively, known extensions only,
 * hidden entries skipped) and `-` for standard input. Problems are yielded as failed results in
 * input order; nothing stops the batch.
 */
export async function* readSources(
  paths: readonly string[],
  opts: SourceOptions,
): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    for await (const entry of expand(p)) {
      if (entry.kind === "error") yield entry.result;
      else if (entry.kind === "stdin") yield* readStdin(opts);
      else yield* readFileEntry(entry.path, opts);
    }
  }
}

async function* expand(p: string): AsyncGenerator<Entry> {
  if (p === "-") {
    yield { kind: "stdin" };
    return;
  }
  let info;
  try {
    info = await stat(p);
  } catch (err) {
    yield failure(p, new SourceUnreadable(p, reasonOf(err)));
    return;
  }
  if (info.isDirectory()) {
    yield* walk(p);
  } else if (!readerFor(p)) {
    yield failure(
      p,
      new SourceUnsupported(
        p,
        `unknown file type (Vigil reads ${supportedExtensions()
          .map((e) => "." + e)
          .join(", ")})`,
      ),
    );
  } else {
    yield { kind: "file", path: p };
  }
}

async function* walk(dir: string): AsyncGenerator<Entry> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    yield failure(dir, new SourceUnreadable(dir, reasonOf(err)));
    return;
  }
  for (const name of names) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield failure(path, new SourceUnreadable(path, reasonOf(err)));
      continue;
    }
    if (info.isDirectory()) yield* walk(path);
    else if (readerFor(path)) yield { kind: "file", path };
  }
}

async function* readFileEntry(path: string, opts: SourceOptions): AsyncGenerator<ReadResult> {
  const reader = readerFor(path)!;
  if (reader.format === "jsonl") {
    yield* streamJsonl(path, path, createReadStream(path, { highWaterMark: 1 << 20 }), opts);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > opts.maxInputBytes) {
      yield failure(
        path,
        new SourceTooLarge(path, formatBytes(info.size), formatBytes(opts.maxInputBytes)),
      ).result;
      return;
    }
    bytes = await readFile(path);
  } catch (err) {
    yield failure(path, new SourceUnreadable(path, reasonOf(err))).result;
    return;
  }
  yield* reader.read({ name: path, path, bytes }, opts);
}

async function* readStdin(opts: SourceOptions): AsyncGenerator<ReadResult> {
  const stdin = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  let first: number | undefined;
  const iterator = stdin[Symbol.asyncIterator]();
  // Peek at the first bytes to choose the format, then either stream JSONL or collect text.
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.from(next.value as Buffer);
    chunks.push(chunk);
    size += chunk.length;
    const nonSpace = chunk.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
    if (nonSpace >= 0) first = chunk[nonSpace];
  }
  const format = opts.stdinFormat ?? (first === 0x7b ? "jsonl" : "text");
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (format === "jsonl") {
    yield* streamJsonl("-", "-", concatStreams(chunks, rest), opts);
    return;
  }
  for await (const chunk of rest) {
    chunks.push(Buffer.from(chunk as Buffer));
    size += (chunk as Buffer).length;
    if (size > opts.maxInputBytes) {
      yield failure(
        "-",
        new SourceTooLarge(
          "-",
          `more than ${formatBytes(opts.maxInputBytes)}`,
          formatBytes(opts.maxInputBytes),
        ),
      ).result;
      return;
    }
  }
  const reader = readerFor(format === "markdown" ? "-.md" : "-.txt")!;
  yield* reader.read({ name: "-", path: "-", bytes: Buffer.concat(chunks) }, opts);
}

async function* concatStreams(
  head: Buffer[],
  rest: AsyncIterable<unknown>,
): AsyncGenerator<Buffer> {
  yield* head;
  for await (const chunk of rest) yield Buffer.from(chunk as Buffer);
}

/**
 * JSONL from a byte stream, a line at a time, decoded strictly per line. A line longer than the
 * document limit is skipped as it streams past, never buffered whole.
 */
export async function* streamJsonl(
  path: string,
  name: string,
  stream: AsyncIterable<unknown>,
  opts: ReaderLimits,
): AsyncGenerator<ReadResult> {
  const maxLineBytes = opts.maxDocumentChars * 4 + 65536;
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let oversized = false;
  let lineNo = 0;
  let documents = 0;
  const finishLine = (tail: Buffer): ReadResult | null => {
    lineNo++;
    const size = pendingSize + tail.length;
    if (oversized || size > maxLineBytes) {
      const where = `${name}:${lineNo}`;
      oversized = false;
      pending = [];
      pendingSize = 0;
      return failure(
        where,
        new SourceTooLarge(
          where,
          "line longer than the document limit",
          `${opts.maxDocumentChars} characters`,
        ),
      ).result;
    }
    const line: JsonlLine = decodeLine(pending.length ? Buffer.concat([...pending, tail]) : tail);
    pending = [];
    pendingSize = 0;
    return jsonlLineResult(path, name, line, lineNo, opts);
  };
  try {
    for await (const raw of stream) {
      let chunk = Buffer.from(raw as Buffer);
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a)) {
        const result = finishLine(chunk.subarray(0, nl));
        if (result) {
          documents++;
          yield result;
        }
        chunk = chunk.subarray(nl + 1);
      }
      if (chunk.length) {
        if (oversized || pendingSize + chunk.length > maxLineBytes) {
          oversized = true;
          pending = [];
          pendingSize = 0;
        } else {
          pending.push(Buffer.from(chunk));
          pendingSize += chunk.length;
        }
      }
    }
  } catch (err) {
    yield failure(name, new SourceUnreadable(name, reasonOf(err))).result;
    return;
  }
  if (pendingSize > 0 || oversized) {
    const result = finishLine(Buffer.alloc(0));
    if (result) {
      documents++;
      yield result;
    }
  }
  if (documents === 0) yield failure(name, new SourceEmpty(name)).result;
}

function failure(name: string, error: Error): { kind: "error"; result: ReadResult } {
  return { kind: "error", result: { ok: false, name, error } };
}

function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "no such file or directory";
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  if (e.code === "EISDIR") return "is a directory";
  return e.message ?? String(err);
}
