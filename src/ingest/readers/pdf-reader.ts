import {
  SourceEmpty,
  SourceEncrypted,
  SourceMalformed,
  SourceNoText,
  SourceTooLarge,
} from "../../errors.js";
import { normaliseText } from "../../core/text/normalise.js";
import { checkLength } from "./limits.js";
import { dateFromName } from "./metadata.js";
import { pageText, type PdfTextItem } from "./pdf-layout.js";
import { pdfMetadata } from "./pdf-metadata.js";
import { DOCUMENT_OPTIONS, loadPdfJs } from "./pdfjs.js";
import type { RawInput, ReadResult, Reader, ReaderLimits, SourceDocument } from "./types.js";

/** Where one page's text lies in the document text: `text.slice(start, end)`. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/**
 * A PDF with a text layer. Pages are read in order and joined by blank lines; each page's span
 * in the text is kept in `provenance.pages`, so a finding's offset leads back to its page.
 * Title, author, date and language come from the document's metadata (XMP, then the Info
 * dictionary). Encrypted, scanned (no text layer) and corrupt files are reported, not guessed at.
 */
export const pdfReader: Reader = {
  format: "pdf",
  extensions: ["pdf"],
  async *read(input: RawInput, limits: ReaderLimits): AsyncIterable<ReadResult> {
    try {
      yield { ok: true, doc: await readPdf(input, limits) };
    } catch (error) {
      yield { ok: false, name: input.name, error: error as Error };
    }
  },
};

export async function readPdf(input: RawInput, limits: ReaderLimits): Promise<SourceDocument> {
  const { name, bytes } = input;
  if (bytes.length === 0) throw new SourceEmpty(name);
  if (!hasPdfHeader(bytes)) throw new SourceMalformed(name, "not a PDF (no %PDF- header)");
  const pdfjs = await loadPdfJs();
  // A copy: pdf.js may take ownership of the buffer it is given.
  const task = pdfjs.getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(bytes) });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (err) {
      throw openError(name, err);
    }
    const pages: string[] = [];
    const unreadable: number[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      let text = "";
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        text = normaliseText(pageText(content.items as PdfTextItem[]));
        page.cleanup();
      } catch {
        // One damaged page does not sink the document; it is listed in provenance.
        unreadable.push(n);
      }
      pages.push(text);
      length += text.length + 2;
      if (length > limits.maxDocumentChars + 2) {
        throw new SourceTooLarge(
          name,
          `more than ${limits.maxDocumentChars} characters by page ${n}`,
          `${limits.maxDocumentChars} characters`,
        );
      }
    }
    if (unreadable.length === pages.length) {
      throw new SourceMalformed(name, "no page could be read");
    }
    if (pages.every((p) => p.trim() === "")) {
      throw new SourceNoText(name, "no text layer (scanned image?); run OCR first");
    }
    const { text, spans } = joinPages(pages);
    checkLength(name, text, limits);
    const meta = await pdfMetadata(pdf);
    return {
      name,
      path: input.path,
      id: null,
      format: "pdf",
      title: meta.title,
      date: meta.date ?? dateFromName(input.path),
      url: null,
      outlet: null,
      author: meta.author,
      language: meta.language,
      text,
      provenance: { pages: spans, ...(unreadable.length ? { unreadablePages: unreadable } : {}) },
    };
  } finally {
    await task.destroy();
  }
}

/** Pages joined by blank lines; a page without text has an empty span where it would be. */
export function joinPages(pages: readonly string[]): { text: string; spans: PageSpan[] } {
  let text = "";
  const spans: PageSpan[] = [];
  pages.forEach((page, i) => {
    if (page !== "" && text !== "") text += "\n\n";
    const start = text.length;
    text += page;
    spans.push({ page: i + 1, start, end: text.length });
  });
  return { text, spans };
}

/** `%PDF-` within the first KiB, where readers accept it (some files start with junk). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

function openError(name: string, err: unknown): Error {
  const e = err as { name?: string; message?: string };
  if (e?.name === "PasswordException") return new SourceEncrypted(name, "password required");
  if (e?.name === "InvalidPDFException")
    return new SourceMalformed(name, "invalid PDF structure (truncated or corrupt?)");
  return new SourceMalformed(name, `cannot open the PDF (${e?.message ?? String(err)})`);
}
