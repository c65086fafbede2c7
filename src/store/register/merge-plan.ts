// Importing into a register that already holds records: nothing is overwritten. A record the
// register already has (same id, or the same event on the same day) is left alone; a record that
// says something else about it becomes a correction — a new record that supersedes the stored one,
// recorded at the import's time. Case attributes the file states replace the stored ones (the edit
// is kept in the audit); a blank leaves the stored value, and `confidential` is never lowered.
//
//   stored  VN-001/arrested  2021-03-16
//   file    VN-001/arrested  2021-03-17   → VN-001/arrested~2, supersedes VN-001/arrested

import { eventsByCase } from "../../core/register/count.js";
import { knownEvents } from "../../core/register/known-events.js";
import { recordMillis } from "../../core/register/record-time.js";
import type { Case, CaseEvent, Register } from "../../core/register/types.js";
import { isPersonColumn, mergeColumn } from "./person-merge.js";

export interface MergeInput {
  imported: Register;
  /** Stored cases among the imported ones, by case id. */
  stored: ReadonlyMap<string, Case>;
  /** Every stored record of those cases. */
  records: readonly CaseEvent[];
  /** The import's time: the record time of corrections it makes. */
  recordedAt: string;
}

export interface MergePlan {
  newCases: Case[];
  changedCases: { before: Case; after: Case }[];
  unchangedCases: number;
  /** Records to write, in order (new ones and corrections). */
  records: CaseEvent[];
  added: number;
  corrected: number;
  unchanged: number;
}

const ATTRIBUTES = [
  "name",
  "actor",
  "gender",
  "ethnicity",
  "religion",
  "province",
  "profession",
  "birthYear",
  "notes",
] as const;

export function mergeCase(stored: Case, incoming: Case): Case {
  const out: Case = { ...stored };
  for (const key of ATTRIBUTES) {
    const value = incoming[key];
    if (value !== null) (out as unknown as Record<string, unknown>)[key] = value;
  }
  out.confidential = stored.confidential || incoming.confidential;
  return out;
}

function sameCase(a: Case, b: Case): boolean {
  return ATTRIBUTES.every((k) => a[k] === b[k]) && a.confidential === b.confidential;
}

/** What a record says, less its id and record time (and, optionally, what it corrects). */
function content(e: CaseEvent, withCorrection = true): string {
  return JSON.stringify([
    e.caseId,
    e.type,
    e.date,
    e.releaseReason,
    e.charges,
    e.sentenceMonths,
    e.probationMonths,
    e.houseArrestMonths,
    e.suspended,
    e.sources.map((s) => [s.sourceId, s.url, s.note]),
    withCorrection ? e.supersedes : null,
    withCorrection ? e.retracted : false,
  ]);
}

export function planMerge(input: MergeInput): MergePlan {
  const plan: MergePlan = {
    newCases: [],
    changedCases: [],
    unchangedCases: 0,
    records: [],
    added: 0,
    corrected: 0,
    unchanged: 0,
  };
  for (const c of input.imported.cases) {
    const stored = input.stored.get(c.id);
    if (!stored) plan.newCases.push(c);
    else {
      const after = mergeCase(stored, c);
      if (sameCase(stored, after)) plan.unchangedCases++;
      else plan.changedCases.push({ before: stored, after });
    }
  }

  const byId = new Map(input.records.map((r) => [r.id, r]));
  const taken = new Set([...byId.keys(), ...input.imported.events.map((e) => e.id)]);
  // Who corrects whom among the stored records: the head of a chain is what the register says.
  const correctedBy = new Map<string, CaseEvent[]>();
  for (const r of input.records) {
    if (r.supersedes === null) continue;
    correctedBy.set(r.supersedes, [...(correctedBy.get(r.supersedes) ?? []), r]);
  }
  const head = (r: CaseEvent): CaseEvent => {
    const seen = new Set<string>();
    let at = r;
    while (!seen.has(at.id)) {
      seen.add(at.id);
      const next = correctedBy.get(at.id);
      if (!next) break;
      at = next.reduce((a, b) =>
        recordMillis(b.recordedAt) >= recordMillis(a.recordedAt) ? b : a,
      );
    }
    return at;
  };
  const storedByCase = eventsByCase(input.records);
  const liveByCase = new Map<string, CaseEvent[]>();
  const live = (caseId: string): CaseEvent[] => {
    let list = liveByCase.get(caseId);
    if (!list) {
      list = knownEvents(storedByCase.get(caseId) ?? [], null);
      liveByCase.set(caseId, list);
    }
    return list;
  };
  const correctedInFile = new Set(
    input.imported.events.flatMap((e) => (e.supersedes === null ? [] : [e.supersedes])),
  );
  const freshId = (id: string): string => {
    for (let k = 2; ; k++) {
      const candidate = `${id}~${k}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  };
  const correction = (e: CaseEvent, of: CaseEvent, id: string): CaseEvent => {
    const at = Math.max(
      recordMillis(input.recordedAt),
      recordMillis(of.recordedAt),
      recordMillis(e.recordedAt),
    );
    const recordedAt =
      at === recordMillis(e.recordedAt)
        ? e.recordedAt
        : at === recordMillis(input.recordedAt)
          ? input.recordedAt
          : of.recordedAt;
    return { ...e, id, supersedes: of.id, recordedAt };
  };

  const asColumn = (e: CaseEvent, id: string): void => {
    const merged = mergeColumn(e, live(e.caseId));
    if (merged === null) plan.unchanged++;
    else if ("add" in merged) {
      plan.records.push({ ...e, id });
      plan.added++;
    } else {
      plan.records.push(correction({ ...merged.as, recordedAt: e.recordedAt }, merged.correct, id));
      plan.corrected++;
    }
  };

  for (const e of input.imported.events) {
    const stored = byId.get(e.id);
    if (stored) {
      const now = head(stored);
      // The file repeats what is stored, repeats the stored correction, or is an older version
      // that the file itself corrects.
      if (
        content(e) === content(stored) ||
        content(e, false) === content(now, false) ||
        correctedInFile.has(e.id)
      )
        plan.unchanged++;
      else if (isPersonColumn(e)) asColumn(e, freshId(e.id));
      else {
        plan.records.push(correction(e, now, freshId(e.id)));
        plan.corrected++;
      }
      continue;
    }
    if (e.supersedes !== null || !input.stored.has(e.caseId)) {
      plan.records.push(e);
      plan.added++;
      continue;
    }
    // A record under a new id may still be one the register has: a person row's column, or the
    // same event on the same day (an event file after a person file).
    if (isPersonColumn(e)) {
      asColumn(e, e.id);
      continue;
    }
    const target = live(e.caseId).find((r) => r.type === e.type && r.date === e.date);
    if (!target) {
      plan.records.push(e);
      plan.added++;
    } else if (content(e, false) === content(target, false)) {
      plan.unchanged++;
    } else {
      plan.records.push(correction(e, target, e.id));
      plan.corrected++;
    }
  }
  return plan;
}
