// The bitemporal part: which records of a case were in force at a record time. Nothing is
// overwritten; a correction supersedes a record, a retraction supersedes it and withdraws it.
//
//   A  arrested 2021-03-17  (recorded 2021-03-20)
//   B  arrested 2021-03-16, supersedes A  (recorded 2021-04-02)
// known at 2021-03-31 → [A]; known at 2021-04-30 → [B].

import { knownAtMillis, recordMillis } from "./record-time.js";
import type { CaseEvent } from "./types.js";

/**
 * The live records among `records` as known at `knownAt` (null: everything recorded): those
 * recorded by then, less any a known record supersedes, less retractions.
 */
export function knownEvents(records: readonly CaseEvent[], knownAt: string | null): CaseEvent[] {
  const limit = knownAt === null ? Infinity : knownAtMillis(knownAt);
  const known = records.filter((r) => recordMillis(r.recordedAt) <= limit);
  const superseded = new Set<string>();
  for (const r of known) if (r.supersedes !== null) superseded.add(r.supersedes);
  return known.filter((r) => !r.retracted && !superseded.has(r.id));
}

/** The distinct record times of a case's records, in order: the versions of its history. */
export function recordTimes(records: readonly CaseEvent[]): string[] {
  const byMillis = new Map<number, string>();
  for (const r of records) {
    const ms = recordMillis(r.recordedAt);
    if (!byMillis.has(ms)) byMillis.set(ms, r.recordedAt);
  }
  return [...byMillis.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}
