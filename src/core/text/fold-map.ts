import { foldDiacritics } from "./normalise.js";
import type { Span } from "../types.js";

/**
 * A diacritic-folded, lower-cased copy of a text that remembers where each of its characters came
 * from, so that matches found in the copy ("dieu 117 bo luat hinh su") map back to offsets in the
 * original ("Điều 117 Bộ luật Hình sự"). Curly apostrophes become straight ones.
 */
export interface FoldedText {
  readonly text: string;
  /** origin[i] = offset in the source of folded character i. */
  readonly origin: readonly number[];
  readonly sourceLength: number;
}

const APOSTROPHES = /[’‘`ʼ]/g;

const lowerFoldCache = new Map<string, string>();

function lowerFold(ch: string): string {
  let folded = lowerFoldCache.get(ch);
  if (folded === undefined) {
    folded = foldDiacritics(ch).toLowerCase().replace(APOSTROPHES, "'");
    if (lowerFoldCache.size < 65536) lowerFoldCache.set(ch, folded);
  }
  return folded;
}

export function foldWithOffsets(source: string): FoldedText {
  const parts: string[] = [];
  // Sized for the source at the outset: the folded text is about as long, and an array grown one
  // push at a time allocates about three times its final size on the way.
  const origin = new Array<number>(source.length);
  let o = 0;
  // ASCII letters and digits fold to themselves (lower-cased): the common case, copied a run at
  // a time with no lookups.
  let run = 0;
  const ascii = (to: number) => {
    if (to <= run) return;
    parts.push(source.slice(run, to).toLowerCase());
    for (let k = run; k < to; k++) origin[o++] = k;
  };
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) {
      i++;
      continue;
    }
    ascii(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    const folded = lowerFold(source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) origin[o++] = i;
    parts.push(folded);
    i += width;
    run = i;
  }
  ascii(source.length);
  // A character may fold to fewer (a mark to none) or more: the length is what was written.
  origin.length = o;
  return { text: parts.join(""), origin, sourceLength: source.length };
}

/** The source span of folded range [start, end). */
export function sourceSpan(f: FoldedText, start: number, end: number): Span {
  const s = start < f.origin.length ? f.origin[start]! : f.sourceLength;
  const e = end < f.origin.length ? f.origin[end]! : f.sourceLength;
  return { start: s, end: Math.max(s, e) };
}

/** The folded offset of source offset `offset` (the first folded character at or after it). */
export function foldedOffset(f: FoldedText, offset: number): number {
  let lo = 0;
  let hi = f.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
