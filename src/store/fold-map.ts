import { foldDiacritics } from "../core/text/normalise.js";

// Folding for the search index ("Nguyễn" → "Nguyen"), character by character so that a match
// found in folded text maps back to the original for highlighting. For NFC text this gives the
// same result as folding the whole string. Per-character results are cached: a corpus uses a
// few hundred distinct non-ASCII characters, and NFD/NFC per character would dominate ingest.

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = foldDiacritics(ch);
    if (cache.size < 20_000) cache.set(ch, f);
  }
  return f;
}

function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? s.slice(i, i + 2) : s[i]!;
}

/** The folded text whose tsvector the index stores. */
export function foldForIndex(s: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80) continue;
    const ch = charAt(s, i);
    const f = foldChar(ch);
    if (f !== ch) {
      out += s.slice(last, i) + f;
      last = i + ch.length;
    }
    i += ch.length - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

export interface Folded {
  text: string;
  /** `origin[i]`: offset in the original of folded character `i`; one extra entry for the end. */
  origin: number[];
}

export function foldWithMap(s: string): Folded {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = charAt(s, i);
    const f = s.charCodeAt(i) < 0x80 ? ch : foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    text += f;
    i += ch.length - 1;
  }
  origin.push(s.length);
  return { text, origin };
}
