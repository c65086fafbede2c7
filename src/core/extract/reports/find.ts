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
import { matchesStartingIn, wordMatchesStartingIn } from "../../text/match-cache.js";
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

const WORD_EDGE_L = "(?<![\\p{L}\\p{N}])";
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
  "gu",
);

export function findTitles(text: string, span: Span): TitleMention[] {
  const out: TitleMention[] = [];
  for (const m of wordMatchesStartingIn(TITLE_RE, text, span.start, span.end)) {
    const i = Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined);
    const title = REPORT_TITLES[i];
    if (title) out.push({ start: m.index, end: m.index + m[0].length, title });
  }
  return out;
}

const NOUN_RE = new RegExp(`${WORD_EDGE_L}(?:${alternation(REPORT_NOUNS)})${WORD_EDGE_R}`, "gu");
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
    const before = text.slice(floor, i).replace(/\s+$/, "");
    const at = floor + before.length;
    if (at === floor) break;
    const possessive = /(?:’s|'s|’|')$/.exec(before);
    if (possessive) {
      const owner = at - possessive[0].length;
      const iss = issuers.find((m) => m.end === owner || closesAcronym(text, m, owner));
      if (iss) {
        issuer = iss;
        npStart = iss.start;
        break;
      }
      if (/\b(?:its|their)$/i.test(before)) break;
      return null;
    }
    const iss = issuers.find((m) => m.end === at || closesAcronym(text, m, at));
    if (iss && issuer === null) {
      issuer = iss;
      npStart = iss.start;
      i = iss.start;
      continue;
    }
    const word = /(\d{4}|\d+-page|[\p{L}-]+)$/u.exec(before);
    if (!word) break;
    const w = word[1]!;
    if (/^\d{4}$/.test(w)) {
      year ??= Number(w);
      npStart = at - w.length;
      i = npStart;
      continue;
    }
    if (/^\d+-page$/.test(w)) {
      npStart = at - w.length;
      i = npStart;
      continue;
    }
    const mod = MODIFIERS.find((m) => before.endsWith(m) && isWordStart(text, at - m.length));
    if (mod) {
      npStart = at - mod.length;
      i = npStart;
      continue;
    }
    if (DETERMINERS.has(w.toLowerCase())) {
      determiner = w.toLowerCase();
      determinerStart = at - w.length;
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

/** "European External Action Service (EEAS)’s": the issuer ends before the bracketed acronym. */
function closesAcronym(text: string, m: IssuerMention, at: number): boolean {
  return /^\s*\([\p{Lu}.]{2,10}\)$/u.test(text.slice(m.end, at));
}

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
}

export function findReportNouns(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const m of matchesStartingIn(NOUN_RE, text, span.start, span.end)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
