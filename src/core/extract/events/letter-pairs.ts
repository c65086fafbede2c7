// A first test before a word list's trie: the scans look every word of a stretch up, and most
// words start with two letters no word of the list starts with. A table of 26 bit sets answers
// that from one number instead of two steps down the trie's rows.

export class LetterPairs {
  /** For each first letter (a = 0), a bit for each second letter some word has after it. */
  private readonly pairs = new Int32Array(26);
  /** A bit for each word of one letter. */
  private singles = 0;

  /** `words`: lower-case ASCII words (a–z only), as a `WordTrie` takes them. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`not a lower-case ASCII word: ${w}`);
      const a = w.charCodeAt(0) - 97;
      if (w.length === 1) this.singles |= 1 << a;
      else this.pairs[a]! |= 1 << (w.charCodeAt(1) - 97);
    }
  }

  /**
   * False when no word of the list is `text[start, end)`, a stretch of ASCII letters (a run of the
   * document's word runs, whole or cut), in any case; true when one may be.
   */
  mayBe(text: string, start: number, end: number): boolean {
    const a = (text.charCodeAt(start) | 0x20) - 97;
    if (end - start === 1) return (this.singles & (1 << a)) !== 0;
    return (this.pairs[a]! & (1 << ((text.charCodeAt(start + 1) | 0x20) - 97))) !== 0;
  }
}
