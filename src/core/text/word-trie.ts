// Lower-case ASCII words looked up straight from the text, letters in any case, without slicing
// the word out and lower-casing it: the scans below test every word of a sentence against a short
// list, and most words fail on their first letters.

export class WordTrie<T> {
  /** Node `n`'s child for letter `c` (a = 0) is `child[n * 26 + c]`; 0 is none (node 0 is the root). */
  private readonly child: number[] = Array<number>(26).fill(0);
  private readonly values: (T | undefined)[] = [undefined];

  /** `entries`: lower-case ASCII words (a–z only) and their values. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      if (!/^[a-z]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${word}`);
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const slot = node * 26 + word.charCodeAt(k) - 97;
        if (this.child[slot] === 0) {
          this.child[slot] = this.values.length;
          this.values.push(undefined);
          for (let i = 0; i < 26; i++) this.child.push(0);
        }
        node = this.child[slot]!;
      }
      this.values[node] = value;
    }
  }

  /** The value of `text[start, end)`, ASCII letters in any case, or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    let node = 0;
    for (let k = start; k < end; k++) {
      // 0–25 for a–z and A–Z; anything else is no letter of a word here.
      const letter = (text.charCodeAt(k) | 0x20) - 97;
      if (letter < 0 || letter > 25) return undefined;
      node = this.child[node * 26 + letter]!;
      if (node === 0) return undefined;
    }
    return this.values[node];
  }
}
