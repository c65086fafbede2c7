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

const lowerFold = (ch: string): string =>
  foldDiacritics(ch).toLowerCase().replace(APOSTROPHES, "'");

/**
 * `lowerFold` of one code unit, kept by its code (at most 65,536 of them): a document's curly
 * quotes and letters with diacritics were each sliced out as a new one-character string to be
 * looked up by it. A surrogate pair, rare, is folded each time.
 */
const unitFoldCache = new Map<number, string>();

function lowerFoldUnit(code: number): string {
  let folded = unitFoldCache.get(code);
  if (folded === undefined) {
    folded = lowerFold(String.fromCharCode(code));
    unitFoldCache.set(code, folded);
  }
  return folded;
}

/**
 * Offsets 0, 1, 2, …: the origin of a text whose every character folded to one character, as
 * nearly every document's do. Copied out of a kept array (short texts only, so that one long
 * text does not hold on to its memory) rather than written one offset at a time.
 */
let identity: number[] = [];
const IDENTITY_KEPT = 1 << 17;

function identityOffsets(n: number): number[] {
  if (n > IDENTITY_KEPT) {
    const out: number[] = [];
    for (let k = 0; k < n; k++) out.push(k);
    return out;
  }
  if (identity.length < n) {
    const grown = identity.slice();
    while (grown.length < n) grown.push(grown.length);
    identity = grown;
  }
  return identity.slice(0, n);
}

export function foldWithOffsets(source: string): FoldedText {
  // "İ" is the one character whose lower case is longer: without it, the text lower-cased whole
  // holds each ASCII run's lower case at the run's own offsets, sliced out with no copy to
  // lower-case.
  if (source.includes("\u0130")) return foldShifted(source);
  const lower = source.toLowerCase();
  const parts: string[] = [];
  // ASCII letters and digits fold to themselves (lower-cased): the common case, copied a run at
  // a time with no lookups. While every other character folds to one, each folded offset is its
  // source offset; the first that does not (a mark, an astral character) sends the text to
  // `foldShifted`.
  let run = 0;
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) {
      i++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) return foldShifted(source);
    const folded = lowerFoldUnit(code);
    if (folded.length !== 1) return foldShifted(source);
    if (i > run) parts.push(lower.slice(run, i));
    parts.push(folded);
    i++;
    run = i;
  }
  if (source.length > run) parts.push(lower.slice(run));
  return {
    text: parts.join(""),
    origin: identityOffsets(source.length),
    sourceLength: source.length,
  };
}

/** `foldWithOffsets` of a text where some character folds to none or to several. */
function foldShifted(source: string): FoldedText {
  const parts: string[] = [];
  // Sized for the source at the outset: the folded text is about as long, and an array grown one
  // push at a time allocates about three times its final size on the way.
  const origin = new Array<number>(source.length);
  let o = 0;
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
    const folded = width === 1 ? lowerFoldUnit(code) : lowerFold(source.slice(i, i + width));
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
