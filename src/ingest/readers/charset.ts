import { SourceEmpty, SourceUnsupported } from "../../errors.js";
import { decodeText, finish, firstInvalidUtf8, rejectBinary } from "./decode.js";

/**
 * The character set a markup file declares in its first 4 KiB, lower-cased, or null:
 *   `<?xml version="1.0" encoding="windows-1252"?>`
 *   `<meta charset="windows-1258">`
 *   `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]);
// A declaration of UTF-16 inside the file itself cannot be true of bytes that were readable as
// ASCII to find it; browsers read such files as UTF-8 and so do we.
const UTF16_LABELS = new Set(["utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"]);

/**
 * Markup bytes to text: a byte-order mark wins, then the declared charset, then strict UTF-8.
 * Pages that declare a legacy charset (windows-1252, iso-8859-1, windows-1258…) but are valid
 * UTF-8 with non-ASCII bytes are read as UTF-8: mislabelled UTF-8 is far more common than legacy
 * text that happens to be valid UTF-8.
 */
export function decodeMarkup(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceEmpty(name);
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const label = hasBom ? null : declaredCharset(bytes);
  if (label === null || UTF8_LABELS.has(label) || UTF16_LABELS.has(label)) {
    return decodeText(name, bytes);
  }
  rejectBinary(name, bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new SourceUnsupported(name, `unknown charset "${label}"`);
  }
  if (decoder.encoding !== "utf-8" && hasNonAscii(bytes) && firstInvalidUtf8(bytes) < 0) {
    return decodeText(name, bytes);
  }
  return finish(name, decoder.decode(bytes));
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
