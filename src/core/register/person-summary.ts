// A person row's date columns as events, and back. A row stands for the events at-risk,
// arrested, tried + sentenced (same day), released and deceased; `summarise` turns a case's events
// back into those columns.

import { placeEvents } from "./event-order.js";
import { knownEvents } from "./known-events.js";
import { periodOf } from "./partial-date.js";
import { caseEvent } from "./records.js";
import type { CaseEvent, CaseEventType } from "./types.js";

/** What a person row says about the events. */
export interface PersonSummary {
  charges: string[];
  atRiskSince: string | null;
  arrested: string | null;
  tried: string | null;
  sentenceMonths: number | null;
  released: string | null;
  died: string | null;
}

export const DATE_COLUMNS = [
  ["at_risk_since", "atRiskSince"],
  ["arrested", "arrested"],
  ["tried", "tried"],
  ["released", "released"],
  ["died", "died"],
] as const;

// "released 2020-01-01 before arrested 2021-03-16": only when the periods cannot overlap.
const ORDER: [later: keyof PersonSummary, earlier: keyof PersonSummary][] = [
  ["tried", "arrested"],
  ["released", "tried"],
  ["released", "arrested"],
  ["died", "arrested"],
  ["died", "tried"],
];

const COLUMN_OF: Record<string, string> = Object.fromEntries(
  DATE_COLUMNS.map(([column, key]) => [key, column]),
);

const SAME_KEY: [keyof PersonSummary, string][] = [
  ["atRiskSince", "at_risk_since"],
  ["arrested", "arrested"],
  ["tried", "tried"],
  ["sentenceMonths", "sentence_months"],
  ["released", "released"],
  ["died", "died"],
];

/** What event rows say about a case, to merge a person row with. */
export interface EventRowsSay {
  summary: PersonSummary;
  file: string;
}

type Made = { events: CaseEvent[] } | { column: string; reason: string };

/**
 * The events a person row stands for, or the column that cannot become one. Charges go on the
 * arrest, else the trial, else the at-risk event; a sentence is dated by `tried`.
 *
 * With event rows for the same person, the rows are the record and the row fills the gaps: a
 * column the rows also tell must agree with them and adds nothing; a column they are silent on
 * becomes an event. (The example register's `cases.csv` has `at_risk_since` that `events.csv`
 * does not repeat.)
 */
export function eventsFromSummary(
  caseId: string,
  s: PersonSummary,
  recordedAt: string,
  rows?: EventRowsSay,
): Made {
  const keep = new Set<keyof PersonSummary>();
  for (const [key, column] of SAME_KEY) {
    const said = s[key];
    const told = rows?.summary[key] ?? null;
    if (said === null) continue;
    if (told === null) keep.add(key);
    else if (said !== told) return { column, reason: `${said} here, but ${told} in ${rows!.file}` };
  }
  if (!rows) {
    // A row on its own must tell a story in order; event rows speak for themselves (their
    // contradictions are flagged in the status history).
    for (const [later, earlier] of ORDER) {
      const a = s[later] as string | null;
      const b = s[earlier] as string | null;
      if (a !== null && b !== null && periodOf(a).last < periodOf(b).first) {
        return { column: COLUMN_OF[later]!, reason: `${a} is before ${COLUMN_OF[earlier]} ${b}` };
      }
    }
  }
  if (keep.has("sentenceMonths") && s.tried === null) {
    return { column: "sentence_months", reason: "a sentence needs the date it was passed (tried)" };
  }
  const told = rows?.summary.charges ?? [];
  if (
    told.length > 0 &&
    s.charges.length > 0 &&
    [...s.charges].sort().join(";") !== [...told].sort().join(";")
  ) {
    return {
      column: "charges",
      reason: `${s.charges.join(";")} here, but ${told.join(";")} in ${rows!.file}`,
    };
  }
  const carrier = keep.has("arrested")
    ? "arrested"
    : keep.has("tried")
      ? "tried"
      : keep.has("atRiskSince")
        ? "at-risk"
        : null;
  if (s.charges.length > 0 && told.length === 0 && carrier === null) {
    const where = rows
      ? `no event here or in ${rows.file} to put them on`
      : "no arrested, tried or at_risk_since date to belong to";
    return { column: "charges", reason: `charges but ${where}` };
  }
  const events: CaseEvent[] = [];
  const add = (
    key: keyof PersonSummary,
    type: CaseEventType,
    date: string | null,
    extra: Partial<CaseEvent> = {},
  ) => {
    if (!keep.has(key) || date === null) return;
    const charges = type === carrier && told.length === 0 ? s.charges : [];
    events.push(
      caseEvent({ id: `${caseId}/${type}`, caseId, type, date, charges, recordedAt, ...extra }),
    );
  };
  add("atRiskSince", "at-risk", s.atRiskSince);
  add("arrested", "arrested", s.arrested);
  add("tried", "tried", s.tried);
  add("sentenceMonths", "sentenced", s.tried, { sentenceMonths: s.sentenceMonths });
  add("released", "released", s.released);
  add("died", "deceased", s.died);
  return { events };
}

/** A case's events (as now known) summed up the way a person row says them. */
export function summarise(records: readonly CaseEvent[]): PersonSummary {
  const ordered = placeEvents(knownEvents(records, null), "start-of-period").map((p) => p.event);
  const lastIndex = (types: CaseEventType[]) => {
    for (let i = ordered.length - 1; i >= 0; i--) if (types.includes(ordered[i]!.type)) return i;
    return -1;
  };
  const dateAt = (i: number) => (i < 0 ? null : ordered[i]!.date);
  const atRisk = ordered.find((e) => e.type === "at-risk");
  let arrest = lastIndex(["arrested"]);
  if (arrest < 0) arrest = lastIndex(["held-pending-trial"]);
  // The first-instance verdict of the last detention; later trials are appeals.
  const tried = ordered.findIndex(
    (e, i) => i > arrest && (e.type === "tried" || e.type === "sentenced"),
  );
  const sentence = [...ordered]
    .reverse()
    .find((e) => ["sentenced", "appeal", "tried"].includes(e.type) && e.sentenceMonths !== null);
  const release = lastIndex(["released", "exiled"]);
  return {
    charges: [...new Set(ordered.flatMap((e) => e.charges))],
    atRiskSince: atRisk?.date ?? null,
    arrested: dateAt(arrest),
    tried: dateAt(tried),
    sentenceMonths: sentence?.sentenceMonths ?? null,
    released: release > arrest ? dateAt(release) : null,
    died: dateAt(lastIndex(["deceased"])),
  };
}
