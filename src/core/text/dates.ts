// Date expressions in English (and Vietnamese) news text, with offsets and partial-date values.
// A date without a year ("on April 22"), a weekday or "last year" is resolved against the
// document date, and only when that resolution is unambiguous; otherwise it is not returned.

import { DATE_CUES, END_OF_CUES, PERIOD_PARTS, YEAR_CUES } from "../lexicon/calendar.js";
import type { PartialDate, Span } from "../types.js";
import { type DocDate, PATTERNS, type Raw, relativeMatches, scanText } from "./date-patterns.js";
import type { TextScan } from "./date-scan.js";
import { firstWithKeyAtLeast } from "./sorted.js";
import { tailStart } from "./tail-start.js";
import { TextCache } from "./text-cache.js";
import { TrailingPhrases } from "./trailing-phrase.js";

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

const pad = (n: number): string => String(n).padStart(2, "0");

/** The last document date read, and what it read as: each extractor asks with the same one. */
let lastDocDate: PartialDate | null | undefined = null;
let lastDoc: DocDate | null = null;

function parseDocDate(date: PartialDate | null | undefined): DocDate | null {
  if (date === lastDocDate) return lastDoc;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  lastDocDate = date;
  lastDoc = m ? { y: +m[1]!, m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null } : null;
  return lastDoc;
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

/** How far back from a date (or from a period part before it) a cue is looked for. */
const CUE_LOOK_BACK = 40;
/**
 * The most a date's cue and period part reach back from the date: `toMatch` reads nothing of the
 * text before `start - CUE_REACH`, so it answers the same for every floor up to there.
 */
const CUE_REACH = 2 * CUE_LOOK_BACK;

/** The cue (and any "early"/"mid-" narrowing) written before `start`. */
function cueBefore(
  text: string,
  start: number,
  floor: number,
): { at: number; cue: string | null; part: boolean } {
  let at = start;
  let part = false;
  const p = PARTS.find(
    text,
    tailStart(text, Math.max(floor, at - CUE_LOOK_BACK), at, PART_WORDS),
    at,
  );
  if (p) {
    at = p.at;
    part = true;
  }
  const c = CUES.find(
    text,
    tailStart(text, Math.max(floor, at - CUE_LOOK_BACK), at, CUE_WORDS),
    at,
  );
  if (!c) return { at, cue: null, part };
  return {
    at: c.at,
    cue: text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, " "),
    part,
  };
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
 * Every pattern's matches over the whole text, sorted. Extractors ask for the dates of one
 * sentence at a time, and a global pattern that finds nothing in the sentence scans on to the end
 * of the document: reading the document once and keeping its matches (see TextCache) keeps that
 * linear.
 */
/**
 * A document's raw matches for one reading (day first or not, a document date), with `toMatch`'s
 * answer for each, kept with the floor it read to: the passes ask for the dates of one stretch
 * after another (events sentence by sentence, figures the whole document), and a date's cue was
 * read again for each. A match object is shared by the callers that get it; none changes one.
 */
interface Reading {
  raws: Raw[];
  /** Per raw, the floor its match was read with (see CUE_REACH), or -1. */
  reach: number[];
  matches: (DateMatch | null)[];
}

const RAW_CACHE = new TextCache<{ scan: TextScan; readings: Map<string, Reading> }>(4);

function documentRaws(text: string, options: DateOptions, doc: DocDate | null): Reading {
  const key = `${options.dayFirst ? "d" : "m"}|${doc ? `${doc.y}-${doc.m}-${doc.d}` : ""}`;
  let cached = RAW_CACHE.get(text);
  const hit = cached?.readings.get(key);
  if (hit) return hit;
  if (!cached) {
    cached = { scan: scanText(text), readings: new Map() };
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
  const reading: Reading = {
    raws,
    reach: new Array<number>(raws.length).fill(-1),
    matches: new Array<DateMatch | null>(raws.length).fill(null),
  };
  cached.readings.set(key, reading);
  return reading;
}

/** `toMatch` of raw `i` of a reading, read once for each floor that tells it apart. */
function matchOf(
  text: string,
  reading: Reading,
  i: number,
  doc: DocDate | null,
  floor: number,
): DateMatch | null {
  const raw = reading.raws[i]!;
  const reach = Math.max(floor, raw.start - CUE_REACH);
  if (reading.reach[i] === reach) return reading.matches[i]!;
  const match = toMatch(text, raw, doc, reach);
  reading.reach[i] = reach;
  reading.matches[i] = match;
  return match;
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
  const reading = documentRaws(text, options, doc);
  const raws = reading.raws;

  const out: DateMatch[] = [];
  // the matches lying wholly inside [from, to)
  for (let i = firstWithKeyAtLeast(raws, from, (r) => r.start); i < raws.length; i++) {
    const raw = raws[i]!;
    if (raw.start >= to) break;
    if (raw.end > to) continue;
    const prev = out[out.length - 1];
    if (prev && raw.start < prev.end) continue;
    const match = matchOf(text, reading, i, doc, prev ? prev.end : from);
    if (!match) continue;
    // "between 2015 and 2019", "from 2015 to 2019": "and"/"to" make a year a date only in a range.
    if (raw.needsCue && (match.cue === "and" || match.cue === "to")) {
      if (!prev || match.start - prev.end > 5) continue;
    }
    out.push(match);
  }
  return out;
}
