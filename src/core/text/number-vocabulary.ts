// The words numbers are read with (lexicon/number-words.ts, lexicon/currencies.ts), as
// vocabularies for the number tokeniser and readers.

import { CURRENCY_CODES, CURRENCY_NAMES } from "../lexicon/currencies.js";
import {
  DOZEN_WORD,
  FRACTION_WORDS,
  PERCENT_WORDS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_WORDS,
} from "../lexicon/number-words.js";
import { mayBeIn, vocabulary } from "./vocabulary.js";

/** The words a number written in words can start with (see readWords). */
export const NUMBER_STARTS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "half",
  "tens",
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(VAGUE_WORDS),
]);

export const STARTS = vocabulary(NUMBER_STARTS);

/**
 * A record of number words as a map: a record looked up by a freshly sliced word first searches
 * V8's string table, several times slower than a map (about 150 against 25 ns a look-up here),
 * and `in` on a record also finds the names of its prototype ("constructor", "valueOf").
 */
export const wordValues = (record: Readonly<Record<string, number>>): ReadonlyMap<string, number> =>
  new Map(Object.entries(record));

export const UNITS = wordValues(UNIT_WORDS);
export const TENS = wordValues(TENS_WORDS);
export const SCALES = wordValues(SCALE_WORDS);
export const VAGUE = wordValues(VAGUE_WORDS);
export const FRACTIONS = wordValues(FRACTION_WORDS);
export const IN_FRACTIONS = vocabulary(Object.keys(FRACTION_WORDS));
export const IN_SCALES = vocabulary(Object.keys(SCALE_WORDS));
export const NAMES_OF_CURRENCIES = vocabulary(CURRENCY_NAMES);
export const CODE_LENGTHS = new Set([...CURRENCY_CODES].map((c) => c.length));

/**
 * The words without which a text holds no number written in words: those that start one, save
 * "a" and "an", which start one only before a scale, "dozen" or a fraction.
 */
export const TRIGGERS = vocabulary([
  ...[...NUMBER_STARTS].filter((w) => w !== "a" && w !== "an"),
  ...Object.keys(SCALE_WORDS),
  DOZEN_WORD,
  ...Object.keys(FRACTION_WORDS),
]);

export const PERCENT_PARTS = PERCENT_WORDS.map((phrase) => phrase.split(" "));
export const PERCENT_FIRSTS = vocabulary(PERCENT_PARTS.map((parts) => parts[0]!));

/** Whether the word `text[start, end)` is one of TRIGGERS. */
export const isTrigger = (text: string, start: number, end: number): boolean =>
  mayBeIn(TRIGGERS, text, start, end) && TRIGGERS.words.has(text.slice(start, end).toLowerCase());
