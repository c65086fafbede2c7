// Dates as the register knows them: a day, a month or a year. A partial date stands for every day
// of its period; days are ISO strings `YYYY-MM-DD`, which compare correctly as strings.

import type { PartialDate } from "../types.js";

export type Precision = "day" | "month" | "year";

/** The days a partial date may stand for, inclusive: `2021-04` → 2021-04-01..2021-04-30. */
export interface Period {
  first: string;
  last: string;
  precision: Precision;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a string is not a partial date, or null when it is one.
 * "2021-13-01" → "month 13 is not 01..12"; "2021-02-29" → "2021-02 has 28 days".
 */
export function partialDateProblem(s: string): string | null {
  const m = SHAPE.exec(s);
  if (!m) return `"${s}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`;
  const year = Number(m[1]);
  if (year < 1000) return `year ${m[1]} is out of range`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} is not 01..12`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${m[1]}-${m[2]} has ${last} days, not ${m[3]}`;
  return null;
}

export function isPartialDate(s: string): boolean {
  return partialDateProblem(s) === null;
}

/** A full date `YYYY-MM-DD` that exists. */
export function isDay(s: string): boolean {
  return s.length === 10 && isPartialDate(s);
}

export function precisionOf(date: PartialDate): Precision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** The period a valid partial date stands for. */
export function periodOf(date: PartialDate): Period {
  const precision = precisionOf(date);
  if (precision === "day") return { first: date, last: date, precision };
  if (precision === "year") return { first: `${date}-01-01`, last: `${date}-12-31`, precision };
  const [y, m] = date.split("-").map(Number) as [number, number];
  return { first: `${date}-01`, last: `${date}-${pad(daysInMonth(y, m))}`, precision };
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return fromUtc(Date.UTC(y, m - 1, d + n));
}

/** Calendar months, the day clamped to the month's end: 2021-01-31 + 1 month → 2021-02-28. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a >= b ? a : b;
}
