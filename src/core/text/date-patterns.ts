// The date patterns of English and Vietnamese news text, and the relative dates ("last year",
// "yesterday", "on Saturday") resolved against the document date.

import {
  MONTHS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  WEEKDAYS,
} from "../lexicon/calendar.js";
import type { Span } from "../types.js";
import { type Starts, TextScan, WordBits } from "./date-scan.js";

export interface Raw extends Span {
  y: number;
  m: number | null;
  d: number | null;
  relative: boolean;
  /** A bare month or year: a date only after a cue ("in April", "since 2019"). */
  needsCue: boolean;
}

export interface DocDate {
  y: number;
  m: number | null;
  d: number | null;
}

/** Month names as written: "April", "APRIL", "Apr", "APR" (longest first). */
const MONTH_FORMS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((n) => [n[0]!.toUpperCase() + n.slice(1), n.toUpperCase()]);
const MONTH = `(${MONTH_FORMS.join("|")})(?![\\p{L}])\\.?`;
const YEAR = "((?:1[89]|20)\\d\\d)(?![\\d\\p{L}]|[-/]\\d)";
const NOT_BEFORE = "(?<![\\p{L}\\d])";

const MONTH_WORD = 1;
const WEEKDAY_WORD = 2;
const RELATIVE_WORD = 4;

export const PATTERNS: {
  re: RegExp;
  starts: Starts;
  read: (m: RegExpExecArray, o: { dayFirst?: boolean }) => Omit<Raw, keyof Span> | null;
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

/** A scan of `text` for these patterns. */
export const scanText = (text: string): TextScan => new TextScan(text, WORDS, FOLDED_LISTS);

export function relativeMatches(scan: TextScan, doc: DocDate | null): Raw[] {
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
