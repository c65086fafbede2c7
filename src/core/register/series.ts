// Counts at regular dates, for charts: `from`, then every month (quarter, year) after it up to
// `to`. A step keeps the day of `from`, clamped to short months: 2021-01-31 monthly → 2021-02-28,
// 2021-03-31.

import { UsageError } from "../../errors.js";
import { countPrepared, prepareRegister, type CountOptions, type CountResult } from "./count.js";
import { ruleId } from "./counting-rules.js";
import { addMonths, isDay } from "./partial-date.js";
import type { Register } from "./types.js";

export const SERIES_STEPS = { month: 1, quarter: 3, year: 12 } as const;

export type SeriesStep = keyof typeof SERIES_STEPS;

export interface SeriesResult {
  from: string;
  to: string;
  every: SeriesStep;
  rules: string;
  partialDates: string;
  points: CountResult[];
}

/** The as-of dates of a series. */
export function seriesDays(from: string, to: string, every: SeriesStep): string[] {
  if (!isDay(from) || !isDay(to)) throw new UsageError("series dates must be YYYY-MM-DD");
  if (to < from) throw new UsageError(`series ends (${to}) before it starts (${from})`);
  const step = SERIES_STEPS[every];
  if (step === undefined) throw new UsageError(`unknown step "${String(every)}"`);
  const days: string[] = [];
  for (let k = 0; ; k++) {
    const day = addMonths(from, k * step);
    if (day > to) break;
    days.push(day);
  }
  return days;
}

export function series(
  register: Register,
  from: string,
  to: string,
  every: SeriesStep,
  options: CountOptions = {},
): SeriesResult {
  const days = seriesDays(from, to, every);
  const prepared = prepareRegister(register, options);
  return {
    from,
    to,
    every,
    rules: ruleId(prepared.rules),
    partialDates: prepared.partialDates,
    points: days.map((day) => countPrepared(prepared, day, options)),
  };
}
