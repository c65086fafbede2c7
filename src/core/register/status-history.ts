// Status history: the stretches of days a person spent in each status, derived from the same
// point computation counting uses (`statusOn`), sampled at every day where it can change. The
// database stores these intervals (one row per stretch per record-time version) and counts with
// a plain range query; `countAsOf` stays the reference it is tested against.

import type { CountingRules, PartialDateRule } from "./counting-rules.js";
import { knownEvents, recordTimes } from "./known-events.js";
import { timedDays } from "./status-fold.js";
import { buildTimeline, statusOn, type Timeline } from "./timeline.js";
import type { CaseEvent, StatusInterval } from "./types.js";

export interface HistoryOptions {
  partialDates: PartialDateRule;
  termEnds: CountingRules["termEnds"];
  /** Record time; null for everything recorded. */
  knownAt?: string | null;
}

/** Every day on which `statusOn` may answer differently from the day before. */
function changeDays(t: Timeline): string[] {
  const days = new Set<string>();
  for (const p of t.placed) {
    days.add(p.day);
    if (t.rule === "exclude-uncertain") {
      days.add(p.lo);
      days.add(p.hi);
    }
  }
  for (const states of [t.states, t.earliest ?? [], t.latest ?? []]) {
    for (const s of states) for (const d of timedDays(s)) days.add(d);
  }
  return [...days].sort();
}

function sameStretch(a: StatusInterval, b: Omit<StatusInterval, "from" | "to">): boolean {
  return (
    a.status === b.status &&
    a.charges.join(";") === b.charges.join(";") &&
    a.flags.join(";") === b.flags.join(";")
  );
}

/** The status intervals of a timeline, in order, consecutive, the last one open. */
export function intervalsOf(t: Timeline): StatusInterval[] {
  const out: StatusInterval[] = [];
  for (const day of changeDays(t)) {
    const s = statusOn(t, day);
    const last = out[out.length - 1];
    if (s === null) {
      if (last && last.to === null) last.to = day;
      continue;
    }
    const stretch = {
      status: s.status,
      evidence: [...s.evidence],
      charges: [...s.charges],
      flags: [...s.flags],
    };
    if (last && last.to === null && sameStretch(last, stretch)) {
      for (const id of stretch.evidence) if (!last.evidence.includes(id)) last.evidence.push(id);
      continue;
    }
    if (last && last.to === null) last.to = day;
    out.push({ ...stretch, from: day, to: null });
  }
  return out;
}

/** A case's status history from its records as known at `knownAt`. */
export function statusHistory(
  records: readonly CaseEvent[],
  options: HistoryOptions,
): StatusInterval[] {
  const live = knownEvents(records, options.knownAt ?? null);
  return intervalsOf(buildTimeline(live, options.partialDates, options.termEnds));
}

/** One interval as the register knew it between two record times: a row for the database. */
export interface HistoryRow extends StatusInterval {
  caseId: string;
  /** Record time from which the register held this interval. */
  knownFrom: string;
  /** Record time from which it no longer did, or null while it still does. */
  knownTo: string | null;
}

function rowKey(i: StatusInterval): string {
  return JSON.stringify([i.status, i.from, i.to, i.charges, i.flags, i.evidence]);
}

/**
 * Every version of a case's status history, as rows valid in record time `[knownFrom, knownTo)`
 * and in event time `[from, to)`. Counting as of D known at T is then: rows with
 * `knownFrom <= T < knownTo` and `from <= D < to`.
 */
export function historyRows(
  caseId: string,
  records: readonly CaseEvent[],
  options: Omit<HistoryOptions, "knownAt">,
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let open = new Map<string, HistoryRow>();
  for (const at of recordTimes(records)) {
    const next = new Map<string, HistoryRow>();
    for (const interval of statusHistory(records, { ...options, knownAt: at })) {
      const key = rowKey(interval);
      const same = open.get(key);
      if (same) {
        next.set(key, same);
        open.delete(key);
      } else {
        const row: HistoryRow = { ...interval, caseId, knownFrom: at, knownTo: null };
        rows.push(row);
        next.set(key, row);
      }
    }
    for (const gone of open.values()) gone.knownTo = at;
    open = next;
  }
  return rows;
}
