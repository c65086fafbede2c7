import { SourceBinary, SourceEmpty, SourceEncoding } from "../../errors.js";
import { normaliseText } from "../../core/text/normalise.js";

/**
 * Bytes to text, or the reason they are not text. Checked in this order so that a binary file is
 * called binary rather than "invalid UTF-8": empty, binary (NUL bytes or a high share of control
 * characters in the first 8 KiB), UTF-8 validity. UTF-16 with a byte-order mark is accepted.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceEmpty(name);
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const le = bytes[0] === 0xff;
    try {
      return finish(
        name,
        new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes),
      );
    } catch {
      throw new SourceEncoding(name, "broken UTF-16");
    }
  }
  rejectBinary(name, bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SourceEncoding(name, at >= 0 ? `at byte ${at}` : "an invalid byte sequence");
  }
  return finish(name, text);
}

/**
 * Throws when the bytes hold a NUL anywhere (text never does; the database cannot store it) or the
 * first 8 KiB hold more than 10% control bytes.
 */
export function rejectBinary(name: string, bytes: Uint8Array): void {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) throw new SourceBinary(name, `NUL byte at offset ${i}`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length * 0.1)
    throw new SourceBinary(name, `${control} control bytes in the first ${head.length}`);
  const nul = bytes.indexOf(0, head.length);
  if (nul >= 0) throw new SourceBinary(name, `NUL byte at offset ${nul}`);
}

/** Normalised text, or SourceEmpty when nothing but whitespace is left. */
export function finish(name: string, decoded: string): string {
  const text = normaliseText(decoded);
  if (text.trim() === "") throw new SourceEmpty(name);
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
