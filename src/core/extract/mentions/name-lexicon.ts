// The name lexicons compiled once into look-up structures. Keys are folded and lower-cased.

import type { Tok } from "../../text/lex.js";
import { matchKey } from "../../text/normalise.js";
import { KNOWN_ORGANISATIONS, ORG_HEADS } from "../../lexicon/organisations.js";
import {
  ASIAN_FAMILY_NAMES,
  BURMESE_NAME_PARTS,
  GIVEN_NAMES,
  VIETNAMESE_FAMILY_NAMES,
  VIETNAMESE_MIDDLE_NAMES,
} from "../../lexicon/person-names.js";
import { KNOWN_PLACES, PLACE_HEADS, STATES } from "../../lexicon/states.js";
import {
  ABBREVIATED_TITLES,
  HONORIFICS,
  ROLE_GENDER,
  ROLE_PHRASES,
  type Gender,
} from "../../lexicon/titles.js";

const FOLDED = new Map<string, string>();

/** Folded, lower-cased key of one word or name ("Nguyễn" → "nguyen"). */
export function foldKey(s: string): string {
  // Most words are already lower-case ASCII: returned as they are, they allocate nothing and keep
  // the hash V8 caches on the string for the look-ups that follow.
  let ascii = true;
  let upper = false;
  for (let i = 0; i < s.length && ascii; i++) {
    const c = s.charCodeAt(i);
    ascii = c < 128;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  let k = FOLDED.get(s);
  if (k === undefined) {
    // Bounded: a long-running process reads unbounded text.
    if (FOLDED.size > 20000) FOLDED.clear();
    k = matchKey(s);
    FOLDED.set(s, k);
  }
  return k;
}

/**
 * `foldKey(t.text)` of a token. A capitalised ASCII word was lower-cased by the lexer already:
 * its `lower` is that key, and no new string is made for it.
 */
export function tokKey(t: Tok): string {
  if (!t.cap) return foldKey(t.text);
  const s = t.text;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return foldKey(s);
  return t.lower;
}

export const VN_FAMILY: ReadonlySet<string> = new Set(VIETNAMESE_FAMILY_NAMES);
export const VN_MIDDLE: ReadonlySet<string> = new Set(VIETNAMESE_MIDDLE_NAMES);
export const ASIAN_FAMILY: ReadonlySet<string> = new Set(ASIAN_FAMILY_NAMES);
export const BURMESE: ReadonlySet<string> = new Set(BURMESE_NAME_PARTS);
export const GIVEN: ReadonlyMap<string, Gender | null> = new Map(Object.entries(GIVEN_NAMES));
export { ORG_HEADS, PLACE_HEADS, HONORIFICS, ROLE_GENDER, ABBREVIATED_TITLES };

/** Role phrases as word arrays, grouped by their last word, longest first. */
export const ROLES_BY_LAST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, string[][]>();
  for (const p of ROLE_PHRASES) {
    const words = p.split(" ");
    const last = words[words.length - 1]!;
    const list = m.get(last) ?? [];
    list.push(words);
    m.set(last, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();

/** Every word that ends some role phrase: "spokesperson", "director", "general". */
export function isRoleWord(lower: string): boolean {
  return ROLES_BY_LAST.has(lower);
}

export interface StateHit {
  state: string;
  /** "Hanoi" for Vietnam: a capital or seat of power standing for the state. */
  metonym: boolean;
}

/** Names of states and their metonyms, by folded key. */
export const STATE_NAMES: ReadonlyMap<string, StateHit> = (() => {
  const m = new Map<string, StateHit>();
  for (const [state, e] of Object.entries(STATES)) {
    m.set(matchKey(state), { state, metonym: false });
    for (const a of e.aliases) m.set(matchKey(a), { state, metonym: false });
    for (const a of e.metonyms) m.set(matchKey(a), { state, metonym: true });
  }
  return m;
})();

/** Demonyms ("Vietnamese") by folded key, to the state they name. */
export const DEMONYMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [state, e] of Object.entries(STATES)) {
    for (const d of e.demonyms) m.set(matchKey(d), state);
  }
  return m;
})();

/** Known organisations and their aliases, by folded key, to the canonical name. */
export const KNOWN_ORGS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [name, aliases] of Object.entries(KNOWN_ORGANISATIONS)) {
    m.set(matchKey(name), name);
    for (const a of aliases) m.set(matchKey(a), name);
  }
  return m;
})();

/**
 * KNOWN_ORGS by keys without apostrophes: "Independent Journalists’ Association of Vietnam" is
 * the known "Independent Journalists Association of Vietnam".
 */
export const KNOWN_ORGS_BARE: ReadonlyMap<string, string> = new Map(
  [...KNOWN_ORGS].map(([k, v]) => [k.replace(/'/g, ""), v]),
);

export const PLACES: ReadonlySet<string> = new Set(KNOWN_PLACES);

/** Multi-word organisation names as lower-cased word lists, by first word, longest first. */
export const KNOWN_ORG_PHRASES: ReadonlyMap<string, readonly { words: string[]; name: string }[]> =
  (() => {
    const m = new Map<string, { words: string[]; name: string }[]>();
    for (const [name, aliases] of Object.entries(KNOWN_ORGANISATIONS)) {
      for (const form of [name, ...aliases]) {
        const words = form.toLowerCase().split(/\s+/);
        if (words.length < 2) continue;
        const list = m.get(words[0]!) ?? [];
        list.push({ words, name });
        m.set(words[0]!, list);
      }
    }
    for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
    return m;
  })();
