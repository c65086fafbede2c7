import { decodeText } from "./decode.js";
import { dateFromName } from "./metadata.js";
import type { RawInput, ReadResult, Reader, ReaderLimits, SourceDocument } from "./types.js";
import { checkLength } from "./limits.js";

/**
 * Plain text. The whole text is the document (offsets refer to it); the first line is taken as
 * the title when it is short and followed by a blank line, a trailing `Source: <url>` line as the
 * URL, and a date in the file name as the date.
 */
export const textReader: Reader = {
  format: "text",
  extensions: ["txt", "text"],
  *read(input: RawInput, limits: ReaderLimits): Iterable<ReadResult> {
    try {
      const text = decodeText(input.name, input.bytes);
      checkLength(input.name, text, limits);
      yield { ok: true, doc: textDocument(input, text, "text") };
    } catch (error) {
      yield { ok: false, name: input.name, error: error as Error };
    }
  },
};

export function textDocument(
  input: RawInput,
  text: string,
  format: SourceDocument["format"],
): SourceDocument {
  const firstLine = /^\s*([^\n]{1,300})\n\s*\n/.exec(text);
  const source = /\n\s*Source:\s*(https?:\/\/\S+)\s*$/.exec(text);
  return {
    name: input.name,
    path: input.path,
    id: null,
    format,
    title: firstLine ? firstLine[1]!.trim() : null,
    date: dateFromName(input.path),
    url: source ? source[1]! : null,
    outlet: null,
    author: null,
    language: null,
    text,
    provenance: {},
  };
}
