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

/**
 * "Thạch was sentenced in January 2022 under Article 331, together with fellow follower Tâm, who
 * received four years": Tâm's term was given at the same hearing, so his event takes the date and
 * place of the event of the same kind told before "together with" in the sentence.
 */
export function joinedCase(view: EventView, d: Draft, before: readonly Event[]): Event | null {
  const p = d.persons[0];
  if (!p || p.start < view.sentence.start) return null;
  const lead = view.ctx.text.slice(Math.max(view.sentence.start, p.start - 60), p.start);
  if (!lead.includes("with") || !TOGETHER.test(lead)) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (e.start < view.sentence.start) return null;
    if (e.type === d.type && e.start < p.start && e.actor !== p.actor) return e;
  }
  return null;
}

/** "together with", "along with", then up to three describing words ("fellow follower"). */
const TOGETHER = /\b(?:together|along)\s+with\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
