import type { Span } from "../../types.js";
import {
  LETTER,
  MARK,
  UPPER,
  classOf,
  codePointAt,
  codePointBefore,
  foldAscii,
  isAsciiDigit,
  isLetterOrNumberIu,
  isSpace,
  numeralEnd,
  searchStart,
  width,
} from "../../text/chars.js";
import { lowerCased } from "../../text/lower-cased.js";
import { lastNonSpace } from "./letters.js";
import { firstWithKeyAtLeast } from "../../text/sorted.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

/** A word, numeral or punctuation mark of a sentence, with its offsets. */
export interface Word extends Span {
  text: string;
  lower: string;
  kind: "word" | "num" | "punct";
}

/** A letter, mark or digit: what a word is made of after its first letter. */
const inWord = (cp: number): boolean => isAsciiDigit(cp) || (classOf(cp) & (LETTER | MARK)) !== 0;

/**
 * The words of `text` starting in `[from, to)`, read as
 * `[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:(?<=s)['’](?![\p{L}]))?|\d+(?:[.,]\d+)*|\S`
 * would read them, by hand: "pre-trial", "Vietnam’s", "U.S", "Defenders’" (a plural possessive)
 * are one word each.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const n = text.length;
  const lower = lowerCased(text);
  let k = searchStart(text, from);
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) {
      k++;
      continue;
    }
    if (k >= to) break;
    const start = k;
    let kind: Word["kind"];
    // most words are lower-case ASCII letters alone: their lower case is their text
    let plain = c >= 0x61 && c <= 0x7a;
    if (isAsciiDigit(c)) {
      k = numeralEnd(text, k);
      kind = "num";
    } else {
      const cp = codePointAt(text, k);
      k += width(cp);
      if ((classOf(cp) & (LETTER | MARK)) !== 0) {
        kind = "word";
        for (;;) {
          while (k < n) {
            const d = text.charCodeAt(k);
            if (d < 0x80) {
              if (d >= 0x61 && d <= 0x7a) {
                k++;
                continue;
              }
              if (!isAsciiDigit(d) && !(d >= 0x41 && d <= 0x5a)) break;
              plain = false;
              k++;
              continue;
            }
            const dp = codePointAt(text, k);
            if (!inWord(dp)) break;
            plain = false;
            k += width(dp);
          }
          // "-", "'", "’", "." joining two runs of letters or digits
          const sep = text.charCodeAt(k);
          if (
            (sep === 0x2d || sep === 0x27 || sep === 0x2019 || sep === 0x2e) &&
            k + 1 < n &&
            inWord(codePointAt(text, k + 1))
          ) {
            plain = false;
            k++;
          } else break;
        }
        // "Defenders’": a closing apostrophe after an s, not followed by a letter
        const q = text.charCodeAt(k);
        if (
          (q === 0x27 || q === 0x2019) &&
          text.charCodeAt(k - 1) === 0x73 &&
          (k + 1 >= n || (classOf(codePointAt(text, k + 1)) & LETTER) === 0)
        ) {
          plain = false;
          k++;
        }
      } else kind = "punct";
    }
    const t = text.slice(start, k);
    out.push({
      start,
      end: k,
      text: t,
      lower: plain ? t : lower !== null ? lower.slice(start, k) : t.toLowerCase(),
      kind,
    });
  }
  return out;
}

/** Index of the first word starting at or after `offset`, or `words.length`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  return firstWithKeyAtLeast(words, offset, (w) => w.start);
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** "Vietnam’s", "country's", "Defenders’": a possessive, not the head of a phrase. */
export function isPossessive(w: Word): boolean {
  const t = w.text;
  const n = t.length;
  if (n < 2) return false;
  const a = t.charCodeAt(n - 2);
  const b = t.charCodeAt(n - 1);
  return (isApostrophe(a) && b === 0x73) || (a === 0x73 && isApostrophe(b));
}

/** Whether the word starts with an upper-case letter (`\p{Lu}`). */
export const isCapitalised = (w: Word): boolean => (classOf(codePointAt(w.text, 0)) & UPPER) !== 0;

/**
 * Where `phrase` (lower-case, single spaces) starts when it is written as whole words in `text`
 * just before `end` (ignoring case, runs of spaces and spaces before `end`), else null.
 */
export function endsWithPhrase(text: string, end: number, phrase: string): number | null {
  const from = Math.max(0, end - phrase.length - 20);
  const words = plainPhrase(phrase);
  if (words !== null) return phraseBefore(text, end, from, words, true);
  const m = compiled(ENDS, phrase, (p) => `(?<![\\p{L}\\p{N}])${p}\\s*$`).exec(
    text.slice(from, end),
  );
  return m ? from + m.index : null;
}

/** The offset just after `phrase` when it is written in `text` starting at `start` (after spaces). */
export function startsWithPhrase(text: string, start: number, phrase: string): number | null {
  const words = plainPhrase(phrase);
  if (words !== null) {
    const limit = Math.min(text.length, start + phrase.length + 20);
    return phraseAfter(text, start, limit, words, true);
  }
  const re = compiled(STARTS, phrase, (p) => `^\\s*${p}(?![\\p{L}\\p{N}])`);
  const m = re.exec(text.slice(start, start + phrase.length + 20));
  return m ? start + m[0].length : null;
}

/**
 * Whether `text` may end with one of `phrases` just before `end` as `endsWithPhrase` reads it: a
 * necessary condition, asked of the whole list at once (most numbers have none of them), before
 * asking phrase by phrase.
 */
export function mayEndWithOneOf(text: string, end: number, phrases: readonly string[]): boolean {
  const list = plainPhrases(phrases);
  if (list !== null) {
    const from = Math.max(0, end - list.longest - 20);
    const k = lastNonSpace(text, end, from);
    const candidates = k < 0 ? undefined : list.byLast.get(foldAscii(text.charCodeAt(k)));
    return (
      candidates !== undefined &&
      candidates.some((w) => phraseBefore(text, end, from, w, false) !== null)
    );
  }
  const { re, longest } = anyOf(ANY_ENDS, phrases, (p) => `(?:${p})\\s*$`);
  return re.test(text.slice(Math.max(0, end - longest - 20), end));
}

/** The same for `startsWithPhrase` at `start`. */
export function mayStartWithOneOf(
  text: string,
  start: number,
  phrases: readonly string[],
): boolean {
  const list = plainPhrases(phrases);
  if (list !== null) {
    const limit = Math.min(text.length, start + list.longest + 20);
    return list.all.some((w) => phraseAfter(text, start, limit, w, false) !== null);
  }
  const { re, longest } = anyOf(ANY_STARTS, phrases, (p) => `^\\s*(?:${p})`);
  return re.test(text.slice(start, start + longest + 20));
}

// The phrases of the word lists are read by hand rather than with a pattern per phrase: a
// pattern anchored at the end of a text is tried from every position of it. A phrase of ASCII
// words is compared as a case-insensitive Unicode pattern would compare it (see `fold`); any
// other phrase is still read with its pattern.

const PLAIN_PHRASE = /^[\x21-\x40\x5b-\x7e]+(?: [\x21-\x40\x5b-\x7e]+)*$/;
const PLAIN = new Map<string, readonly string[] | null>();

/** The words of `phrase` when it is read by hand, else null. */
function plainPhrase(phrase: string): readonly string[] | null {
  let words = PLAIN.get(phrase);
  if (words === undefined) {
    words = PLAIN_PHRASE.test(phrase) ? phrase.split(" ") : null;
    PLAIN.set(phrase, words);
  }
  return words;
}

interface PlainPhrases {
  all: readonly (readonly string[])[];
  /** By the character each phrase ends with. */
  byLast: Map<number, (readonly string[])[]>;
  longest: number;
}

const PLAIN_LISTS = new WeakMap<readonly string[], PlainPhrases | null>();

/** A list of phrases read by hand, or null when one of them is not. */
function plainPhrases(phrases: readonly string[]): PlainPhrases | null {
  let list = PLAIN_LISTS.get(phrases);
  if (list === undefined) {
    const all = phrases.map(plainPhrase);
    if (all.every((w) => w !== null)) {
      const byLast = new Map<number, (readonly string[])[]>();
      for (const w of all as (readonly string[])[]) {
        const last = w[w.length - 1]!;
        const c = last.charCodeAt(last.length - 1);
        const same = byLast.get(c);
        if (same) same.push(w);
        else byLast.set(c, [w]);
      }
      list = {
        all: all as (readonly string[])[],
        byLast,
        longest: Math.max(0, ...phrases.map((p) => p.length)),
      };
    } else list = null;
    PLAIN_LISTS.set(phrases, list);
  }
  return list;
}

/**
 * Where the phrase of `words` starts when `text[from, end)` ends with it and any spaces, as
 * `words\s*$` (words apart by `\s+`) reads it; with `whole`, not just after a letter or a number
 * either (`(?<![\p{L}\p{N}])`). Else null.
 */
function phraseBefore(
  text: string,
  end: number,
  from: number,
  words: readonly string[],
  whole: boolean,
): number | null {
  let k = lastNonSpace(text, end, from);
  if (k < 0) return null;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    for (let i = word.length - 1; i >= 0; i--, k--) {
      if (k < from || foldAscii(text.charCodeAt(k)) !== word.charCodeAt(i)) return null;
    }
    if (w > 0) {
      if (k < from || !isSpace(text.charCodeAt(k))) return null;
      while (k >= from && isSpace(text.charCodeAt(k))) k--;
    }
  }
  const start = k + 1;
  if (whole && start > from) {
    if (isLetterOrNumberIu(codePointBefore(text, start, from))) return null;
  }
  return start;
}

/**
 * The offset just after the phrase of `words` when `text[start, limit)` starts with it after any
 * spaces, as `^\s*words` reads it; with `whole`, not just before a letter or a number either
 * (`(?![\p{L}\p{N}])`). Else null.
 */
function phraseAfter(
  text: string,
  start: number,
  limit: number,
  words: readonly string[],
  whole: boolean,
): number | null {
  let k = start;
  while (k < limit && isSpace(text.charCodeAt(k))) k++;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let i = 0; i < word.length; i++, k++) {
      if (k >= limit || foldAscii(text.charCodeAt(k)) !== word.charCodeAt(i)) return null;
    }
    if (w < words.length - 1) {
      if (k >= limit || !isSpace(text.charCodeAt(k))) return null;
      while (k < limit && isSpace(text.charCodeAt(k))) k++;
    }
  }
  if (whole && k < limit) {
    if (isLetterOrNumberIu(codePointAt(text, k, limit))) return null;
  }
  return k;
}

const ANY_ENDS = new WeakMap<readonly string[], { re: RegExp; longest: number }>();
const ANY_STARTS = new WeakMap<readonly string[], { re: RegExp; longest: number }>();

function anyOf(
  cache: WeakMap<readonly string[], { re: RegExp; longest: number }>,
  phrases: readonly string[],
  source: (alternatives: string) => string,
): { re: RegExp; longest: number } {
  let hit = cache.get(phrases);
  if (!hit) {
    hit = {
      re: new RegExp(source(phrases.map(pattern).join("|")), "iu"),
      longest: Math.max(0, ...phrases.map((p) => p.length)),
    };
    cache.set(phrases, hit);
  }
  return hit;
}

// Phrases come from fixed word lists: compile each once, not once per number.
const ENDS = new Map<string, RegExp>();
const STARTS = new Map<string, RegExp>();

function compiled(
  cache: Map<string, RegExp>,
  phrase: string,
  source: (p: string) => string,
): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    re = new RegExp(source(pattern(phrase)), "iu");
    cache.set(phrase, re);
  }
  return re;
}

/** A lower-case phrase as a regular expression source: escaped, any run of spaces between words. */
function pattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, "\\s+");
}
