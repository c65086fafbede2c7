// The case editor's checks before anything is sent: the same rules the register's import applies
// (docs/register.md), so most mistakes are caught on the field; the server's import errors, which
// name the field, are shown on the field too.

export const EVENT_TYPES = [
  "at-risk",
  "arrested",
  "held-pending-trial",
  "indicted",
  "tried",
  "sentenced",
  "appeal",
  "released",
  "exiled",
  "deceased",
] as const;

export const RELEASE_REASONS = ["", "served", "amnesty", "early", "exile-condition"] as const;

export interface CaseForm {
  id: string;
  name: string;
  gender: string;
  ethnicity: string;
  religion: string;
  province: string;
  profession: string;
  birthYear: string;
  confidential: boolean;
  notes: string;
}

export interface RecordForm {
  /** The record this one corrects, or "" for a new record. */
  supersedes: string;
  type: string;
  date: string;
  charges: string;
  sentenceMonths: string;
  probationMonths: string;
  releaseReason: string;
  sourceUrl: string;
  sourceNote: string;
}

export type Errors = Record<string, string>;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a day that exists. */
export function dateProblem(s: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return "write YYYY-MM-DD, YYYY-MM or YYYY";
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `month ${mo} is not 01..12`;
  if (d !== undefined) {
    const year = Number(y);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const max = Number(mo) === 2 && !leap ? 28 : DAYS[Number(mo) - 1]!;
    if (Number(d) < 1 || Number(d) > max) return `day ${d} is not in ${y}-${mo}`;
  }
  return null;
}

const WHOLE = /^\d{1,4}$/;
/** A bare article number of the default code, or a catalogue id. */
const CHARGE = /^(\d{1,4}[a-z]?|[a-z]{2}\/[a-z0-9-]+\/[0-9a-z.-]+)$/i;

export function splitCharges(s: string): string[] {
  return s
    .split(/[;,]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function validateCase(f: CaseForm, isNew: boolean): Errors {
  const e: Errors = {};
  if (isNew && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(f.id.trim()))
    e.id = "an id of letters, digits, dots, dashes (VN-101)";
  if (!f.name.trim()) e.name = "a name is required";
  if (f.birthYear.trim()) {
    const y = Number(f.birthYear);
    if (!Number.isInteger(y) || y < 1900 || y > new Date().getFullYear())
      e.birthYear = "a year between 1900 and this year";
  }
  return e;
}

export function validateRecord(r: RecordForm): Errors {
  const e: Errors = {};
  if (!(EVENT_TYPES as readonly string[]).includes(r.type)) e.type = "choose a type";
  const d = dateProblem(r.date.trim());
  if (d) e.date = d;
  for (const c of splitCharges(r.charges))
    if (!CHARGE.test(c)) {
      e.charges = `"${c}" is neither an article number (117) nor a catalogue id (vn/criminal-code-2015/117)`;
      break;
    }
  for (const k of ["sentenceMonths", "probationMonths"] as const)
    if (r[k].trim() && !WHOLE.test(r[k].trim())) e[k] = "a whole number of months";
  if (r.releaseReason && r.type !== "released") e.releaseReason = "only for a release";
  if (r.sourceUrl.trim() && !/^https?:\/\/\S+$/.test(r.sourceUrl.trim()))
    e.sourceUrl = "an http(s) address";
  return e;
}

/** An import error's JSON path (`[0].events[0].date`) → the form field it is about. */
export function fieldOf(path: string | null): string | null {
  if (!path) return null;
  const rec = /^\[0\]\.events\[\d+\]\.(\w+)/.exec(path);
  if (rec) return `record.${rec[1]}`;
  const att = /^\[0\]\.(\w+)$/.exec(path);
  return att ? att[1]! : null;
}
