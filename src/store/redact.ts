import { foldWithMap } from "./fold-map.js";
import { escapeRegExp } from "../core/text/escape-regexp.js";

// Masking confidential names in text that leaves the server for readers without the right
// (docs/api.md, "Confidentiality"). Letters and digits become `█`, one per UTF-16 unit, so every
// offset into the text stays true and JSON stays JSON (quotes and backslashes are never touched).

export const MASK = "█";

const LETTER = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The letters and digits of `text[start, end)`, masked. */
function masked(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one letter or none: mask both halves of a letter.
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      const pair = text.slice(i, i + 2);
      out += LETTER.test(pair) ? MASK + MASK : pair;
      i++;
      continue;
    }
    const ch = text[i]!;
    out += LETTER.test(ch) ? MASK : ch;
  }
  return out;
}

/** `text` with the letters and digits of each `[start, end)` range masked, in one pass. */
export function maskRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + masked(text, from, e);
    at = e;
  }
  return out + text.slice(at);
}

/** `spans` (offsets into the document) masked in `text`, a piece of it starting at `offset`. */
export function maskSpans(
  text: string,
  offset: number,
  spans: readonly (readonly [number, number])[],
): string {
  return maskRanges(
    text,
    spans.map(([s, e]) => [s - offset, e - offset] as const),
  );
}

/**
 * The names worth masking wherever they appear: at least two words ("Lê Văn Tám", "Mr. Tám"), or
 * one word of five letters or more. A shorter single word ("Tám") would mask every such word in
 * every text; it is masked only where Vigil resolved the mention to the person (`maskSpans`).
 */
export function maskableNames(names: Iterable<string>): string[][] {
  const out = new Map<string, string[]>();
  for (const name of names) {
    const words = foldWithMap(name).text.toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    if (words.length === 1 && [...words[0]!].length < 5) continue;
    out.set(words.join(" "), words);
  }
  return [...out.values()];
}

export interface NameMasker {
  /** `text` with every occurrence of a name masked (diacritics, case and spacing ignored). */
  mask(text: string): string;
  /** Whether `text` holds one of the names. */
  finds(text: string): boolean;
}

/** A masker for these names (each as its folded, lower-cased words: `maskableNames`). */
export function nameMasker(names: readonly (readonly string[])[]): NameMasker {
  if (names.length === 0) return { mask: (t) => t, finds: () => false };
  // Longest first, so "Lê Văn Tám" wins over "Văn Tám"; words may be joined by up to three
  // characters that are not letters ("Tám,", "Mr. Tám", "Lê-Văn").
  const alternatives = [...names]
    .sort((a, b) => b.join(" ").length - a.join(" ").length)
    .map((words) => words.map(escapeRegExp).join("[^\\p{L}\\p{N}]{1,3}"));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const matches = (text: string): [number, number][] => {
    const folded = foldWithMap(text);
    const found: [number, number][] = [];
    for (const m of folded.text.matchAll(re))
      found.push([folded.origin[m.index]!, folded.origin[m.index + m[0].length]!]);
    return found;
  };
  return {
    mask: (text) => maskRanges(text, matches(text)),
    finds: (text) => matches(text).length > 0,
  };
}
