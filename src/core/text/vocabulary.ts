// Sets of lower-case words that a text's words are tested against by shape first: the first two
// ASCII letters and the length tell nearly every word that is not in the set without
// lower-casing it.

/**
 * A set of lower-case words with their shapes (first two letters, then a bit per length), so
 * that the words of a text that are not in it (nearly all of them) are told apart without
 * lower-casing them.
 */
export interface Vocabulary {
  words: ReadonlySet<string>;
  /** By the first two letters (a–z, or none for the second): a bit for each length below 31. */
  shapes: Uint32Array;
}

/** 0–25 for an ASCII letter in either case, -1 for anything else. */
function letterIndex(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  return -1;
}

export function vocabulary(words: Iterable<string>): Vocabulary {
  const set = new Set(words);
  const shapes = new Uint32Array(26 * 27);
  for (const w of set) {
    // a word of a text starts with letters, and one of another shape is always looked up
    const a = letterIndex(w.charCodeAt(0));
    const b = w.length > 1 ? letterIndex(w.charCodeAt(1)) : 26;
    if (w.length >= 31 || a < 0 || b < 0) continue;
    shapes[a * 27 + b] = shapes[a * 27 + b]! | (1 << w.length);
  }
  return { words: set, shapes };
}

/** False when the word `text[start, end)`, lower-cased, is surely not in `v`. */
export function mayBeIn(v: Vocabulary, text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n >= 31) return true;
  const a = letterIndex(text.charCodeAt(start));
  const b = n > 1 ? letterIndex(text.charCodeAt(start + 1)) : 26;
  // other characters (which may lower-case to ASCII, as "K" does) are always looked up
  if (a < 0 || b < 0) return true;
  return (v.shapes[a * 27 + b]! & (1 << n)) !== 0;
}
