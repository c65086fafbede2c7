// Finding the pieces a report reference is made of, within one sentence: issuer names, and what
// stands to the left of a report noun or title (see landmarks.ts for where those are).

import { REPORT_ISSUERS, type ReportIssuer } from "../../lexicon/report-issuers.js";
import { REPORT_MODIFIERS, type ReportTitle } from "../../lexicon/report-titles.js";
import type { Span } from "../../types.js";
import { LETTER, classOf, codePointBefore, isAsciiDigit, isSpace } from "../../text/chars.js";
import { wordMatchesStartingIn } from "../../text/match-cache.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

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
