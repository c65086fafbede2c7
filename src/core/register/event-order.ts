// Putting a case's events in order and on days. Partial dates make both questions open:
// "arrested 2021, tried 2021-03-16" — the arrest came first, so it happened by 2021-03-16 at the
// latest. Events are ordered by date where their periods do not overlap and by their kind (an
// arrest before a trial, a trial before a release) where they do; then each event gets the
// earliest (`lo`) and latest (`hi`) day consistent with that order, and the partial-date rule
// picks its day between them.

import type { PartialDateRule } from "./counting-rules.js";
import { maxDay, minDay, periodOf, type Period } from "./partial-date.js";
import type { CaseEvent, CaseEventType } from "./types.js";

const RANK: Record<CaseEventType, number> = {
  "at-risk": 0,
  arrested: 1,
  "held-pending-trial": 2,
  indicted: 3,
  tried: 4,
  sentenced: 5,
  appeal: 6,
  released: 7,
  exiled: 8,
  deceased: 9,
};

const LEAVING: ReadonlySet<CaseEventType> = new Set(["released", "exiled", "deceased"]);
const ENTERING: ReadonlySet<CaseEventType> = new Set(["arrested", "held-pending-trial"]);

export interface PlacedEvent {
  event: CaseEvent;
  period: Period;
  /** Earliest day consistent with the order. */
  lo: string;
  /** Latest day consistent with the order. */
  hi: string;
  /**
   * The day the rule says it takes effect. `exclude-uncertain` places like `start-of-period`:
   * it only trusts the day where `lo` and `hi` agree, and there every rule agrees.
   */
  day: string;
  /** Placed by its kind against an overlapping release or arrest it may precede instead. */
  ambiguous: boolean;
}

/**
 * Events that end a deprivation of liberty take the opposite bound of the rule: releases, exile,
 * death, and sentences that send nobody to prison (suspended, or no prison term).
 */
export function endsDetention(e: CaseEvent): boolean {
  if (LEAVING.has(e.type)) return true;
  if (e.type !== "sentenced" && e.type !== "appeal" && e.type !== "tried") return false;
  return e.suspended || e.sentenceMonths === 0;
}

function overlaps(a: Period, b: Period): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function compare(a: PlacedEvent, b: PlacedEvent): number {
  if (a.period.last < b.period.first) return -1;
  if (b.period.last < a.period.first) return 1;
  return (
    RANK[a.event.type] - RANK[b.event.type] ||
    cmp(a.period.first, b.period.first) ||
    cmp(a.period.last, b.period.last) ||
    cmp(a.event.id, b.event.id)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders a case's live events and places them on days under `rule`. */
export function placeEvents(events: readonly CaseEvent[], rule: PartialDateRule): PlacedEvent[] {
  const items: PlacedEvent[] = events.map((event) => {
    const period = periodOf(event.date);
    return {
      event,
      period,
      lo: period.first,
      hi: period.last,
      day: period.first,
      ambiguous: false,
    };
  });
  // A deterministic start, then insertion by the overlap-aware comparison (a handful of events
  // per case; the comparison is not transitive on contradictory data, so the start matters).
  items.sort(
    (a, b) =>
      cmp(a.period.first, b.period.first) ||
      cmp(a.period.last, b.period.last) ||
      RANK[a.event.type] - RANK[b.event.type] ||
      cmp(a.event.id, b.event.id),
  );
  const ordered: PlacedEvent[] = [];
  for (const item of items) {
    let at = ordered.length;
    while (at > 0 && compare(ordered[at - 1]!, item) > 0) at--;
    ordered.splice(at, 0, item);
  }
  for (let i = 1; i < ordered.length; i++) {
    ordered[i]!.lo = maxDay(ordered[i]!.lo, ordered[i - 1]!.lo);
  }
  for (let i = ordered.length - 2; i >= 0; i--) {
    ordered[i]!.hi = minDay(ordered[i]!.hi, ordered[i + 1]!.hi);
  }
  let previous = "";
  for (const item of ordered) {
    // Contradictory dates can leave lo > hi; the order wins, the later bound gives way.
    if (item.hi < item.lo) item.hi = item.lo;
    const early = endsDetention(item.event) ? rule === "end-of-period" : rule !== "end-of-period";
    item.day = maxDay(early ? item.lo : item.hi, previous);
    previous = item.day;
  }
  markAmbiguous(ordered);
  return ordered;
}

// "arrested 2019-05-02, released 2021, arrested 2021-06-10": the release may have ended the 2019
// detention (then a new arrest) or followed the 2021 arrest. Kind order picks the second; flag it.
function markAmbiguous(ordered: PlacedEvent[]): void {
  let seenEntering = false;
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    if (ENTERING.has(a.event.type)) {
      if (seenEntering) {
        for (let j = i + 1; j < ordered.length; j++) {
          const b = ordered[j]!;
          const sameDay = a.period.precision === "day" && b.period.precision === "day";
          if (LEAVING.has(b.event.type) && !sameDay && overlaps(a.period, b.period)) {
            a.ambiguous = true;
            b.ambiguous = true;
          }
        }
      }
      seenEntering = true;
    }
  }
}
