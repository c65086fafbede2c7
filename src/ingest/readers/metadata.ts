import type { PartialDate } from "../../core/types.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date in a file name: `...-2021-04-22.txt`, `..._2021-04.md`, `...-2014.txt`. */
export function dateFromName(name: string): PartialDate | null {
  const base = name.replace(/^.*[\\/]/, "");
  const full = /(?:^|[^0-9])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(
    base,
  );
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const month = /(?:^|[^0-9])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![0-9])/.exec(base);
  if (month) return `${month[1]}-${month[2]}`;
  const year = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/.exec(base);
  return year ? year[1]! : null;
}

/**
 * A metadata date value to a partial ISO date, or null: `2021-04-22`, `2021-04`, `2021`,
 * `2021-04-22T10:00:00Z`, `April 22, 2021`, `22 April 2021`, `Apr 9, 2021`.
 */
export function parseMetaDate(value: unknown): PartialDate | null {
  if (value instanceof Date) return calendarDate(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  const iso = /^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?:[T ].*)?$/.exec(
    s,
  );
  if (iso) return validDate(iso[1]!, iso[2], iso[3]);
  // Other ISO years ("1850-03-01") are kept; "2026-13-45" and "99999-01-01" are not dates at all.
  const other = /^([+-]?\d{4,})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/.exec(s);
  if (other) {
    const [, y, m, d] = other;
    if (!/^[1-9]\d{3}$/.test(y!) || +m! < 1 || +m! > 12) return null;
    if (d !== undefined && (+d < 1 || +d > 31)) return null;
    return validDate(y!, m!.padStart(2, "0"), d?.padStart(2, "0"));
  }
  const mdy = /^([A-Za-z]{3,9})\.? (\d{1,2}),? ((?:19|20)\d\d)$/.exec(s);
  if (mdy) return fromMonthName(mdy[1]!, mdy[2]!, mdy[3]!);
  const dmy = /^(\d{1,2}) ([A-Za-z]{3,9})\.? ((?:19|20)\d\d)$/.exec(s);
  if (dmy) return fromMonthName(dmy[2]!, dmy[1]!, dmy[3]!);
  // "Tue, 14 May 2024 09:00:00 GMT": checked here, because Date.parse rolls "31 Feb" into March.
  const rfc = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/.exec(s);
  if (rfc) return fromMonthName(rfc[2]!, rfc[1]!, rfc[3]!);
  // Anything else the platform reads, if it names a year of four digits that the result keeps:
  // "99999-01-01" and "+275760-09-13" parse, to years no document has.
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed)) return null;
  const date = calendarDate(new Date(parsed));
  return date && s.includes(date.slice(0, 4)) ? date : null;
}

/** A Date's day as `YYYY-MM-DD`, for years 1000 to 9999 only. */
function calendarDate(date: Date): PartialDate | null {
  const y = date.getUTCFullYear();
  if (Number.isNaN(y) || y < 1000 || y > 9999) return null;
  return date.toISOString().slice(0, 10);
}

function fromMonthName(month: string, day: string, year: string): PartialDate | null {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (m < 0) return null;
  return validDate(year, String(m + 1).padStart(2, "0"), day.padStart(2, "0"));
}

function validDate(y: string, m?: string, d?: string): PartialDate | null {
  if (!m) return y;
  if (!d) return `${y}-${m}`;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

/**
 * A document's URL if it is a web address, else null: a `javascript:` or `data:` URL from a file's
 * metadata would run if someone followed the link shown beside the document.
 */
export function webUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  return s.length <= 4096 && /^https?:\/\/[^\s<>"]+$/i.test(s) ? s : null;
}
