// Reading one field of an import, shared by the CSV and JSON forms. Each reader returns the value
// or the reason it is not one ("non-numeric sentence months": `"8 years" is not a whole number`).

import { parseCharge, type StatuteLookup } from "./charges.js";
import { partialDateProblem } from "./partial-date.js";
import { timestampProblem } from "./record-time.js";
import {
  CASE_EVENT_TYPES,
  RELEASE_REASONS,
  type CaseEventType,
  type EvidenceSource,
  type ReleaseReason,
} from "./types.js";

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(reason: string): Read<T> => ({ ok: false, reason });

export function readDate(s: string): Read<string> {
  const problem = partialDateProblem(s);
  return problem ? bad(problem) : ok(s);
}

/** Months (sentence, probation, house arrest): a whole number, at most 100 years. */
export function readMonths(s: string): Read<number> {
  if (!/^\d{1,4}$/.test(s)) return bad(`"${s}" is not a whole number of months`);
  const n = Number(s);
  return n > 1200 ? bad(`${n} months is more than 100 years`) : ok(n);
}

export function readBirthYear(s: string): Read<number> {
  return /^\d{4}$/.test(s) ? ok(Number(s)) : bad(`"${s}" is not a year (YYYY)`);
}

/** Other spellings of event types that registers use: `at_risk`, `died` (the person form's column). */
const EVENT_ALIASES: Record<string, CaseEventType> = {
  died: "deceased",
  ...Object.fromEntries(CASE_EVENT_TYPES.map((t) => [t.replace(/-/g, "_"), t])),
};

export function readEventType(s: string): Read<CaseEventType> {
  if ((CASE_EVENT_TYPES as readonly string[]).includes(s)) return ok(s as CaseEventType);
  const alias = EVENT_ALIASES[s];
  return alias
    ? ok(alias)
    : bad(`unknown event type "${s}" (one of ${CASE_EVENT_TYPES.join(", ")})`);
}

export function readReleaseReason(s: string): Read<ReleaseReason> {
  return (RELEASE_REASONS as readonly string[]).includes(s)
    ? ok(s as ReleaseReason)
    : bad(`unknown release reason "${s}" (one of ${RELEASE_REASONS.join(", ")})`);
}

export function readTimestamp(s: string): Read<string> {
  const problem = timestampProblem(s);
  return problem ? bad(problem) : ok(s);
}

/** An id: not empty, no spaces around it, no `;` (lists use it). */
export function readId(s: string): Read<string> {
  if (s === "") return bad("empty id");
  if (s.trim() !== s) return bad(`id "${s}" has spaces around it`);
  if (s.includes(";")) return bad(`id "${s}" contains ";"`);
  return ok(s);
}

export function readCharges(items: readonly string[], statutes: StatuteLookup): Read<string[]> {
  const ids: string[] = [];
  for (const item of items) {
    const parsed = parseCharge(item, statutes);
    if ("problem" in parsed) return bad(parsed.problem);
    if (!ids.includes(parsed.id)) ids.push(parsed.id);
  }
  return ok(ids);
}

/** A `;`-separated CSV list, items trimmed, empty items dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A CSV source reference: a URL (`https://…`) or a source id. */
export function readSourceRef(item: string): EvidenceSource {
  return URL_LIKE.test(item)
    ? { sourceId: null, url: item, note: null }
    : { sourceId: item, url: null, note: null };
}

/** How CSV writes a source, or null when CSV cannot carry it (JSON can). */
export function formatSourceRef(source: EvidenceSource): string | null {
  const { sourceId, url, note } = source;
  const value =
    sourceId !== null && url === null ? sourceId : url !== null && sourceId === null ? url : null;
  if (value === null || note !== null) return null;
  if (value === "" || value.trim() !== value || value.includes(";")) return null;
  return URL_LIKE.test(value) === (url !== null) ? value : null;
}
