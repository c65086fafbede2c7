// Record constructors with the defaults every importer and test would otherwise repeat.

import type { Case, CaseEvent, CaseEventType } from "./types.js";

export function caseRecord(fields: Partial<Case> & Pick<Case, "id" | "name">): Case {
  return {
    actor: null,
    gender: null,
    ethnicity: null,
    religion: null,
    province: null,
    profession: null,
    birthYear: null,
    confidential: false,
    notes: null,
    ...fields,
  };
}

export function caseEvent(
  fields: Partial<CaseEvent> & { id: string; caseId: string; type: CaseEventType; date: string },
): CaseEvent {
  return {
    releaseReason: null,
    charges: [],
    sentenceMonths: null,
    probationMonths: null,
    houseArrestMonths: null,
    suspended: false,
    sources: [],
    recordedAt: "2024-01-01T00:00:00Z",
    supersedes: null,
    retracted: false,
    ...fields,
  };
}
