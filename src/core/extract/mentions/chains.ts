// In-document chains: every mention of one actor joined under its fullest name.
//   "Mr. Vu Minh Tri" … "Mr. Tri" … "Tri"         → Vu Minh Tri
//   "Spokesperson Ha Thi Thu Lan" … "Lan"         → Ha Thi Thu Lan
//   "European External Action Service (EEAS)" … "EEAS" → one organisation
//   "Hanoi" … "Vietnam"                           → the state Vietnam

import type { Gender } from "../../lexicon/titles.js";
import type { Actor, ActorKind } from "../../types.js";
import {
  DEMONYMS,
  KNOWN_ORGS,
  KNOWN_ORGS_BARE,
  ORG_HEADS,
  STATE_NAMES,
  foldKey,
} from "./name-lexicon.js";
import { headOf, invertedKeyOf, qualifiedForm } from "./org-forms.js";
import type { Mention } from "./types.js";

export interface ActorInfo {
  actor: Actor;
  keys: string[];
  /** Folded words of the name, joiners included ("ministry of public security"). */
  words: string[];
  gender: Gender | null;
  acronym: string | null;
}

const SKIP_KEYS = new Set(["the", "’s", "'s", "of", "for", "and", "on", "&"]);

export function nameKeys(name: string): string[] {
  return cached(KEYS, name, makeKeys);
}

function makeKeys(name: string): string[] {
  const out: string[] = [];
  for (const w of name.split(/[\s]+/)) {
    for (const part of w.split(/(?=[’']s$)/)) {
      const k = foldKey(part.replace(/[.,’']$/, ""));
      if (k !== "" && !SKIP_KEYS.has(k)) out.push(k);
    }
  }
  return out;
}

function acronymOf(name: string): string | null {
  const words = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(The|Of|For|And|On)$/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toUpperCase()).join("") : null;
}

/** `short` is a prefix or suffix of `long` (as word sequences). */
function affix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  let pre = true;
  let suf = true;
  for (let i = 0; i < short.length; i++) {
    if (short[i] !== long[i]) pre = false;
    if (short[i] !== long[long.length - short.length + i]) suf = false;
  }
  return pre || suf;
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((k) => b.includes(k));
}

// Names repeat within a document and across documents: their word lists are kept (bounded).
const WORDS = new Map<string, string[]>();
const CANON = new Map<string, string>();
const KEYS = new Map<string, string[]>();

function cached<T>(cache: Map<string, T>, key: string, make: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 20000) cache.clear();
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

export function nameWords(name: string): string[] {
  return cached(WORDS, name, makeWords);
}

function makeWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => foldKey(w.replace(/[.,’']$/, "")))
    .filter((w) => w !== "" && w !== "the");
}

function compatible(
  info: ActorInfo,
  kind: ActorKind,
  keys: readonly string[],
  m: Mention,
  strict: boolean,
): boolean {
  if (info.actor.kind !== kind) return false;
  if (kind === "person") {
    if (m.gender !== null && info.gender !== null && m.gender !== info.gender) return false;
    return affix(keys, info.keys) || affix(info.keys, keys);
  }
  if (kind === "organisation") {
    if (keys.length === 1 && info.acronym !== null && keys[0] === info.acronym.toLowerCase())
      return true;
    if (canonicalOrg(said(m)) === info.actor.name) return true;
    const inverted = invertedKeyOf(nameWords(said(m)));
    if (inverted !== null && inverted === invertedKeyOf(info.words)) return true;
    if (strict) {
      const words = nameWords(said(m));
      return (
        qualifiedForm(words, info.words) ||
        qualifiedForm(info.words, words) ||
        headOf(words, info.words) ||
        headOf(info.words, words)
      );
    }
    // A single word joins an organisation only as its head ("the Committee") or an alias.
    if (
      keys.length === 1 &&
      !ORG_HEADS.has(keys[0]!) &&
      !info.actor.aliases.some((a) => foldKey(a) === keys[0])
    )
      return false;
    return subset(keys, info.keys) || subset(info.keys, keys);
  }
  return info.actor.name === m.org;
}

function add(list: string[], v: string | null): void {
  if (v === null || v === "") return;
  const low = v.toLowerCase();
  if (!list.some((x) => x.toLowerCase() === low)) list.push(v);
}

function attach(info: ActorInfo, m: Mention, keys: string[]): void {
  const a = info.actor;
  // "Vietnamese Ministry of Public Security" after "Ministry of Public Security": a qualifier,
  // not a fuller name.
  const qualifierOnly =
    a.kind === "organisation" &&
    keys.length === info.keys.length + 1 &&
    DEMONYMS.has(keys[0]!) &&
    keys.slice(1).join(" ") === info.keys.join(" ");
  if (a.kind !== "state" && keys.length > info.keys.length && !qualifierOnly) {
    if (a.name !== said(m)) add(a.aliases, a.name);
    a.name = m.kind === "organisation" ? canonicalOrg(said(m)) : m.text;
    info.keys = keys;
    info.words = nameWords(said(m));
    if (a.kind === "organisation") info.acronym ??= acronymOf(a.name);
  } else if (said(m) !== a.name) add(a.aliases, said(m));
  if (a.kind === "person") for (const r of m.roles) add(a.roles, r);
  if (a.kind !== "state") add(a.orgs, m.org);
  info.gender ??= m.gender;
  a.mentions.push({ start: m.start, end: m.end });
}

/** The name a mention gives its actor: as written, unless the sentence names it more fully. */
const said = (m: Mention): string => m.name ?? m.text;

function canonicalOrg(text: string): string {
  return cached(CANON, text, makeCanonical);
}

function makeCanonical(text: string): string {
  const t = text.replace(/^the\s+/i, "");
  const key = foldKey(t);
  return KNOWN_ORGS.get(key) ?? KNOWN_ORGS_BARE.get(key.replace(/'/g, "")) ?? t;
}

function newActor(m: Mention, kind: ActorKind, keys: string[]): ActorInfo {
  const name =
    kind === "state" ? (m.org ?? m.text) : kind === "organisation" ? canonicalOrg(said(m)) : m.text;
  const actor: Actor = { name, kind, aliases: [], roles: [], orgs: [], mentions: [] };
  if (name !== said(m)) actor.aliases.push(said(m));
  // "EU" founds the European Union: the name's words find it again, not only the mention's.
  const named = kind === "organisation" && name !== said(m);
  const info: ActorInfo = {
    actor,
    keys: named ? [...new Set([...nameKeys(name), ...keys])] : keys,
    words: nameWords(named ? name : said(m)),
    gender: m.gender,
    acronym: kind === "organisation" ? acronymOf(name) : null,
  };
  for (const r of m.roles) add(actor.roles, r);
  if (kind === "person") add(actor.orgs, m.org);
  actor.mentions.push({ start: m.start, end: m.end });
  return info;
}

/** Actors by the words of their names (and acronyms), so a mention meets only likely matches. */
class KeyIndex {
  // Sets (in insertion order): a text naming thousands of people who share a family name must not
  // make each lookup quadratic in them.
  private readonly byKey = new Map<string, Set<number>>();

  add(i: number, keys: readonly string[]): void {
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (set === undefined) this.byKey.set(k, (set = new Set()));
      set.add(i);
    }
  }

  candidates(keys: readonly string[]): Iterable<number> {
    if (keys.length === 1) return this.byKey.get(keys[0]!) ?? [];
    const out = new Set<number>();
    for (const k of keys) for (const i of this.byKey.get(k) ?? []) out.add(i);
    return out;
  }
}

function indexKeys(info: ActorInfo): string[] {
  const keys = [...info.keys];
  if (info.acronym !== null) keys.push(info.acronym.toLowerCase());
  if (info.actor.kind === "state") keys.push(foldKey(info.actor.name));
  return keys;
}

/** Distance from `at` to the nearest of sorted `starts`, counting mentions after it 4× farther. */
function distance(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? at - starts[lo - 1]! : Infinity;
  const after = lo < starts.length ? 4 * (starts[lo]! - at) : Infinity;
  return Math.min(before, after);
}

/** "RSF" is looked for under the words of its known name too, "Reporters Without Borders". */
function orgLookup(kind: ActorKind, m: Mention, keys: string[]): string[] {
  if (kind !== "organisation") return keys;
  const name = canonicalOrg(said(m));
  return name === said(m) ? keys : [...new Set([...keys, ...nameKeys(name)])];
}

/**
 * Join mentions into actors. Named mentions (people with two or more name words or a title,
 * organisations, states) found actors; short and unclassified mentions then join the actor they
 * fit, the nearest one mentioned before them, else the first after.
 */
export function buildChains(mentions: Mention[]): ActorInfo[] {
  const infos: ActorInfo[] = [];
  const recent: number[] = [];
  const founded: number[][] = [];
  const index = new KeyIndex();
  const keysOf = mentions.map((m) => nameKeys(said(m)));
  const founding = (m: Mention, mi: number) =>
    m.kind === "organisation" ||
    m.kind === "state" ||
    (m.kind === "person" && (keysOf[mi]!.length >= 2 || m.title !== null));
  mentions.forEach((m, mi) => {
    if (!founding(m, mi)) return;
    const keys = keysOf[mi]!;
    if (keys.length === 0) return;
    const kind = m.kind as ActorKind;
    if (kind === "state") m.org ??= STATE_NAMES.get(foldKey(m.text))?.state ?? m.text;
    const lookup = kind === "state" ? [foldKey(m.org ?? m.text)] : orgLookup(kind, m, keys);
    let i = -1;
    for (const c of index.candidates(lookup)) {
      if (!compatible(infos[c]!, kind, keys, m, keys.length > 1)) continue;
      if (i < 0 || recent[c]! > recent[i]!) i = c;
    }
    if (i < 0) {
      infos.push(newActor(m, kind, keys));
      recent.push(m.start);
      founded.push([m.start]);
      i = infos.length - 1;
    } else {
      attach(infos[i]!, m, keys);
      recent[i] = m.start;
      founded[i]!.push(m.start);
    }
    index.add(i, indexKeys(infos[i]!));
    m.actor = i;
  });
  // Short mentions: "Tri", "Hang", "the Committee", "EEAS".
  mentions.forEach((m, mi) => {
    if (m.actor !== null) return;
    const keys = keysOf[mi]!;
    if (keys.length === 0 || m.kind === "place") return;
    const kinds: ActorKind[] =
      m.kind === "unknown" ? ["person", "organisation"] : [m.kind as ActorKind];
    let best = -1;
    let bestDist = Infinity;
    for (const c of index.candidates(keys)) {
      if (!kinds.some((kind) => compatible(infos[c]!, kind, keys, m, false))) continue;
      const d = distance(founded[c]!, m.start);
      if (d < bestDist) {
        bestDist = d;
        best = c;
      }
    }
    if (best < 0) return;
    m.kind = infos[best]!.actor.kind;
    m.actor = best;
    attach(infos[best]!, m, keys);
  });
  for (const info of infos) info.actor.mentions.sort((x, y) => x.start - y.start);
  return infos;
}
