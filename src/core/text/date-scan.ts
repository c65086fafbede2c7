// Reading a text's date patterns only where a match can start: at runs of digits that pass a
// test, or at words of given lists, with a sticky copy of each pattern.

import { wordRuns, type WordRuns } from "./word-runs.js";

/**
 * Where a pattern's matches can start, so the text is not tried at every offset: at the start of a
 * run of digits that passes a test (on the run `[start, end)` and what follows it), at the start
 * of a word (a run of ASCII letters) in one of the word lists (a `WordBits` bit), or, for
 * patterns with a word that has letters beyond ASCII, anywhere in a text that holds that word.
 */
export type Starts =
  | { digits: (text: string, start: number, end: number) => boolean }
  | { words: number }
  | { needs: string };

/**
 * Words to test runs of the text against without slicing them out, each with the bits of the
 * lists that hold it. A trie over the letters in any case (node `n`'s child for letter `c`, a = 0,
 * at `n * 26 + c`): most words leave it at their first letters. A word found in it has the bits
 * of the lists read in any case, and those of the lists read as written whose form it has.
 */
export class WordBits {
  private readonly child: number[] = Array<number>(26).fill(0);
  private readonly anyCase: number[] = [0];
  private readonly asWritten: Array<Map<string, number> | undefined> = [undefined];

  constructor(
    lists: ReadonlyArray<readonly [bit: number, words: readonly string[], fold: boolean]>,
  ) {
    for (const [bit, words, fold] of lists) {
      for (const w of words) {
        if (!/^[A-Za-z]+$/.test(w)) throw new Error(`not an ASCII word: ${w}`);
        let node = 0;
        for (let k = 0; k < w.length; k++) {
          const slot = node * 26 + (w.charCodeAt(k) | 0x20) - 97;
          if (this.child[slot] === 0) {
            this.child[slot] = this.anyCase.length;
            this.anyCase.push(0);
            this.asWritten.push(undefined);
            for (let i = 0; i < 26; i++) this.child.push(0);
          }
          node = this.child[slot]!;
        }
        if (fold) this.anyCase[node]! |= bit;
        else {
          const forms = (this.asWritten[node] ??= new Map());
          forms.set(w, (forms.get(w) ?? 0) | bit);
        }
      }
    }
  }

  /** The bits of `text[start, end)` (ASCII letters): 0 for a word in no list. */
  get(text: string, start: number, end: number): number {
    let node = 0;
    for (let k = start; k < end; k++) {
      node = this.child[node * 26 + (text.charCodeAt(k) | 0x20) - 97]!;
      if (node === 0) return 0;
    }
    const forms = this.asWritten[node];
    return this.anyCase[node]! | (forms?.get(text.slice(start, end)) ?? 0);
  }
}

/**
 * One text's pattern matches, each pattern read once. A global pattern run over the text tries
 * every offset, and a lookbehind first is costly at each: the matches are read instead only where
 * they can start (see `Starts`), with a sticky copy of the pattern, which finds the same matches
 * in the same order.
 */
export class TextScan {
  private readonly byPattern = new Map<RegExp, RegExpExecArray[]>();
  /** Start and `lists` bits of each word in a list. */
  private words: number[] | null = null;
  /** The text's runs of letters and digits, read once for the extractors that ask for them too. */
  private runs: WordRuns | null = null;

  constructor(
    readonly text: string,
    /** The first words of the patterns that start with a word. */
    private readonly lists: WordBits,
    /** The bits of the lists read in any case. */
    private readonly folded: number,
  ) {}

  matches(re: RegExp, starts: Starts): RegExpExecArray[] {
    let found = this.byPattern.get(re);
    if (!found) this.byPattern.set(re, (found = this.read(re, starts)));
    return found;
  }

  private read(re: RegExp, starts: Starts): RegExpExecArray[] {
    const text = this.text;
    if ("needs" in starts && !text.includes(starts.needs)) return [];
    const runs = (this.runs ??= wordRuns(text));
    // Word lists read in any case miss words spelt with ſ or K, which the pattern reads.
    if (
      "needs" in starts ||
      (runs.folds.length > 0 && "words" in starts && (starts.words & this.folded) !== 0)
    ) {
      const out: RegExpExecArray[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
      return out;
    }
    const sticky = stickyOf(re);
    const out: RegExpExecArray[] = [];
    let next = 0;
    const tryAt = (at: number): void => {
      if (at < next) return;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        next = at + m[0].length;
      }
    };
    if ("digits" in starts) {
      const { digitStarts, digitEnds } = runs;
      for (let k = 0; k < digitStarts.length; k++)
        if (starts.digits(text, digitStarts[k]!, digitEnds[k]!)) tryAt(digitStarts[k]!);
    } else {
      const w = (this.words ??= listedWords(runs, this.lists));
      for (let k = 0; k < w.length; k += 2) if (w[k + 1]! & starts.words) tryAt(w[k]!);
    }
    return out;
  }
}

/** Start and bits of each run of letters that is a word in one of the lists. */
function listedWords(runs: WordRuns, lists: WordBits): number[] {
  const out: number[] = [];
  const { text, starts, ends } = runs;
  for (let k = 0; k < starts.length; k++) {
    const bits = lists.get(text, starts[k]!, ends[k]!);
    if (bits !== 0) out.push(starts[k]!, bits);
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  return s;
}
