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
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const s = value.trim();
  const iso = /^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?:[T ].*)?$/.exec(
    s,
  );
  if (iso) return validDate(iso[1]!, iso[2], iso[3]);
  const mdy = /^([A-Za-z]{3,9})\.? (\d{1,2}),? ((?:19|20)\d\d)$/.exec(s);
  if (mdy) return fromMonthName(mdy[1]!, mdy[2]!, mdy[3]!);
  const dmy = /^(\d{1,2}) ([A-Za-z]{3,9})\.? ((?:19|20)\d\d)$/.exec(s);
  if (dmy) return fromMonthName(dmy[2]!, dmy[1]!, dmy[3]!);
  const parsed = Date.parse(s);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
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
