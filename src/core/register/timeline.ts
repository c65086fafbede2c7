// A case's live events, placed and folded once, ready to answer "what was this person's status
// on day D" for any D. Under `exclude-uncertain` the answer also considers every day each
// partial date could stand for: if those possibilities disagree, the person is `uncertain`.

import type { CountingRules, PartialDateRule } from "./counting-rules.js";
import { placeEvents, type PlacedEvent } from "./event-order.js";
import { applyEvent, INITIAL, statusAt, type FoldState, type PointStatus } from "./status-fold.js";
import type { CaseEvent } from "./types.js";

export interface Timeline {
  placed: PlacedEvent[];
  rule: PartialDateRule;
  termEnds: CountingRules["termEnds"];
  /** `states[k]`: after the first k events, on the rule's days. */
  states: FoldState[];
  /** The same on every event's earliest and latest days (`exclude-uncertain` only). */
  earliest: FoldState[] | null;
  latest: FoldState[] | null;
}

function foldAll(placed: PlacedEvent[], dayOf: (p: PlacedEvent) => string): FoldState[] {
  const states = [INITIAL];
  for (const p of placed) states.push(applyEvent(states[states.length - 1]!, p, dayOf(p)));
  return states;
}

export function buildTimeline(
  live: readonly CaseEvent[],
  rule: PartialDateRule,
  termEnds: CountingRules["termEnds"],
): Timeline {
  const placed = placeEvents(live, rule);
  const uncertain = rule === "exclude-uncertain";
  return {
    placed,
    rule,
    termEnds,
    states: foldAll(placed, (p) => p.day),
    earliest: uncertain ? foldAll(placed, (p) => p.lo) : null,
    latest: uncertain ? foldAll(placed, (p) => p.hi) : null,
  };
}

/** How many of the placed events have `key(p) <= day` (keys never decrease along the order). */
function countBy(placed: PlacedEvent[], day: string, key: (p: PlacedEvent) => string): number {
  let n = 0;
  while (n < placed.length && key(placed[n]!) <= day) n++;
  return n;
}

/** The person's status on `day` (`YYYY-MM-DD`), or null before the register has any. */
export function statusOn(t: Timeline, day: string): PointStatus | null {
  if (t.earliest === null || t.latest === null) {
    return statusAt(t.states[countBy(t.placed, day, (p) => p.day)]!, day, t.termEnds);
  }
  const certain = countBy(t.placed, day, (p) => p.hi);
  const possible = countBy(t.placed, day, (p) => p.lo);
  const seen: (PointStatus | null)[] = [];
  for (let k = certain; k <= possible; k++) {
    seen.push(statusAt(t.earliest[k]!, day, t.termEnds), statusAt(t.latest[k]!, day, t.termEnds));
  }
  const first = seen[seen.length - 2]!;
  if (seen.every((s) => (s?.status ?? null) === (first?.status ?? null))) return first;
  // The events whose day is open: those that may or may not have happened yet, or else the
  // latest partial one (its term or house arrest may or may not have run out).
  let open = t.placed.slice(certain, possible);
  if (open.length === 0) {
    const partial = t.placed.slice(0, certain).filter((p) => p.lo !== p.hi);
    open = partial.slice(-1);
  }
  return {
    status: "uncertain",
    charges: t.earliest[certain]!.charges,
    evidence: open.map((p) => p.event.id),
    flags: [],
  };
}
