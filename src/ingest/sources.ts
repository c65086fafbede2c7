import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { SourceEmpty, SourceTooLarge, SourceUnreadable, SourceUnsupported } from "../errors.js";
import { binaryHead, decodeLine, jsonlLineResult, type JsonlLine } from "./readers/jsonl-reader.js";
import { formatBytes } from "./readers/limits.js";
import { readerFor, supportedExtensions } from "./readers/index.js";
import type { ReadResult, ReaderLimits } from "./readers/types.js";
import { notRegular, reasonOf, walkInputs } from "./walk.js";

export interface SourceOptions extends ReaderLimits {
  maxInputBytes: number;
  /** Standard input, for the path `-`. */
  stdin?: Readable;
  /** How to read `-`: by default JSONL when the first character is `{`, else plain text. */
  stdinFormat?: "text" | "markdown" | "jsonl";
}

/**
 * Reads every input, one document at a time: files, folders (recursively, known extensions only,
 * hidden entries skipped, see `walkInputs`) and `-` for standard input. Problems are yielded as
 * failed results in input order; nothing stops the batch.
 */
export async function* readSources(
  paths: readonly string[],
  opts: SourceOptions,
): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === "-") {
      yield* readStdin(opts);
      continue;
    }
    for await (const entry of walkInputs(p)) {
      if (entry.kind === "error") yield { ok: false, name: entry.name, error: entry.error };
      else if (!readerFor(entry.path)) yield unsupported(entry.path);
      else yield* readFileEntry(entry.path, opts);
    }
  }
}

function unsupported(path: string): ReadResult {
  const known = supportedExtensions()
    .map((e) => "." + e)
    .join(", ");
  return failure(path, new SourceUnsupported(path, `unknown file type (Vigil reads ${known})`))
    .result;
}

async function* readFileEntry(path: string, opts: SourceOptions): AsyncGenerator<ReadResult> {
  const reader = readerFor(path)!;
  // Non-blocking, so that a FIFO swapped in after the walk looked cannot hang the open; the
  // handle's own stat then decides, whatever the path points to by now.
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    yield failure(path, new SourceUnreadable(path, reasonOf(err))).result;
    return;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      yield failure(path, new SourceUnreadable(path, notRegular(info))).result;
      return;
    }
    if (reader.format === "jsonl") {
      // A batch streams line by line: its size is bounded per line, not per file.
      yield* streamJsonl(
        path,
        path,
        handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }),
        opts,
      );
      return;
    }
    if (info.size > opts.maxInputBytes) {
      yield failure(
        path,
        new SourceTooLarge(path, formatBytes(info.size), formatBytes(opts.maxInputBytes)),
      ).result;
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await readAtMost(handle, path, opts.maxInputBytes, info.size);
    } catch (err) {
      yield failure(path, err instanceof SourceTooLarge ? err : unreadableError(path, err)).result;
      return;
    }
    yield* reader.read({ name: path, path, bytes }, opts);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * The file's bytes, refusing it once more than `max` arrive (a file that grew after its stat).
 * The buffer is the size the stat gave, plus one byte so that the end shows at once: a fresh
 * megabyte per read, as it was, made the collector the largest cost of reading a folder of
 * articles. A file that grew is read on into a buffer twice as large each time.
 */
async function readAtMost(
  handle: FileHandle,
  path: string,
  max: number,
  statSize: number,
): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(max, statSize) + 1);
  let size = 0;
  for (;;) {
    if (size === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
      buffer.copy(larger, 0, 0, size);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, size, buffer.length - size, null);
    if (bytesRead === 0) return buffer.subarray(0, size);
    size += bytesRead;
    if (size > max)
      throw new SourceTooLarge(path, `more than ${formatBytes(max)}`, formatBytes(max));
  }
}

function unreadableError(path: string, err: unknown): Error {
  return new SourceUnreadable(path, reasonOf(err));
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
  let first = true;
  try {
    for await (const raw of stream) {
      // File streams hand over a new buffer each read: no copy (a 500 MB line is 500 of them).
      let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
      if (first) {
        first = false;
        // A binary file under a JSONL name (a gzip'd batch) is one error, not one per "line".
        const binary = binaryHead(name, chunk);
        if (binary) {
          yield failure(name, binary).result;
          return;
        }
      }
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
