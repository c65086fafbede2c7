// A first test before a word list's trie: the scans look every word of a stretch up, and most
// words start with two letters no word of the list starts with. A table of 26 bit sets answers
// that from one number instead of two steps down the trie's rows.

import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, foldsIn, wordRuns } from "../../text/word-runs.js";

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

/**
 * First words of phrases, with their letter pairs: `mayHold` answers as `mayHoldWord` does for a
 * trie of them, turning most words away before the trie.
 */
export class HeadWords {
  private readonly trie: WordTrie<true>;
  private readonly pairs: LetterPairs;

  /** `heads`: lower-case ASCII words (a–z only). */
  constructor(heads: readonly string[]) {
    this.trie = new WordTrie(heads.map((h) => [h, true] as const));
    this.pairs = new LetterPairs(heads);
  }

  /**
   * Whether `text[from, to)` may hold a match of a case-insensitive pattern whose matches all
   * start with one of the words at a word edge: a run of letters there (cut to the stretch) is
   * one, or a character folds to an ASCII letter. False means the pattern cannot match.
   */
  mayHold(text: string, from: number, to: number): boolean {
    const runs = wordRuns(text);
    if (foldsIn(runs, from, to)) return true;
    for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
      const i = Math.max(runs.starts[k]!, from);
      if (i >= to) break;
      const end = Math.min(runs.ends[k]!, to);
      if (this.pairs.mayBe(text, i, end) && this.trie.get(text, i, end) !== undefined) return true;
    }
    return false;
  }
}
