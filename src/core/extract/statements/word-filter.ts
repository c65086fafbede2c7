// A test that turns most words away before a look-up in a large word list. Looking each word up
// in the Map of a thousand cue forms took about 8 % of the statements pass in a CPU profile, more
// than the rest of the walk over the sentence: the Map's table does not stay in the processor's
// caches between documents. This reads one bit of a 4 KB table, chosen by the word's length and
// its first and last two characters.
//   filter of "said", "told", "claim": "the" and "police" turned away; "sold" may get through
//   (same length and ends as "said"), for the look-up to decide.

const BITS = 1 << 15;

function slot(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  // FNV-style steps over length and the four characters, then a final mix; the high bits are kept.
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  h = Math.imul(h ^ w.charCodeAt(0), 0x01000193);
  h = Math.imul(h ^ (n > 1 ? w.charCodeAt(1) : 0), 0x01000193);
  h = Math.imul(h ^ (n > 2 ? w.charCodeAt(n - 2) : 0), 0x01000193);
  h = Math.imul(h ^ w.charCodeAt(n - 1), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 17;
}

export class WordFilter {
  private readonly bits = new Int32Array(BITS >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const i = slot(word);
    this.bits[i >>> 5] = this.bits[i >>> 5]! | (1 << (i & 31));
  }

  /** False only for a word never added; true for every added word and a few others. */
  mayHold(word: string): boolean {
    const i = slot(word);
    return (this.bits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
}
