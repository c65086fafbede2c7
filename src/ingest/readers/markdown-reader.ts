import { SourceEmpty } from "../../errors.js";
import { decodeText } from "./decode.js";
import { splitFrontMatter } from "./front-matter.js";
import { checkLength } from "./limits.js";
import { markdownToText } from "./markdown-text.js";
import { dateFromName, parseMetaDate, webUrl } from "./metadata.js";
import type { RawInput, ReadResult, Reader, ReaderLimits } from "./types.js";
import { textDocument } from "./text-reader.js";

/** Markdown, with optional YAML front matter (title, outlet, date, url, author, language). */
export const markdownReader: Reader = {
  format: "markdown",
  extensions: ["md", "markdown"],
  *read(input: RawInput, limits: ReaderLimits): Iterable<ReadResult> {
    try {
      const raw = decodeText(input.name, input.bytes);
      const { meta, body } = splitFrontMatter(raw);
      const text = markdownToText(body);
      if (text.trim() === "") throw new SourceEmpty(input.name);
      checkLength(input.name, text, limits);
      const doc = textDocument(input, text, "markdown");
      doc.title = meta.title || doc.title;
      doc.date = parseMetaDate(meta.date) ?? dateFromName(input.path);
      doc.url = webUrl(meta.url) ?? doc.url;
      doc.outlet = meta.outlet || null;
      doc.author = meta.author || null;
      doc.language = meta.language || meta.lang || null;
      yield { ok: true, doc };
    } catch (error) {
      yield { ok: false, name: input.name, error: error as Error };
    }
  },
};
