// The runs of ASCII letters and digits of a document, read once: the date patterns start only at
// words of their lists and at digits, and the event scans ask for the words of one stretch after
// another (each sentence, then parts of it per trigger); reading the characters again for each
// would cost more than the rest of the scans.

import { isAsciiDigit, isAsciiLetter } from "./chars.js";
import { anyIn, firstAtLeast } from "./sorted.js";
import { TextCache } from "./text-cache.js";
import { WordTrie } from "./word-trie.js";

export interface WordRuns {
  readonly text: string;
  /** Start and end of each run of ASCII letters, in text order. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Start and end of each run of ASCII digits, in text order. */
  readonly digitStarts: readonly number[];
  readonly digitEnds: readonly number[];
  /** Offsets of the characters an `iu` regex reads as ASCII letters (ſ as s, K as k). */
  readonly folds: readonly number[];
}

/** The runs of the batch's documents, and of the last other text read. */
const RUNS = new TextCache<WordRuns>(1);

/**
 * The runs of `text` when they are read already (the document's, for the scans that ask first),
 * else null: a scan of some other text (a sentence, a line) must not push them out.
 */
export const knownRuns = (text: string): WordRuns | null => RUNS.get(text) ?? null;

/**
 * Where the runs are gathered before they are copied out at their final length: arrays grown a
 * push at a time allocate about three times what they end up holding, once per document. One
 * grown past SCRATCH_KEPT by a long text is let go, so that it does not hold on to its memory.
 */
const SCRATCH: number[][] = [[], [], [], [], []];
const SCRATCH_KEPT = 1 << 16;

/** The runs of `text` (kept for the batch's documents and the last other text asked about). */
export function wordRuns(text: string): WordRuns {
  const known = RUNS.get(text);
  if (known !== undefined) return known;
  const [starts, ends, digitStarts, digitEnds, folds] = SCRATCH as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  let letters = 0;
  let digits = 0;
  let folded = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isAsciiLetter(c)) {
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      starts[letters] = i;
      ends[letters++] = j;
    } else if (isAsciiDigit(c)) {
      while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
      digitStarts[digits] = i;
      digitEnds[digits++] = j;
    } else if (c === 0x17f || c === 0x212a) folds[folded++] = i;
    i = j;
  }
  const runs: WordRuns = {
    text,
    starts: starts.slice(0, letters),
    ends: ends.slice(0, letters),
    digitStarts: digitStarts.slice(0, digits),
    digitEnds: digitEnds.slice(0, digits),
    folds: folds.slice(0, folded),
  };
  for (let k = 0; k < SCRATCH.length; k++) if (SCRATCH[k]!.length > SCRATCH_KEPT) SCRATCH[k] = [];
  RUNS.set(text, runs);
  return runs;
}

/** Index of the first run in `ends` that ends after `from`. */
export const firstRunAfter = (ends: readonly number[], from: number): number =>
  firstAtLeast(ends, from + 1);

/** Whether `[from, to)` holds a character that folds to an ASCII letter. */
export const foldsIn = (runs: WordRuns, from: number, to: number): boolean =>
  anyIn(runs.folds, from, to);

/**
 * Whether `text[from, to)` may hold a match of a case-insensitive pattern whose matches all start
 * with a word of `heads` (its letters up to a space or hyphen) at a word edge: a run of letters
 * there (cut to the stretch) is one, or a character folds to an ASCII letter, which only the
 * pattern reads. False means the pattern cannot match.
 */
export function mayHoldWord(
  heads: WordTrie<unknown>,
  text: string,
  from: number,
  to: number,
): boolean {
  const runs = wordRuns(text);
  if (foldsIn(runs, from, to)) return true;
  for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
    const i = Math.max(runs.starts[k]!, from);
    if (i >= to) break;
    if (heads.get(text, i, Math.min(runs.ends[k]!, to)) !== undefined) return true;
  }
  return false;
}

/** A trie of the first words of `phrases` (lower-case ASCII words apart by spaces or hyphens). */
export function headsOf(phrases: readonly string[]): WordTrie<true> {
  return new WordTrie(
    phrases.map((p) => {
      const head = /^[a-z]+(?=$|[ -][a-z])/.exec(p);
      if (!head) throw new Error(`not a phrase of lower-case ASCII words: ${p}`);
      return [head[0], true] as const;
    }),
  );
}
