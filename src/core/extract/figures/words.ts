import type { Span } from "../../types.js";

/** A word, numeral or punctuation mark of a sentence, with its offsets. */
export interface Word extends Span {
  text: string;
  lower: string;
  kind: "word" | "num" | "punct";
}

// "pre-trial", "Vietnam’s", "U.S", "Defenders’" (a plural possessive) are one word each.
const WORD =
  /[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:(?<=s)['’](?![\p{L}]))?|\d+(?:[.,]\d+)*|\S/gu;

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const t = m[0];
    const kind = /^\d/.test(t) ? "num" : /^[\p{L}\p{M}]/u.test(t) ? "word" : "punct";
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), kind });
  }
  return out;
}

/** Index of the first word starting at or after `offset`, or `words.length`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let i = 0;
  while (i < words.length && words[i]!.start < offset) i++;
  return i;
}

/** "Vietnam’s", "country's": a possessive, not the head of a phrase. */
export const isPossessive = (w: Word): boolean => /['’]s$|s['’]$/u.test(w.text);

export const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);

/**
 * Where `phrase` (lower-case, single spaces) starts when it is written as whole words in `text`
 * just before `end` (ignoring case, runs of spaces and spaces before `end`), else null.
 */
export function endsWithPhrase(text: string, end: number, phrase: string): number | null {
  const from = Math.max(0, end - phrase.length - 20);
  const m = compiled(ENDS, phrase, (p) => `(?<![\\p{L}\\p{N}])${p}\\s*$`).exec(
    text.slice(from, end),
  );
  return m ? from + m.index : null;
}

/** The offset just after `phrase` when it is written in `text` starting at `start` (after spaces). */
export function startsWithPhrase(text: string, start: number, phrase: string): number | null {
  const re = compiled(STARTS, phrase, (p) => `^\\s*${p}(?![\\p{L}\\p{N}])`);
  const m = re.exec(text.slice(start, start + phrase.length + 20));
  return m ? start + m[0].length : null;
}

/**
 * Whether `text` may end with one of `phrases` just before `end` as `endsWithPhrase` reads it: a
 * necessary condition, tested with one pattern for the whole list (most numbers have none of
 * them), before asking phrase by phrase.
 */
export function mayEndWithOneOf(text: string, end: number, phrases: readonly string[]): boolean {
  const { re, longest } = anyOf(ANY_ENDS, phrases, (p) => `(?:${p})\\s*$`);
  return re.test(text.slice(Math.max(0, end - longest - 20), end));
}

/** The same for `startsWithPhrase` at `start`. */
export function mayStartWithOneOf(
  text: string,
  start: number,
  phrases: readonly string[],
): boolean {
  const { re, longest } = anyOf(ANY_STARTS, phrases, (p) => `^\\s*(?:${p})`);
  return re.test(text.slice(start, start + longest + 20));
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
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
