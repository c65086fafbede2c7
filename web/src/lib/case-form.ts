import type { CaseDetail, CaseEvent } from "../api/types.js";
import { splitCharges, type CaseForm, type RecordForm } from "./case-validate.js";

// The case editor saves through the register's import, as a one-case JSON file, so an edit is
// checked, merged and kept in the case's history exactly as an imported file would be.

export const EMPTY_CASE: CaseForm = {
  id: "",
  name: "",
  gender: "",
  ethnicity: "",
  religion: "",
  province: "",
  profession: "",
  birthYear: "",
  confidential: false,
  notes: "",
};

export const EMPTY_RECORD: RecordForm = {
  supersedes: "",
  type: "arrested",
  date: "",
  charges: "",
  sentenceMonths: "",
  probationMonths: "",
  releaseReason: "",
  sourceUrl: "",
  sourceNote: "",
};

export function formOf(d: CaseDetail): CaseForm {
  const c = d.case;
  return {
    id: c.id,
    name: c.name,
    gender: c.gender ?? "",
    ethnicity: c.ethnicity ?? "",
    religion: c.religion ?? "",
    province: c.province ?? "",
    profession: c.profession ?? "",
    birthYear: c.birthYear === null ? "" : String(c.birthYear),
    confidential: c.confidential,
    notes: c.notes ?? "",
  };
}

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);
const intOrNull = (s: string): number | null => (s.trim() ? Number(s.trim()) : null);

/** The next free `<case>/<n>` record id. */
function nextRecordId(caseId: string, d: CaseDetail | null): string {
  const taken = new Set(d?.records.map((r) => r.event.id) ?? []);
  let n = 1 + (d?.records.length ?? 0);
  while (taken.has(`${caseId}/${n}`)) n++;
  return `${caseId}/${n}`;
}

/** The form for correcting a live record: its values, with `supersedes` naming it. */
export function correctionOf(event: CaseEvent): RecordForm {
  return {
    ...EMPTY_RECORD,
    supersedes: event.id,
    type: event.type,
    date: event.date,
    charges: event.charges.join("; "),
    sentenceMonths: event.sentenceMonths === null ? "" : String(event.sentenceMonths),
    probationMonths: event.probationMonths === null ? "" : String(event.probationMonths),
    releaseReason: event.releaseReason ?? "",
  };
}

/** The case, with the record being added if any, as the import reads it. */
export function importBody(form: CaseForm, record: RecordForm | null, d: CaseDetail | null) {
  const caseId = form.id.trim();
  const events = record
    ? [
        {
          id: nextRecordId(caseId, d),
          type: record.type,
          date: record.date.trim(),
          charges: splitCharges(record.charges),
          sentenceMonths: intOrNull(record.sentenceMonths),
          probationMonths: intOrNull(record.probationMonths),
          releaseReason: orNull(record.releaseReason),
          sources:
            record.sourceUrl.trim() || record.sourceNote.trim()
              ? [{ url: orNull(record.sourceUrl), note: orNull(record.sourceNote) }]
              : [],
          ...(record.supersedes ? { supersedes: record.supersedes } : {}),
        },
      ]
    : [];
  return [
    {
      id: caseId,
      name: form.name.trim(),
      gender: orNull(form.gender),
      ethnicity: orNull(form.ethnicity),
      religion: orNull(form.religion),
      province: orNull(form.province),
      profession: orNull(form.profession),
      birthYear: intOrNull(form.birthYear),
      confidential: form.confidential,
      notes: orNull(form.notes),
      events,
    },
  ];
}
