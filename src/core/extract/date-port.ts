// The date reading reports and events need, behind one small interface. The shared date utility
// (src/core/text/dates.ts) is being written alongside; until it lands this file reads the forms
// those two extractors meet, and once it lands it becomes a thin adapter over it.

import type { PartialDate, Span } from "../types.js";

export interface DateMention extends Span {
  date: PartialDate;
  /** Resolved against the document date ("on Saturday", "last month", "April 18"). */
  relative: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const M =
  "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const PATTERNS: readonly RegExp[] = [
  // "March 11, 2020", "Dec. 14", "April 18", "March 11 2020"
  new RegExp(
    `\\b${M}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<year>\\d{4}))?`,
    "g",
  ),
  // "11 March 2020", "5 April"
  new RegExp(
    `\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+(?<year>\\d{4}))?`,
    "g",
  ),
  // "October 2020", "August this year", "January last year"
  new RegExp(`\\b${M}(?:\\s+(?:of\\s+)?(?<year>\\d{4})|\\s+(?<rel>this|last|next) year)`, "g"),
  // "In July", "since March": a bare month after a cue, the latest such month by the document date
  new RegExp(
    `\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${M}(?![A-Za-z])(?![\\s,]*\\d)`,
    "g",
  ),
  // "in 2019", "since 2016", "by 2020", "early 2021"
  /\b(?:in|since|by|during|until|early|late|mid-?|throughout|from)\s+(?<year>(?:19|20)\d{2})\b(?![-–]?\s*(?:page|year|strong))/gi,
  // "on Saturday", "Wednesday", "last Monday"
  /\b(?<weekday>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
  // "this year", "last month", "last year"
  /\b(?<relword>this|last|next)\s+(?<unit>year|month)\b/gi,
];

function parseDoc(
  date: PartialDate | null,
): { y: number; m: number | null; d: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

const pad = (n: number): string => String(n).padStart(2, "0");

function ymd(y: number, m: number | null, d: number | null): PartialDate {
  return d !== null && m !== null
    ? `${y}-${pad(m)}-${pad(d)}`
    : m !== null
      ? `${y}-${pad(m)}`
      : `${y}`;
}

function resolve(
  g: Record<string, string | undefined>,
  doc: ReturnType<typeof parseDoc>,
): { date: PartialDate; relative: boolean } | null {
  if (g.weekday) {
    if (!doc || doc.m === null || doc.d === null) return null;
    // The most recent such weekday on or before the document date: news reports the past.
    const ref = new Date(Date.UTC(doc.y, doc.m - 1, doc.d));
    const back = (ref.getUTCDay() - WEEKDAYS.indexOf(g.weekday.toLowerCase()) + 7) % 7;
    const at = new Date(ref.getTime() - back * 86_400_000);
    return {
      date: ymd(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()),
      relative: true,
    };
  }
  if (g.relword) {
    if (!doc) return null;
    const shift =
      g.relword.toLowerCase() === "last" ? -1 : g.relword.toLowerCase() === "next" ? 1 : 0;
    if (g.unit!.toLowerCase() === "year") return { date: `${doc.y + shift}`, relative: true };
    if (doc.m === null) return null;
    const total = doc.y * 12 + (doc.m - 1) + shift;
    return { date: ymd(Math.floor(total / 12), (total % 12) + 1, null), relative: true };
  }
  const month = g.month ? (MONTHS[g.month.toLowerCase().replace(/\.$/, "")] ?? null) : null;
  const day = g.day ? Number(g.day) : null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (g.year) return { date: ymd(Number(g.year), month, day), relative: false };
  if (g.rel) {
    if (!doc) return null;
    return {
      date: ymd(doc.y + (g.rel === "last" ? -1 : g.rel === "next" ? 1 : 0), month, day),
      relative: true,
    };
  }
  if (month === null || !doc) return null;
  // "April 18" without a year: the latest such day not after the document date. Unambiguous only
  // when the document's month is known (or the month differs from the document's).
  if (doc.m === null) return null;
  const later = month > doc.m || (month === doc.m && day !== null && doc.d !== null && day > doc.d);
  if (month === doc.m && day !== null && doc.d === null) return null;
  return { date: ymd(later ? doc.y - 1 : doc.y, month, day), relative: true };
}

/** Dates written inside `span`, earliest first; overlapping readings keep the longest. */
export function findDates(text: string, span: Span, docDate: PartialDate | null): DateMention[] {
  const doc = parseDoc(docDate);
  const found: DateMention[] = [];
  const slice = text.slice(span.start, span.end);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const r = resolve(m.groups ?? {}, doc);
      if (!r) continue;
      let start = span.start + m.index;
      // "in 2019": the preposition is not part of the date.
      const lead = /^(?:in|since|by|during|until|from|throughout)\s+/i.exec(m[0]);
      if (lead && !m.groups?.month) start += lead[0].length;
      found.push({ start, end: span.start + m.index + m[0].length, ...r });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
