// Checks across records, shared by every import form: event ids are unique, events belong to a
// known case, and a correction supersedes an earlier record of the same case, without cycles.
// When importing into a register that already holds records, a correction may name one of those
// (`existing`), and a record may not reuse the id of another case's record.

import { recordMillis } from "./record-time.js";
import type { CaseEvent } from "./types.js";

export interface RecordProblem {
  /** Index of the offending event in the list checked. */
  index: number;
  field: "id" | "caseId" | "supersedes";
  reason: string;
}

export function eventProblems(
  events: readonly CaseEvent[],
  caseIds: ReadonlySet<string>,
  existing: readonly CaseEvent[] = [],
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const byId = new Map<string, number>();
  const stored = new Map(existing.map((e) => [e.id, e]));
  events.forEach((e, index) => {
    const first = byId.get(e.id);
    const other = stored.get(e.id);
    if (first !== undefined) {
      problems.push({ index, field: "id", reason: `duplicate event id "${e.id}"` });
    } else {
      byId.set(e.id, index);
    }
    if (other && other.caseId !== e.caseId) {
      problems.push({
        index,
        field: "id",
        reason: `event id "${e.id}" belongs to case "${other.caseId}" in the register`,
      });
    }
    if (!caseIds.has(e.caseId)) {
      problems.push({ index, field: "caseId", reason: `no case "${e.caseId}"` });
    }
  });
  events.forEach((e, index) => {
    if (e.supersedes === null) return;
    const target = byId.get(e.supersedes);
    const old = target === undefined ? stored.get(e.supersedes) : events[target];
    if (old === undefined) {
      problems.push({
        index,
        field: "supersedes",
        reason: `no event "${e.supersedes}" to supersede`,
      });
    } else if (old.caseId !== e.caseId) {
      problems.push({
        index,
        field: "supersedes",
        reason: `event "${old.id}" belongs to case "${old.caseId}"`,
      });
    } else if (recordMillis(old.recordedAt) > recordMillis(e.recordedAt)) {
      problems.push({
        index,
        field: "supersedes",
        reason: `corrects "${old.id}", recorded later (${old.recordedAt})`,
      });
    } else {
      // Equal record times could still close a loop: A supersedes B supersedes A.
      const seen = new Set([e.id]);
      let next: CaseEvent | undefined = old;
      while (next) {
        if (seen.has(next.id)) {
          problems.push({ index, field: "supersedes", reason: "corrections form a cycle" });
          break;
        }
        seen.add(next.id);
        const k: number | undefined =
          next.supersedes === null ? undefined : byId.get(next.supersedes);
        next = k === undefined ? undefined : events[k];
      }
    }
  });
  return problems;
}
