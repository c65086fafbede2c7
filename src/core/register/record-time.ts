// Record time: when the register learned something. Records carry ISO 8601 timestamps; a query's
// `knownAt` may be a timestamp or a bare day, which means the end of that day (UTC): "what did the
// register say on 1 May 2021" includes everything recorded that day.

import { isDay } from "./partial-date.js";

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Why a string is not a record timestamp, or null. */
export function timestampProblem(s: string): string | null {
  if (!TIMESTAMP.test(s) || !isDay(s.slice(0, 10)) || Number.isNaN(Date.parse(s))) {
    return `"${s}" is not an ISO 8601 timestamp with a time zone (2021-05-01T09:30:00Z)`;
  }
  return null;
}

/** Milliseconds since the epoch of a valid record timestamp. */
export function recordMillis(recordedAt: string): number {
  return Date.parse(recordedAt);
}

/** Why a string is not a `knownAt` (a timestamp or a day), or null. */
export function knownAtProblem(s: string): string | null {
  if (isDay(s)) return null;
  return timestampProblem(s);
}

/** The last millisecond a `knownAt` covers: a day stands for its end. */
export function knownAtMillis(knownAt: string): number {
  if (isDay(knownAt)) return Date.parse(`${knownAt}T23:59:59.999Z`);
  return Date.parse(knownAt);
}
