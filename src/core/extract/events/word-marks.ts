// The word lists the events pass tests the words of a stretch against — the trigger words' first
// words, pronouns and description words, the non-event cues' first words, "serve", the facing
// words — read for every word of a document in one walk. Each sentence was walked once per list
// and the words before and after each trigger again for its subject and object: about three
// lookups per word of the document, each a walk down a trie, where one walk per word does now.

import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, foldsIn, wordRuns, type WordRuns } from "../../text/word-runs.js";

/** Every list made, in order: a list's slot is its index here. */
const LISTS: MarkedWords<unknown>[] = [];

/** The lists' words together: a word's id indexes `VALUES` and `BITS`. */
interface Union {
  /** How many lists it was built from: one made after it (a test's) builds it again. */
  lists: number;
  ids: WordTrie<number>;
  /** Each word's value in each list (undefined where a list does not hold it). */
  values: unknown[][];
  /** Bit `slot` set where list `slot` holds the word. */
  bits: number[];
}
let union: Union | null = null;

function unionOf(): Union {
  if (union && union.lists === LISTS.length) return union;
  const words = [...new Set(LISTS.flatMap((l) => l.words))];
  const values = words.map((w) => LISTS.map((l) => l.trie.get(w, 0, w.length)));
  const bits = values.map((v) =>
    v.reduce<number>((b, x, s) => (x === undefined ? b : b | (1 << s)), 0),
  );
  union = {
    lists: LISTS.length,
    ids: new WordTrie(words.map((w, i) => [w, i] as const)),
    values,
    bits,
  };
  return union;
}

/** Per document: each run's word id (-1 for a word in no list) and its bits. */
interface Marks {
  union: Union;
  ids: Int32Array;
  bits: Int32Array;
}
const MARKS = new WeakMap<WordRuns, Marks>();

function marksOf(runs: WordRuns): Marks {
  const u = unionOf();
  let marks = MARKS.get(runs);
  if (marks && marks.union === u) return marks;
  const n = runs.starts.length;
  const ids = new Int32Array(n);
  const bits = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const id = u.ids.get(runs.text, runs.starts[k]!, runs.ends[k]!) ?? -1;
    ids[k] = id;
    bits[k] = id < 0 ? 0 : u.bits[id]!;
  }
  marks = { union: u, ids, bits };
  MARKS.set(runs, marks);
  return marks;
}

/**
 * A list of lower-case ASCII words with values, looked up as `WordTrie` does (letters in any
 * case), but for a whole run of a document's letters from the document's marks.
 */
export class MarkedWords<T> {
  readonly trie: WordTrie<T>;
  readonly words: string[];
  private readonly slot: number;
  private readonly bit: number;

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    if (LISTS.length >= 31) throw new Error("too many marked word lists");
    this.trie = new WordTrie(entries);
    this.words = entries.map(([w]) => w);
    this.slot = LISTS.length;
    this.bit = 1 << this.slot;
    LISTS.push(this);
  }

  /** The marks of `runs` (the document's), for `at`. */
  marks(runs: WordRuns): Marks {
    return marksOf(runs);
  }

  /**
   * The value of `runs.text[i, end)`, a stretch of run `k` (all of it, or cut by the stretch a
   * scan reads): from the marks for a whole run, else from the trie.
   */
  at(runs: WordRuns, marks: Marks, k: number, i: number, end: number): T | undefined {
    if (i !== runs.starts[k] || end !== runs.ends[k]) return this.trie.get(runs.text, i, end);
    if ((marks.bits[k]! & this.bit) === 0) return undefined;
    return marks.union.values[marks.ids[k]!]![this.slot] as T;
  }

  /**
   * Whether `text[from, to)` may hold a match of a case-insensitive pattern whose matches all
   * start with one of the words at a word edge: as `mayHoldWord` answers for a trie of them.
   */
  mayHold(text: string, from: number, to: number): boolean {
    const runs = wordRuns(text);
    if (foldsIn(runs, from, to)) return true;
    const marks = marksOf(runs);
    const { starts, ends } = runs;
    for (let k = firstRunAfter(ends, from); k < starts.length; k++) {
      const i = Math.max(starts[k]!, from);
      if (i >= to) break;
      const end = Math.min(ends[k]!, to);
      if (i === starts[k] && end === ends[k]) {
        if ((marks.bits[k]! & this.bit) !== 0) return true;
      } else if (this.trie.get(text, i, end) !== undefined) return true;
    }
    return false;
  }
}

export type { Marks as WordMarks };
