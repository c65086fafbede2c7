// One event per event per person: the headline, the lead and the body often report the same
// arrest or sentence, each adding a detail (the date, the court, the term).

import type { Event, PartialDate } from "../../types.js";

function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

const same = <T>(a: T | null | undefined, b: T | null | undefined): boolean =>
  a === null || a === undefined || b === null || b === undefined || a === b;

function agree(a: Event, b: Event): boolean {
  return (
    a.type === b.type &&
    a.actor === b.actor &&
    datesAgree(a.date, b.date) &&
    same(a.sentenceMonths, b.sentenceMonths) &&
    same(a.probationMonths, b.probationMonths) &&
    same(a.penalty, b.penalty)
  );
}

/** Merges repeats; `placeRanks` says how each place was found (lower wins). */
export function mergeEvents(
  events: readonly Event[],
  placeRanks: ReadonlyMap<Event, number> = new Map(),
): Event[] {
  const out: Event[] = [];
  const rank = new Map<Event, number>();
  for (const e of events) {
    const into = out.find((o) => agree(o, e));
    if (!into) {
      const copy = {
        ...e,
        charges: [...e.charges],
        offenses: [...(e.offenses ?? [])],
        mentions: [...(e.mentions ?? [])],
      };
      rank.set(copy, e.place === null ? 99 : (placeRanks.get(e) ?? 9));
      out.push(copy);
      continue;
    }
    if (e.date !== null && (into.date === null || e.date.length > into.date.length))
      into.date = e.date;
    const r = e.place === null ? 99 : (placeRanks.get(e) ?? 9);
    if (r < rank.get(into)!) {
      into.place = e.place;
      rank.set(into, r);
    }
    into.sentenceMonths ??= e.sentenceMonths;
    into.probationMonths ??= e.probationMonths;
    into.penalty ??= e.penalty;
    into.potentialMonths ??= e.potentialMonths;
    for (const c of e.charges) if (!into.charges.includes(c)) into.charges.push(c);
    for (const o of e.offenses ?? []) if (!into.offenses!.includes(o)) into.offenses!.push(o);
    into.mentions!.push(...(e.mentions ?? []));
  }
  return out;
}
