// The lexicon's word records as Maps, for look-ups by words read from the text. A record is an
// object without prototype, held in V8's slow dictionary form; looking up a new string in one
// first searches the engine's string table, for every word. A Map only hashes the word once.

import { MONTHS, PRONOUNS, type PronounEntry } from "../../lexicon/function-words.js";
import { ABBREVIATED_TITLES, HONORIFICS, ROLE_GENDER, type Gender } from "../../lexicon/titles.js";

const asMap = <T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(record));

export const ABBREVIATION: ReadonlyMap<string, string> = asMap(ABBREVIATED_TITLES);
export const HONORIFIC: ReadonlyMap<string, Gender | null> = asMap(HONORIFICS);
export const ROLE_GENDERS: ReadonlyMap<string, Gender> = asMap(ROLE_GENDER);
export const PRONOUN: ReadonlyMap<string, PronounEntry> = asMap(PRONOUNS);
export const MONTH: ReadonlyMap<string, number> = asMap(MONTHS);
