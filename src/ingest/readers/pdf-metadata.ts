import type { PartialDate } from "../../core/types.js";
import { parseMetaDate } from "./metadata.js";

export interface PdfMetadata {
  title: string | null;
  author: string | null;
  date: PartialDate | null;
  language: string | null;
}

/** The part of pdf.js's document proxy this module reads. */
interface MetadataSource {
  getMetadata(): Promise<{
    info: unknown;
    metadata: { get(name: string): unknown } | null;
  }>;
}

// Titles that name the file or the tool, not the document: "Microsoft Word - report2.docx".
const JUNK_TITLE =
  /^(untitled|microsoft (word|powerpoint|excel) - .*|.*\.(docx?|odt|rtf|pdf|indd|pages))$/i;

// Info strings sometimes carry control bytes from a wrong decoding.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;

/**
 * Title, author, creation date and language: XMP (`dc:title`, `dc:creator`, `xmp:createdate`,
 * `dc:language`) first, as the newer record, then the Info dictionary and the catalog's /Lang.
 */
export async function pdfMetadata(pdf: MetadataSource): Promise<PdfMetadata> {
  let info: Record<string, unknown> = {};
  let xmp: { get(name: string): unknown } | null = null;
  try {
    const result = await pdf.getMetadata();
    info = (result.info ?? {}) as Record<string, unknown>;
    xmp = result.metadata;
  } catch {
    // Broken metadata is not a reason to lose the text.
  }
  const x = (key: string): string | null => text(xmp?.get(key));
  const i = (key: string): string | null => text(info[key]);
  const title = [x("dc:title"), i("Title")].find((t) => t !== null && !JUNK_TITLE.test(t));
  return {
    title: title ?? null,
    author: x("dc:creator") ?? i("Author"),
    date: parseMetaDate(x("xmp:createdate")) ?? pdfDate(i("CreationDate")),
    language: i("Language") ?? x("dc:language"),
  };
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => v !== null);
    return parts.length ? parts.join(", ") : null;
  }
  if (typeof value !== "string") return null;
  const t = value.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  return t === "" ? null : t.normalize("NFC");
}

/** A PDF date string, "D:20240314093000+07'00'", to the date it names (as written, not UTC). */
export function pdfDate(value: string | null): PartialDate | null {
  const m = value && /^(?:D:)?((?:19|20)\d\d)(\d\d)?(\d\d)?/.exec(value);
  if (!m) return null;
  return parseMetaDate([m[1], m[2], m[3]].filter(Boolean).join("-"));
}
