import { SourceMalformed } from "../../errors.js";
import { normaliseText } from "../../core/text/normalise.js";
import { decodeMarkup } from "./charset.js";
import { parseDocument } from "./dom.js";
import { articleText, safeToParse, withFallback, type ExtractionMethod } from "./html-article.js";
import { pageMetadata, type PageMetadata } from "./html-metadata.js";
import { decodeEntities, strippedText } from "./html-strip.js";
import { checkLength } from "./limits.js";
import { dateFromName } from "./metadata.js";
import type { RawInput, ReadResult, Reader, ReaderLimits, SourceDocument } from "./types.js";

/**
 * A saved web page. The article body is kept and the page furniture (navigation, header, footer,
 * share buttons, related links, captions) dropped; title, date, author, URL, outlet and language
 * come from the page's metadata. Nothing in the page runs: scripts are never executed, only
 * skipped.
 */
export const htmlReader: Reader = {
  format: "html",
  extensions: ["html", "htm", "xhtml"],
  *read(input: RawInput, limits: ReaderLimits): Iterable<ReadResult> {
    try {
      yield { ok: true, doc: readHtml(input, limits) };
    } catch (error) {
      yield { ok: false, name: input.name, error: error as Error };
    }
  },
};

export function readHtml(input: RawInput, limits: ReaderLimits): SourceDocument {
  const html = decodeMarkup(input.name, input.bytes);
  const stripped = (): Extracted => ({
    meta: {
      title: markupTitle(html),
      date: null,
      author: null,
      url: null,
      outlet: null,
      language: null,
    },
    found: { text: strippedText(html), method: "stripped" },
  });
  const { meta, found } = safeToParse(html)
    ? withFallback((): Extracted => {
        const doc = parseDocument(html);
        return { meta: pageMetadata(doc), found: articleText(doc) };
      }, stripped)
    : stripped();
  const text = normaliseText(found.text);
  if (text.trim() === "") throw new SourceMalformed(input.name, "no article text found");
  checkLength(input.name, text, limits);
  return {
    name: input.name,
    path: input.path,
    id: null,
    format: "html",
    title: meta.title,
    date: meta.date ?? dateFromName(input.path),
    url: meta.url,
    outlet: meta.outlet,
    author: meta.author,
    language: meta.language,
    text,
    provenance: { extraction: found.method },
  };
}

interface Extracted {
  meta: PageMetadata;
  found: { text: string; method: ExtractionMethod };
}

/** The `<title>` of markup too deep for the DOM, found by a plain search. */
function markupTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, 65536));
  const title = m ? decodeEntities(m[1]!).replace(/\s+/g, " ").trim() : "";
  return title === "" ? null : title;
}
