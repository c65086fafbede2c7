// Date expressions in English (and Vietnamese) news text, with offsets and partial-date values.
// A date without a year ("on April 22"), a weekday or "last year" is resolved against the
// document date, and only when that resolution is unambiguous; otherwise it is not returned.

import {
  DATE_CUES,
  END_OF_CUES,
  MONTHS,
  PERIOD_PARTS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  WEEKDAYS,
  YEAR_CUES,
} from "../lexicon/calendar.js";
import type { PartialDate, Span } from "../types.js";
import { tailStart } from "./tail-start.js";
import { TrailingPhrases } from "./trailing-phrase.js";
import { wordRuns, type WordRuns } from "./word-runs.js";
import { firstWithKeyAtLeast } from "./sorted.js";

export interface DateMatch extends Span {
  /** `text.slice(start, end)`: the date with its cue ("as of March 1, 2021", "in 2019"). */
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: PartialDate;
  precision: "day" | "month" | "year";
  /** True when part of the value came from the document date ("on April 22", "last year"). */
  relative: boolean;
  /** The cue before the date, lower-cased ("as of", "since", "on"), or null. */
  cue: string | null;
  /** "by the end of 2020": the value is the last day of the period (2020-12-31). */
  endOf: boolean;
}

export interface DateOptions {
  /** The document date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) that relative dates resolve against. */
  docDate?: PartialDate | null;
  /** Read an ambiguous "4/5/2021" day first (Vietnamese and most non-US sources). */
  dayFirst?: boolean;
  from?: number;
  to?: number;
}

interface Raw extends Span {
  y: number;
  m: number | null;
  d: number | null;
  relative: boolean;
  /** A bare month or year: a date only after a cue ("in April", "since 2019"). */
  needsCue: boolean;
}

interface DocDate {
  y: number;
  m: number | null;
  d: number | null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** Month names as written: "April", "APRIL", "Apr", "APR" (longest first). */
const MONTH_FORMS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((n) => [n[0]!.toUpperCase() + n.slice(1), n.toUpperCase()]);
const MONTH = `(${MONTH_FORMS.join("|")})(?![\\p{L}])\\.?`;
const YEAR = "((?:1[89]|20)\\d\\d)(?![\\d\\p{L}]|[-/]\\d)";
const NOT_BEFORE = "(?<![\\p{L}\\d])";

/**
 * Where a pattern's matches can start, so the text is not tried at every offset: at the start of a
 * run of digits that passes a test (on the run `[start, end)` and what follows it), at the start
 * of a word (a run of ASCII letters) in one of the word lists (`WORD_LISTS` bits), or, for
 * patterns with a word that has letters beyond ASCII, anywhere in a text that holds that word.
 */
type Starts =
  | { digits: (text: string, start: number, end: number) => boolean }
  | { words: number }
  | { needs: string };

/**
 * Words to test runs of the text against without slicing them out, each with the bits of the
 * lists that hold it. A trie over the letters in any case (node `n`'s child for letter `c`, a = 0,
 * at `n * 26 + c`): most words leave it at their first letters. A word found in it has the bits
 * of the lists read in any case, and those of the lists read as written whose form it has.
 */
class WordBits {
  private readonly child: number[] = Array<number>(26).fill(0);
  private readonly anyCase: number[] = [0];
  private readonly asWritten: Array<Map<string, number> | undefined> = [undefined];

  constructor(
    lists: ReadonlyArray<readonly [bit: number, words: readonly string[], fold: boolean]>,
  ) {
    for (const [bit, words, fold] of lists) {
      for (const w of words) {
        if (!/^[A-Za-z]+$/.test(w)) throw new Error(`not an ASCII word: ${w}`);
        let node = 0;
        for (let k = 0; k < w.length; k++) {
          const slot = node * 26 + (w.charCodeAt(k) | 0x20) - 97;
          if (this.child[slot] === 0) {
            this.child[slot] = this.anyCase.length;
            this.anyCase.push(0);
            this.asWritten.push(undefined);
            for (let i = 0; i < 26; i++) this.child.push(0);
          }
          node = this.child[slot]!;
        }
        if (fold) this.anyCase[node]! |= bit;
        else {
          const forms = (this.asWritten[node] ??= new Map());
          forms.set(w, (forms.get(w) ?? 0) | bit);
        }
      }
    }
  }

  /** The bits of `text[start, end)` (ASCII letters): 0 for a word in no list. */
  get(text: string, start: number, end: number): number {
    let node = 0;
    for (let k = start; k < end; k++) {
      node = this.child[node * 26 + (text.charCodeAt(k) | 0x20) - 97]!;
      if (node === 0) return 0;
    }
    const forms = this.asWritten[node];
    return this.anyCase[node]! | (forms?.get(text.slice(start, end)) ?? 0);
  }
}

const MONTH_WORD = 1;
const WEEKDAY_WORD = 2;
const RELATIVE_WORD = 4;

const PATTERNS: {
  re: RegExp;
  starts: Starts;
  read: (m: RegExpExecArray, o: DateOptions) => Omit<Raw, keyof Span> | null;
}[] = [
  {
    // 2021-04-22
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    starts: { digits: (text, start, end) => end - start === 4 && text[end] === "-" },
    read: (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]!, relative: false, needsCue: false }),
  },
  {
    // 22/4/2021, 4/22/2021, 22.4.2021
    re: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])/g,
    starts: { digits: (text, start, end) => end - start <= 2 && /[/.]/.test(text[end] ?? "") },
    read: (m, o) => numericDate(+m[1]!, +m[3]!, +m[4]!, m[2] === "." || !!o.dayFirst),
  },
  {
    // ngày 22 tháng 4 năm 2021, ngày 22/4/2021, ngày 22-4
    re: /(?<![\p{L}])[Nn]gày\s+(\d{1,2})(?:\s+tháng\s+|[/-])(\d{1,2})(?:(?:\s+năm\s+|[/-])((?:19|20)\d\d))?(?!\d)/gu,
    starts: { needs: "gày" },
    read: (m) => ({
      y: m[3] ? +m[3] : NaN,
      m: +m[2]!,
      d: +m[1]!,
      relative: !m[3],
      needsCue: false,
    }),
  },
  {
    // tháng 4 năm 2021, tháng 10/2020
    re: /(?<![\p{L}])[Tt]háng\s+(\d{1,2})(?:\s+năm\s+|\/)((?:19|20)\d\d)(?!\d)/gu,
    starts: { needs: "háng" },
    read: (m) => ({ y: +m[2]!, m: +m[1]!, d: null, relative: false, needsCue: false }),
  },
  {
    // năm 2021
    re: /(?<![\p{L}])[Nn]ăm\s+((?:19|20)\d\d)(?!\d)/gu,
    starts: { needs: "ăm" },
    read: (m) => ({ y: +m[1]!, m: null, d: null, relative: false, needsCue: false }),
  },
  {
    // April 22, 2021 · Apr. 22 · Dec 14th
    re: new RegExp(
      `${NOT_BEFORE}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}:])(?:,?\\s+${YEAR})?`,
      "gu",
    ),
    starts: { words: MONTH_WORD },
    read: (m) => monthDay(m[1]!, +m[2]!, m[3], m),
  },
  {
    // 22 April 2021 · 21 Apr 2016 · 22nd of April
    re: new RegExp(
      `${NOT_BEFORE}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
      "gu",
    ),
    starts: { digits: (_, start, end) => end - start <= 2 },
    read: (m) => monthDay(m[2]!, +m[1]!, m[3], m),
  },
  {
    // October 2020 · Feb. 2021 · October of 2020
    re: new RegExp(`${NOT_BEFORE}${MONTH},?\\s+(?:of\\s+)?${YEAR}`, "gu"),
    starts: { words: MONTH_WORD },
    read: (m) => ({
      y: +m[2]!,
      m: MONTHS[m[1]!.toLowerCase()]!,
      d: null,
      relative: false,
      needsCue: false,
    }),
  },
  {
    // (in) April: a date only after a cue
    re: new RegExp(`${NOT_BEFORE}${MONTH}`, "gu"),
    starts: { words: MONTH_WORD },
    read: (m) =>
      m[1]!.length < 4 && m[1]!.toLowerCase() !== "may"
        ? null
        : { y: NaN, m: MONTHS[m[1]!.toLowerCase()]!, d: null, relative: true, needsCue: true },
  },
  {
    // (in) 2019: a date only after a cue
    re: new RegExp(`${NOT_BEFORE}${YEAR}`, "gu"),
    starts: { digits: (text, start, end) => end - start === 4 && /[12]/.test(text[start]!) },
    read: (m) => ({ y: +m[1]!, m: null, d: null, relative: false, needsCue: true }),
  },
];

function numericDate(
  a: number,
  b: number,
  y: number,
  dayFirst: boolean,
): Omit<Raw, keyof Span> | null {
  if (a > 12 && b > 12) return null;
  if (a > 12 || (dayFirst && b <= 12)) return { y, m: b, d: a, relative: false, needsCue: false };
  if (b > 12) return { y, m: a, d: b, relative: false, needsCue: false };
  // "4/5/2021" with no reason to prefer an order: only the year is certain.
  return { y, m: null, d: null, relative: false, needsCue: false };
}

// "released on 12 May 99999.": a year is written but is not one; the date is not "12 May" of
// the document's year. A number that goes on with the sentence ("May 12, 1500 people") is not it.
const UNREADABLE_YEAR = /^,?[ \t]+\d{5,}(?![\d.,]\d)[ \t]*(?:$|[.;,)\n])/;

function monthDay(
  month: string,
  d: number,
  year: string | undefined,
  match: RegExpExecArray,
): Omit<Raw, keyof Span> | null {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, "")];
  if (m === undefined) return null;
  if (!year && UNREADABLE_YEAR.test(match.input.slice(match.index + match[0].length))) return null;
  return { y: year ? +year : NaN, m, d, relative: !year, needsCue: false };
}

function parseDocDate(date: PartialDate | null | undefined): DocDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  if (!m) return null;
  return { y: +m[1]!, m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The year that does not put month/day after the document date: "Dec. 14" read in January → last year. */
function inferYear(doc: DocDate, m: number, d: number | null): number {
  if (doc.m === null) return doc.y;
  if (m > doc.m) return doc.y - 1;
  if (m === doc.m && d !== null && doc.d !== null && d > doc.d) return doc.y - 1;
  return doc.y;
}

/** Cues ("as of", "since") and period parts ("early", "the first half of") before a date. */
const CUES = new TrailingPhrases(DATE_CUES, true);
const PARTS = new TrailingPhrases(PERIOD_PARTS, false);

/** The most words a cue or a period part has: none is read further back. */
const CUE_WORDS = Math.max(...DATE_CUES.map((c) => c.split(" ").length));
const PART_WORDS = Math.max(...PERIOD_PARTS.map((c) => c.split(" ").length));

/** The cue (and any "early"/"mid-" narrowing) written before `start`. */
function cueBefore(
  text: string,
  start: number,
  floor: number,
): { at: number; cue: string | null; part: boolean } {
  let at = start;
  let part = false;
  const p = PARTS.find(text, tailStart(text, Math.max(floor, at - 40), at, PART_WORDS), at);
  if (p) {
    at = p.at;
    part = true;
  }
  const c = CUES.find(text, tailStart(text, Math.max(floor, at - 40), at, CUE_WORDS), at);
  if (!c) return { at, cue: null, part };
  return {
    at: c.at,
    cue: text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, " "),
    part,
  };
}

const RELATIVE_WORDS = [
  ...Object.keys(RELATIVE_DAYS),
  ...Object.keys(RELATIVE_MONTHS),
  ...Object.keys(RELATIVE_YEARS),
];
const RELATIVE = new RegExp(
  `(?<![\\p{L}])(${RELATIVE_WORDS.join("|").replace(/ /g, "\\s+")})(?![\\p{L}])`,
  "giu",
);
const RELATIVE_STARTS: Starts = { words: RELATIVE_WORD };
/** "on Saturday", "last Monday": the most recent such day on or before the document date. */
const WEEKDAY =
  /(?<![\p{L}])(?:(last|next|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![\p{L}])/gu;
const WEEKDAY_STARTS: Starts = { words: WEEKDAY_WORD };

/** The first words of the patterns that start with a word (only relative words in any case). */
const WORDS = new WordBits([
  [MONTH_WORD, MONTH_FORMS, false],
  [
    WEEKDAY_WORD,
    ["last", "next", "this", ...Object.keys(WEEKDAYS).map((d) => d[0]!.toUpperCase() + d.slice(1))],
    false,
  ],
  [RELATIVE_WORD, RELATIVE_WORDS.map((w) => w.split(" ")[0]!), true],
]);
const FOLDED_LISTS = RELATIVE_WORD;

function relativeMatches(scan: TextScan, doc: DocDate | null): Raw[] {
  const out: Raw[] = [];
  if (!doc) return out;
  for (const m of scan.matches(RELATIVE, RELATIVE_STARTS)) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, " ");
    const span = { start: m.index, end: m.index + m[0].length };
    if (key in RELATIVE_YEARS) {
      out.push({
        ...span,
        y: doc.y + RELATIVE_YEARS[key]!,
        m: null,
        d: null,
        relative: true,
        needsCue: false,
      });
    } else if (key in RELATIVE_MONTHS && doc.m !== null) {
      const t = new Date(Date.UTC(doc.y, doc.m - 1 + RELATIVE_MONTHS[key]!, 1));
      out.push({
        ...span,
        y: t.getUTCFullYear(),
        m: t.getUTCMonth() + 1,
        d: null,
        relative: true,
        needsCue: false,
      });
    } else if (key in RELATIVE_DAYS && doc.m !== null && doc.d !== null) {
      out.push({
        ...span,
        ...shiftDays(doc, RELATIVE_DAYS[key]!),
        relative: true,
        needsCue: false,
      });
    }
  }
  if (doc.m === null || doc.d === null) return out;
  for (const m of scan.matches(WEEKDAY, WEEKDAY_STARTS)) {
    if (m[1] === "next" || m[1] === "this") continue;
    const docDay = new Date(Date.UTC(doc.y, doc.m - 1, doc.d)).getUTCDay();
    let back = (docDay - WEEKDAYS[m[2]!.toLowerCase()]! + 7) % 7;
    if (m[1] === "last" && back === 0) back = 7;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ...shiftDays(doc, -back),
      relative: true,
      needsCue: false,
    });
  }
  return out;
}

function shiftDays(doc: DocDate, days: number): { y: number; m: number; d: number } {
  const t = new Date(Date.UTC(doc.y, doc.m! - 1, doc.d! + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function toMatch(text: string, raw: Raw, doc: DocDate | null, floor: number): DateMatch | null {
  let { y, m, d } = raw;
  let relative = raw.relative;
  const { at, cue, part } = cueBefore(text, raw.start, floor);
  if (
    raw.needsCue &&
    !(cue !== null && (m !== null || YEAR_CUES.has(cue) || END_OF_CUES.has(cue))) &&
    !part
  )
    return null;
  if (Number.isNaN(y)) {
    if (!doc || m === null) return null;
    y = inferYear(doc, m, d);
    relative = true;
  }
  if (m !== null && (m < 1 || m > 12)) return null;
  if (m !== null && d !== null && !validDay(y, m, d)) return null;
  const endOf = cue !== null && END_OF_CUES.has(cue);
  if (endOf && d === null) {
    const last = m === null ? 12 : m;
    d = new Date(Date.UTC(y, last, 0)).getUTCDate();
    m = last;
  }
  const value = m === null ? String(y) : d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  const precision = m === null ? "year" : d === null ? "month" : "day";
  const start = cue !== null || part ? at : raw.start;
  return {
    start,
    end: raw.end,
    text: text.slice(start, raw.end),
    value,
    precision,
    relative,
    cue,
    endOf,
  };
}

/**
 * One text's pattern matches, each pattern read once. A global pattern run over the text tries
 * every offset, and a lookbehind first is costly at each: the matches are read instead only where
 * they can start (see `Starts`), with a sticky copy of the pattern, which finds the same matches
 * in the same order.
 */
class TextScan {
  private readonly byPattern = new Map<RegExp, RegExpExecArray[]>();
  /** Start and `WORD_LISTS` bits of each word in a list. */
  private words: number[] | null = null;
  /** The text's runs of letters and digits, read once for the extractors that ask for them too. */
  private runs: WordRuns | null = null;

  constructor(readonly text: string) {}

  matches(re: RegExp, starts: Starts): RegExpExecArray[] {
    let found = this.byPattern.get(re);
    if (!found) this.byPattern.set(re, (found = this.read(re, starts)));
    return found;
  }

  private read(re: RegExp, starts: Starts): RegExpExecArray[] {
    const text = this.text;
    if ("needs" in starts && !text.includes(starts.needs)) return [];
    const runs = (this.runs ??= wordRuns(text));
    // Word lists read in any case miss words spelt with ſ or K, which the pattern reads.
    if (
      "needs" in starts ||
      (runs.folds.length > 0 && "words" in starts && (starts.words & FOLDED_LISTS) !== 0)
    ) {
      const out: RegExpExecArray[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
      return out;
    }
    const sticky = stickyOf(re);
    const out: RegExpExecArray[] = [];
    let next = 0;
    const tryAt = (at: number): void => {
      if (at < next) return;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        next = at + m[0].length;
      }
    };
    if ("digits" in starts) {
      const { digitStarts, digitEnds } = runs;
      for (let k = 0; k < digitStarts.length; k++)
        if (starts.digits(text, digitStarts[k]!, digitEnds[k]!)) tryAt(digitStarts[k]!);
    } else {
      const w = (this.words ??= listedWords(runs));
      for (let k = 0; k < w.length; k += 2) if (w[k + 1]! & starts.words) tryAt(w[k]!);
    }
    return out;
  }
}

/** Start and `WORDS` bits of each run of letters that is a word in one of the lists. */
function listedWords(runs: WordRuns): number[] {
  const out: number[] = [];
  const { text, starts, ends } = runs;
  for (let k = 0; k < starts.length; k++) {
    const bits = WORDS.get(text, starts[k]!, ends[k]!);
    if (bits !== 0) out.push(starts[k]!, bits);
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  return s;
}

/**
 * Every pattern's matches over the whole text, sorted. Extractors ask for the dates of one
 * sentence at a time, and a global pattern that finds nothing in the sentence scans on to the end
 * of the document: reading the document once and keeping the last few texts' matches keeps that
 * linear.
 */
const RAW_CACHE = new Map<string, { scan: TextScan; raws: Map<string, Raw[]> }>();
const RAW_CACHE_TEXTS = 4;

function documentRaws(text: string, options: DateOptions, doc: DocDate | null): Raw[] {
  const key = `${options.dayFirst ? "d" : "m"}|${doc ? `${doc.y}-${doc.m}-${doc.d}` : ""}`;
  let cached = RAW_CACHE.get(text);
  const hit = cached?.raws.get(key);
  if (hit) return hit;
  if (!cached) {
    if (RAW_CACHE.size >= RAW_CACHE_TEXTS) RAW_CACHE.delete(RAW_CACHE.keys().next().value!);
    cached = { scan: new TextScan(text), raws: new Map() };
    RAW_CACHE.set(text, cached);
  }
  const raws: Raw[] = [];
  for (const { re, starts, read } of PATTERNS) {
    for (const m of cached.scan.matches(re, starts)) {
      const r = read(m, options);
      if (r)
        raws.push({
          start: m.index,
          end: m.index + m[0].length,
          y: r.y,
          m: r.m,
          d: r.d,
          relative: r.relative,
          needsCue: r.needsCue,
        });
    }
  }
  raws.push(...relativeMatches(cached.scan, doc));
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  cached.raws.set(key, raws);
  return raws;
}

/** The matches lying wholly inside `[from, to)`. */
function rawsIn(raws: readonly Raw[], from: number, to: number): Raw[] {
  const out: Raw[] = [];
  const first = firstWithKeyAtLeast(raws, from, (r) => r.start);
  for (let i = first; i < raws.length && raws[i]!.start < to; i++)
    if (raws[i]!.end <= to) out.push(raws[i]!);
  return out;
}

/**
 * Every date expression in `text[from, to)`, in order and non-overlapping, each with the cue
 * written before it included in its span:
 *   "as of March 1, 2021" → 2021-03-01 (cue "as of") · "in October 2020" → 2020-10 ·
 *   "by the end of 2020" → 2020-12-31 (endOf) · "on April 22" → year from the document date,
 *   never after it · "last year", "yesterday", "on Saturday" → from the document date ·
 *   "ngày 22 tháng 4 năm 2021" → 2021-04-22.
 * A bare year or month is a date only after a cue ("in 2019", "since 1994", "early April"):
 * "the 2016 elections" and "Criminal Code 2015" are not dates here.
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  const doc = parseDocDate(options.docDate);
  const raws = rawsIn(documentRaws(text, options, doc), from, to);

  const out: DateMatch[] = [];
  for (const raw of raws) {
    const prev = out[out.length - 1];
    if (prev && raw.start < prev.end) continue;
    const match = toMatch(text, raw, doc, prev ? prev.end : from);
    if (!match) continue;
    // "between 2015 and 2019", "from 2015 to 2019": "and"/"to" make a year a date only in a range.
    if (raw.needsCue && (match.cue === "and" || match.cue === "to")) {
      if (!prev || match.start - prev.end > 5) continue;
    }
    out.push(match);
  }
  return out;
}
