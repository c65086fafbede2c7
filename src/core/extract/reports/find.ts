// Finding the pieces a report reference is made of, within one sentence: issuer names, report
// nouns ("report", "Report") with what stands to their left, and known titles.

import { REPORT_ISSUERS, type ReportIssuer } from "../../lexicon/report-issuers.js";
import {
  REPORT_MODIFIERS,
  REPORT_NOUNS,
  REPORT_TITLES,
  type ReportTitle,
} from "../../lexicon/report-titles.js";
import type { Span } from "../../types.js";
import { LETTER, classOf, codePointBefore, isAsciiDigit, isSpace } from "../../text/chars.js";
import { wordCharBefore, wordMatchesStartingIn } from "../../text/match-cache.js";
import { firstWithKeyAtLeast } from "../../text/sorted.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import { wordCharWidth } from "../../text/phrase-key.js";
import { wordRuns } from "../../text/word-runs.js";

export interface IssuerMention extends Span {
  issuer: ReportIssuer;
  /** Matched through a weak alias ("the US", "the EU"). */
  weak: boolean;
  /** Not written at all: implied by a title ("Country Reports on Human Rights Practices"). */
  implied?: boolean;
  /** An issuer the lexicon does not know, found by the actors pass ("Vietnam's periodic report"). */
  actor?: number;
}

export interface TitleMention extends Span {
  title: ReportTitle;
}

/** A report noun and what its noun phrase holds to the left. */
export interface ReportHead extends Span {
  /** Where the noun phrase starts, determiner excluded. */
  npStart: number;
  determiner: string | null;
  /** Where the determiner starts, or null. */
  determinerStart: number | null;
  /** An issuer written as possessor or modifier: "the EEAS's report", "the EEAS report". */
  issuer: IssuerMention | null;
  /** A year among the modifiers: "its 2020 report". */
  year: number | null;
  /** The head is a known title rather than the bare noun. */
  title: ReportTitle | null;
}

const WORD_EDGE_R = "(?![\\p{L}\\p{N}])";

function alternation(names: readonly string[]): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

const ISSUER_BY_ALIAS = new Map<string, { issuer: ReportIssuer; weak: boolean }>();
for (const issuer of REPORT_ISSUERS) {
  for (const a of issuer.weak ?? []) ISSUER_BY_ALIAS.set(a, { issuer, weak: true });
  for (const a of issuer.aliases) ISSUER_BY_ALIAS.set(a, { issuer, weak: false });
  ISSUER_BY_ALIAS.set(issuer.name, { issuer, weak: false });
}
// "U.S." ends in a stop, so the right edge is checked by hand for aliases ending in one. The left
// edge is checked by wordMatchesStartingIn (so are the titles').
const ISSUER_RE = new RegExp(
  `(?:${alternation([...ISSUER_BY_ALIAS.keys()])})(?![\\p{L}\\p{N}])`,
  "gu",
);

export function findIssuers(text: string, span: Span): IssuerMention[] {
  const out: IssuerMention[] = [];
  for (const m of wordMatchesStartingIn(ISSUER_RE, text, span.start, span.end)) {
    const hit = ISSUER_BY_ALIAS.get(m[0]);
    const end = m.index + m[0].length;
    if (hit && end <= span.end) out.push({ start: m.index, end, ...hit });
  }
  return out;
}

const TITLE_RE = new RegExp(
  REPORT_TITLES.map((t, i) => `(?<t${i}>(?:${t.pattern})${WORD_EDGE_R})`).join("|"),
  "uy",
);

/**
 * The words a match of a title's pattern can open with: "(?:EU )?Annual Reports? on …" opens
 * with "EU" or "Annual", "[Pp]rison [Cc]ensus" with "Prison" or "prison". Read from the pattern,
 * which may start each of its alternatives with an optional word ("(?:World )?") and then a
 * word of letters and two-letter classes ("[Cc]oncluding") ending at a space or at the end of the
 * alternative; a pattern written otherwise is refused here, as the scan below could miss it.
 */
export function titleHeads(pattern: string): string[] {
  const heads: string[] = [];
  for (const alternative of pattern.split("|")) {
    const m = /^(?:\(\?:([A-Za-z]+) \)\?)?((?:[A-Za-z]|\[[A-Za-z]{2}\])+)(?: |$)/.exec(alternative);
    if (!m) throw new Error(`title pattern not read for its first words: ${pattern}`);
    if (m[1] !== undefined) heads.push(m[1]);
    let words = [""];
    for (const part of m[2]!.match(/\[[A-Za-z]{2}\]|[A-Za-z]/g)!) {
      const letters = part.length === 1 ? [part] : [part[1]!, part[2]!];
      words = words.flatMap((w) => letters.map((c) => w + c));
    }
    heads.push(...words);
  }
  return heads;
}

/** Title heads and report nouns by first character and length. */
const HEADS = new Map<number, { word: string; noun: boolean; title: boolean }[]>();
/** The same keys in a table, asked of every run of the document before the map is. */
const HEAD_KEYS = new Uint8Array(128 * 64);
const headKey = (first: number, length: number): number => (first << 6) | length;

function addHead(word: string, kind: "noun" | "title"): void {
  if (!/^[A-Za-z]{1,63}$/.test(word)) throw new Error(`not a word of ASCII letters: ${word}`);
  const key = headKey(word.charCodeAt(0), word.length);
  HEAD_KEYS[key] = 1;
  const same = HEADS.get(key) ?? [];
  let head = same.find((h) => h.word === word);
  if (!head) same.push((head = { word, noun: false, title: false }));
  head[kind] = true;
  HEADS.set(key, same);
}
for (const t of REPORT_TITLES) for (const w of titleHeads(t.pattern)) addHead(w, "title");
for (const n of REPORT_NOUNS) addHead(n, "noun");

interface Landmarks {
  text: string;
  titles: TitleMention[];
  nouns: Span[];
}

let last: Landmarks | null = null;

/**
 * The document's titles and report nouns, found from its runs of ASCII letters (the last text's,
 * kept: the pass asks sentence by sentence). A title or a noun opens with such a run, and that
 * whole run is one of their first words: only there are the titles' pattern and the nouns' edges
 * tried, not at every offset of the text. The titles are those a global scan of the titles'
 * pattern keeps when it drops matches after a letter or digit (as `wordMatchesStartingIn`
 * does); the nouns those of `(?<![\p{L}\p{N}])(?:reports|Reports|report|Report)(?![\p{L}\p{N}])`.
 */
function landmarks(text: string): Landmarks {
  if (last !== null && last.text === text) return last;
  const titles: TitleMention[] = [];
  const nouns: Span[] = [];
  const { starts, ends } = wordRuns(text);
  let free = 0;
  for (let r = 0; r < starts.length; r++) {
    const i = starts[r]!;
    const j = ends[r]!;
    if (j - i > 63) continue;
    const key = headKey(text.charCodeAt(i), j - i);
    if (HEAD_KEYS[key] !== 1) continue;
    const head = HEADS.get(key)!.find((h) => text.startsWith(h.word, i));
    if (head === undefined || wordCharBefore(text, i)) continue;
    if (head.title && i >= free) {
      TITLE_RE.lastIndex = i;
      const m = TITLE_RE.exec(text);
      if (m) {
        const k = Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined);
        const title = REPORT_TITLES[k];
        if (title) titles.push({ start: i, end: i + m[0].length, title });
        free = i + m[0].length;
      }
    }
    if (head.noun && (j === text.length || wordCharWidth(text, j) === 0))
      nouns.push({ start: i, end: j });
  }
  return (last = { text, titles, nouns });
}

/** The spans of a list in text order starting in `[from, to)`. */
function spansStartingIn<T extends Span>(all: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstWithKeyAtLeast(all, from, (s) => s.start); i < all.length; i++) {
    if (all[i]!.start >= to) break;
    out.push(all[i]!);
  }
  return out;
}

export function findTitles(text: string, span: Span): TitleMention[] {
  return spansStartingIn(landmarks(text).titles, span.start, span.end);
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "said",
]);
const MODIFIERS = [...REPORT_MODIFIERS].sort((a, b) => b.length - a.length);

/**
 * Walks left from a report noun over modifiers ("2020", "57-page", "annual human rights") to a
 * determiner or a possessive. Returns null when nothing marks the word as a noun phrase head:
 * "publishing reports on pollution" is no reference to a report.
 */
export function scanLeft(
  text: string,
  head: Span,
  floor: number,
  issuers: readonly IssuerMention[],
  title: ReportTitle | null,
): ReportHead | null {
  let i = head.start;
  let year: number | null = null;
  let issuer: IssuerMention | null = null;
  let determiner: string | null = null;
  let determinerStart: number | null = null;
  let npStart = head.start;
  for (;;) {
    // `text.slice(floor, i)` without its trailing white space ends at `at`
    let at = i;
    while (at > floor && isSpace(text.charCodeAt(at - 1))) at--;
    // (an issuer may start before `floor`: the slice is then empty)
    if (at <= floor) break;
    const owner = possessiveBefore(text, at, floor);
    if (owner >= 0) {
      const iss = issuers.find((m) => m.end === owner || closesAcronym(text, m, owner));
      if (iss) {
        issuer = iss;
        npStart = iss.start;
        break;
      }
      return null;
    }
    const iss = issuers.find((m) => m.end === at || closesAcronym(text, m, at));
    if (iss && issuer === null) {
      issuer = iss;
      npStart = iss.start;
      i = iss.start;
      continue;
    }
    const wordStart = lastWordBefore(text, at, floor);
    if (wordStart < 0) break;
    if (isAsciiDigit(text.charCodeAt(at - 1))) {
      // four digits: a year
      year ??= Number(text.slice(wordStart, at));
      npStart = wordStart;
      i = npStart;
      continue;
    }
    if (isAsciiDigit(text.charCodeAt(wordStart))) {
      // "57-page"
      npStart = wordStart;
      i = npStart;
      continue;
    }
    const mod = MODIFIERS.find(
      (m) =>
        at - m.length >= floor &&
        text.startsWith(m, at - m.length) &&
        isWordStart(text, at - m.length),
    );
    if (mod) {
      npStart = at - mod.length;
      i = npStart;
      continue;
    }
    const w = text.slice(wordStart, at).toLowerCase();
    if (DETERMINERS.has(w)) {
      determiner = w;
      determinerStart = wordStart;
      break;
    }
    break;
  }
  if (determiner === null && issuer === null && title === null) return null;
  return {
    start: head.start,
    end: head.end,
    npStart,
    determiner,
    determinerStart,
    issuer,
    year,
    title,
  };
}

/**
 * Where the owner ends when `text[floor, at)` ends with a possessive ("’s", "'s", "’", "'"), as
 * `/(?:’s|'s|’|')$/` finds it; else -1.
 */
function possessiveBefore(text: string, at: number, floor: number): number {
  const isQuote = (c: number): boolean => c === 0x2019 || c === 0x27;
  const c = text.charCodeAt(at - 1);
  if (c === 0x73 && at - 2 >= floor && isQuote(text.charCodeAt(at - 2))) return at - 2;
  return isQuote(c) ? at - 1 : -1;
}

/**
 * Where the word ending at `at` starts, as `/(\d{4}|\d+-page|[\p{L}-]+)$/u` run over
 * `text[floor, at)` finds it (the match that starts first): four digits, digits before "-page",
 * or the letters and hyphens that end the text; -1 when it finds none.
 */
function lastWordBefore(text: string, at: number, floor: number): number {
  let k = at;
  while (k > floor && isAsciiDigit(text.charCodeAt(k - 1))) k--;
  if (k < at) return at - k >= 4 ? at - 4 : -1;
  while (k > floor) {
    const cp = codePointBefore(text, k, floor);
    if (cp !== 0x2d && (classOf(cp) & LETTER) === 0) break;
    k -= cp > 0xffff ? 2 : 1;
  }
  if (k === at) return -1;
  // digits before "-page" start the match before the letters do
  const page = at - "-page".length;
  if (page > floor && text.startsWith("-page", page) && isAsciiDigit(text.charCodeAt(page - 1))) {
    let d = page - 1;
    while (d > floor && isAsciiDigit(text.charCodeAt(d - 1))) d--;
    return d;
  }
  return k;
}

/** "European External Action Service (EEAS)’s": the issuer ends before the bracketed acronym. */
function closesAcronym(text: string, m: IssuerMention, at: number): boolean {
  return /^\s*\([\p{Lu}.]{2,10}\)$/u.test(text.slice(m.end, at));
}

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
}

export function findReportNouns(text: string, span: Span): Span[] {
  return spansStartingIn(landmarks(text).nouns, span.start, span.end);
}

/** Whether the document holds a title or a report noun anywhere: the rules read nothing else. */
export function mayReferToReports(text: string): boolean {
  const found = landmarks(text);
  return found.titles.length > 0 || found.nouns.length > 0;
}
