// What a later part of the text points back at: "on the same charge", "in the same trial", and
// the court that is a list's subject, which every conjunct of the list shares.

import type { Event, PartialDate, Span } from "../../types.js";
import type { Draft, EventView } from "./draft.js";
import { COURT_RANKS, eventPlace, type PlaceFound } from "./place.js";

/**
 * "The People's Court of Dak Lak jailed A for seven years and B for five years": the court that
 * is the verb's subject is every conjunct's, though each reads its own words.
 */
export function sharedCourt(view: EventView, d: Draft, scope: Span): PlaceFound | null {
  if (d.rule !== "gapped" || scope.start <= view.sentence.start) return null;
  const before = { start: view.sentence.start, end: scope.start };
  const court = eventPlace(view.ctx, view.pc.people, before, d.trigger, d.type);
  return court && court.rank < COURT_RANKS ? court : null;
}

/**
 * The date and place of the latest trial or sentence, what "in the same trial" refers to; where
 * that mention gives none, an earlier mention of the same event (one person, one type) may.
 */
export function sameTrialAs(
  before: readonly Event[],
): { date: PartialDate | null; place: string | null } | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (e.type !== "trial" && e.type !== "sentence") continue;
    const same = before.filter((o) => o.type === e.type && o.actor === e.actor);
    return {
      date: e.date ?? same.find((o) => o.date !== null)?.date ?? null,
      place: e.place ?? same.find((o) => o.place !== null)?.place ?? null,
    };
  }
  return null;
}

/** The charges of the latest event that names any: what "on the same charge" refers to. */
export function sameChargeAs(before: readonly Event[]): string[] {
  for (let i = before.length - 1; i >= 0; i--)
    if (before[i]!.charges.length > 0) return before[i]!.charges;
  return [];
}
