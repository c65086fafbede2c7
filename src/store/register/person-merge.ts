// A person row merged into a case the register already has. The row is a summary (the last
// arrest, its first-instance verdict, the sentence as it stands, a release after it), so each of
// its columns is compared with the stored record the same summary takes it from — not with every
// field of a record the row cannot express (sources, appeals, charges it leaves blank).
//
//   stored  arrested 2021-03-16 (charges 117, source 01-…md), sentenced 2021-11-09 96 months
//   row     arrested 2021-03-17, tried 2021-11-09, sentence_months 96
//   → one correction: the arrest, now 2021-03-17, keeping its charges and source.

import { placeEvents } from "../../core/register/event-order.js";
import type { CaseEvent, CaseEventType } from "../../core/register/types.js";

/**
 * A record shaped like a person row's column: its id is `<case id>/<type>` and it says nothing a
 * person row cannot (sources, release reason, corrections…); an event file's row says more.
 */
export function isPersonColumn(e: CaseEvent): boolean {
  return (
    e.id === `${e.caseId}/${e.type}` &&
    e.sources.length === 0 &&
    e.releaseReason === null &&
    e.probationMonths === null &&
    e.houseArrestMonths === null &&
    !e.suspended &&
    e.supersedes === null &&
    !e.retracted
  );
}

/** The live record a person row's column of this type summarises, or null. */
function summarised(type: CaseEventType, live: readonly CaseEvent[]): CaseEvent | null {
  const ordered = placeEvents(live, "start-of-period").map((p) => p.event);
  const lastOf = (types: CaseEventType[]) => {
    for (let i = ordered.length - 1; i >= 0; i--) if (types.includes(ordered[i]!.type)) return i;
    return -1;
  };
  let arrest = lastOf(["arrested"]);
  if (arrest < 0) arrest = lastOf(["held-pending-trial"]);
  const at = (i: number) => (i < 0 ? null : ordered[i]!);
  switch (type) {
    case "at-risk":
      return ordered.find((e) => e.type === "at-risk") ?? null;
    case "arrested":
      return at(arrest);
    case "tried":
      return at(ordered.findIndex((e, i) => i > arrest && ["tried", "sentenced"].includes(e.type)));
    case "sentenced":
      // The sentence as it stands: the last verdict stating a term.
      return at(
        ordered.findLastIndex(
          (e) => ["sentenced", "appeal", "tried"].includes(e.type) && e.sentenceMonths !== null,
        ),
      );
    case "released": {
      const release = lastOf(["released", "exiled"]);
      return release > arrest ? at(release) : null;
    }
    case "deceased":
      return at(lastOf(["deceased"]));
    default:
      return null;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * What a person row's column event means for a stored case: nothing new (`null`), a new record
 * (`{ add }`), or a correction of a stored record (`{ correct, as }`: the stored record with the
 * row's values, to be recorded as superseding it).
 */
export function mergeColumn(
  e: CaseEvent,
  live: readonly CaseEvent[],
): null | { add: CaseEvent } | { correct: CaseEvent; as: CaseEvent } {
  const target = summarised(e.type, live);
  if (!target) return { add: e };
  const held = [...new Set(live.flatMap((r) => r.charges))];
  const charges = e.charges.length > 0 && !sameSet(e.charges, held) ? e.charges : target.charges;
  const as: CaseEvent =
    e.type === "sentenced"
      ? { ...target, sentenceMonths: e.sentenceMonths, charges }
      : { ...target, date: e.date, charges };
  const same =
    as.date === target.date &&
    as.sentenceMonths === target.sentenceMonths &&
    sameSet(as.charges, target.charges);
  return same ? null : { correct: target, as };
}
