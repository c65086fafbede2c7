// Dates as the cross-check needs them: partial dates turned into days for "as of" and "on or
// before" questions, and days written out for the reasoning ("24 June 2021").

import type { PartialDate } from "../types.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(s: string | null | undefined): s is PartialDate {
  return typeof s === "string" && PARTIAL.test(s);
}

/** The first day a partial date can mean: "2021-04" → "2021-04-01". */
export function firstDay(d: PartialDate): string {
  const m = PARTIAL.exec(d);
  if (!m) return d;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** The last day a partial date can mean: "2021-04" → "2021-04-30", "2021" → "2021-12-31". */
export function lastDay(d: PartialDate): string {
  const m = PARTIAL.exec(d);
  if (!m) return d;
  if (m[3]) return d;
  if (!m[2]) return `${m[1]}-12-31`;
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(days).padStart(2, "0")}`;
}

/** The partial date certainly ended on or before `day`. */
export function endedBy(d: PartialDate | null, day: string): boolean {
  return d !== null && lastDay(d) <= day;
}

/** The partial date may have started on or before `day`. */
export function startedBy(d: PartialDate | null, day: string): boolean {
  return d !== null && firstDay(d) <= day;
}

/** "24 June 2021", "June 2021", "2021"; anything else as given. */
export function dateInWords(d: PartialDate | null): string {
  if (!d) return "an unknown date";
  const m = PARTIAL.exec(d);
  if (!m) return d;
  if (!m[2]) return m[1]!;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `day` shifted by whole months, clamped to the month's end: ("2021-03-31", -1) → "2021-02-28". */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
