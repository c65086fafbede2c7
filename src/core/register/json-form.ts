// The JSON form: an array of cases, each with its events (docs/register.md has the full shape).
// It carries every field, so it is the lossless backup; `{ "cases": [...] }` is accepted too.

import { NO_CATALOGUE, type StatuteLookup } from "./charges.js";
import { eventProblems } from "./event-checks.js";
import {
  readBirthYear,
  readCharges,
  readDate,
  readEventType,
  readId,
  readReleaseReason,
  readTimestamp,
  type Read,
} from "./fields.js";
import type { ImportError, ImportResult } from "./import-errors.js";
import { JsonSyntaxError, parseJsonWithPositions, type JsonNode } from "./json-positions.js";
import { caseEvent, caseRecord } from "./records.js";
import type {
  Case,
  CaseEvent,
  CaseEventType,
  EvidenceSource,
  Register,
  ReleaseReason,
} from "./types.js";

export interface JsonImportOptions {
  file: string;
  recordedAt: string;
  statutes?: StatuteLookup;
  /** Records already in the register, which a correction in the file may supersede. */
  existingEvents?: readonly CaseEvent[];
}

const CASE_KEYS = [
  "id",
  "name",
  "actor",
  "gender",
  "ethnicity",
  "religion",
  "province",
  "profession",
  "birthYear",
  "confidential",
  "notes",
  "events",
];
const EVENT_KEYS = [
  "id",
  "type",
  "date",
  "releaseReason",
  "charges",
  "sentenceMonths",
  "probationMonths",
  "houseArrestMonths",
  "suspended",
  "sources",
  "recordedAt",
  "supersedes",
  "retracted",
];
const SOURCE_KEYS = ["sourceId", "url", "note"];

type Fields = Map<string, { node: JsonNode; line: number; column: number }>;

export function importJson(text: string, options: JsonImportOptions): ImportResult<Register> {
  const statutes = options.statutes ?? NO_CATALOGUE;
  const errors: ImportError[] = [];
  const rejected = new Set<string>();
  let caseId: string | null = null;
  const fail = (at: { line: number; column: number }, field: string | null, reason: string) => {
    errors.push({ file: options.file, line: at.line, column: at.column, field, reason, caseId });
    if (caseId) rejected.add(caseId);
  };
  const empty = { value: { cases: [], events: [] }, errors, rejectedCases: [] };

  let root: JsonNode;
  try {
    root = parseJsonWithPositions(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    fail(err, null, `not JSON: ${err.message}`);
    return empty;
  }
  if (root.kind === "object") {
    const cases = root.entries.find((e) => e.key === "cases");
    if (cases) root = cases.value;
  }
  if (root.kind !== "array") {
    fail(root, null, "expected an array of cases");
    return empty;
  }

  function fields(node: JsonNode, path: string, known: string[]): Fields | null {
    if (node.kind !== "object") {
      fail(node, path, "expected an object");
      return null;
    }
    const out: Fields = new Map();
    for (const e of node.entries) {
      if (!known.includes(e.key))
        fail(e, `${path}.${e.key}`, `unknown key (expected ${known.join(", ")})`);
      else if (out.has(e.key)) fail(e, `${path}.${e.key}`, "key appears twice");
      else out.set(e.key, { node: e.value, line: e.line, column: e.column });
    }
    return out;
  }
  function get<T>(
    f: Fields,
    key: string,
    path: string,
    read: (n: JsonNode) => Read<T> | null,
    fallback: T,
  ): T {
    const entry = f.get(key);
    if (!entry || entry.node.kind === "null") return fallback;
    const r = read(entry.node);
    if (r === null) return fallback;
    if (r.ok) return r.value;
    fail(entry.node, `${path}.${key}`, r.reason);
    return fallback;
  }
  function str(): (n: JsonNode) => Read<string>;
  function str<T>(reader: (s: string) => Read<T>): (n: JsonNode) => Read<T>;
  function str<T>(reader?: (s: string) => Read<T>) {
    return (n: JsonNode): Read<T | string> => {
      if (n.kind !== "string") return { ok: false, reason: `expected a string, found ${n.kind}` };
      return reader ? reader(n.value) : { ok: true, value: n.value };
    };
  }
  const bool = (n: JsonNode): Read<boolean> =>
    n.kind === "boolean"
      ? { ok: true, value: n.value }
      : { ok: false, reason: `expected true or false, found ${n.kind}` };
  const months = (n: JsonNode): Read<number> =>
    n.kind === "number" && Number.isInteger(n.value) && n.value >= 0 && n.value <= 1200
      ? { ok: true, value: n.value }
      : { ok: false, reason: "expected a whole number of months (0..1200)" };

  const cases: Case[] = [];
  const events: CaseEvent[] = [];
  const eventNodes: { node: JsonNode; path: string; caseId: string }[] = [];
  const firstLine = new Map<string, number>();
  root.items.forEach((node, i) => {
    caseId = null;
    const path = `[${i}]`;
    const f = fields(node, path, CASE_KEYS);
    if (!f) return;
    const id = get(f, "id", path, str(readId), "");
    if (id === "") fail(node, `${path}.id`, "a case needs an id");
    if (firstLine.has(id)) {
      fail(
        f.get("id")!.node,
        `${path}.id`,
        `duplicate id "${id}" (first on line ${firstLine.get(id)})`,
      );
      return;
    }
    firstLine.set(id, node.line);
    caseId = id || null;
    const text = (key: string) => get<string | null>(f, key, path, str(), null);
    const name = text("name");
    if (name === null || name.trim() === "") fail(node, `${path}.name`, "a case needs a name");
    const birth = f.get("birthYear")?.node;
    const record = caseRecord({
      id,
      name: name ?? "",
      actor: text("actor"),
      gender: text("gender"),
      ethnicity: text("ethnicity"),
      religion: text("religion"),
      province: text("province"),
      profession: text("profession"),
      notes: text("notes"),
      birthYear: get<number | null>(
        f,
        "birthYear",
        path,
        () =>
          birth?.kind === "number"
            ? readBirthYear(String(birth.value))
            : { ok: false, reason: "expected a year" },
        null,
      ),
      confidential: get(f, "confidential", path, bool, false),
    });
    cases.push(record);
    const list = f.get("events")?.node;
    if (list && list.kind !== "array" && list.kind !== "null")
      fail(list, `${path}.events`, "expected an array of events");
    if (list?.kind !== "array") return;
    list.items.forEach((en, k) => {
      const epath = `${path}.events[${k}]`;
      const ef = fields(en, epath, EVENT_KEYS);
      if (!ef) return;
      const type = get<CaseEventType | null>(ef, "type", epath, str(readEventType), null);
      if (!ef.has("type")) fail(en, `${epath}.type`, "an event needs a type");
      const date = get<string | null>(ef, "date", epath, str(readDate), null);
      if (!ef.has("date")) fail(en, `${epath}.date`, "an event needs a date");
      const charges = get(
        ef,
        "charges",
        epath,
        (n) =>
          n.kind === "array" && n.items.every((c) => c.kind === "string" || c.kind === "number")
            ? readCharges(
                n.items.map((c) => String((c as { value: unknown }).value)),
                statutes,
              )
            : { ok: false, reason: "expected a list of articles or catalogue ids" },
        [] as string[],
      );
      const releaseReason = get<ReleaseReason | null>(
        ef,
        "releaseReason",
        epath,
        str(readReleaseReason),
        null,
      );
      if (releaseReason !== null && type !== null && type !== "released")
        fail(
          ef.get("releaseReason")!,
          `${epath}.releaseReason`,
          `a ${type} event has no release reason`,
        );
      const supersedes = get<string | null>(ef, "supersedes", epath, str(readId), null);
      const retracted = get(ef, "retracted", epath, bool, false);
      if (retracted && supersedes === null)
        fail(en, `${epath}.retracted`, "a retraction names the record it withdraws (supersedes)");
      const sources: EvidenceSource[] = [];
      const sn = ef.get("sources")?.node;
      if (sn && sn.kind !== "array" && sn.kind !== "null")
        fail(sn, `${epath}.sources`, "expected a list of sources");
      if (sn?.kind === "array") {
        sn.items.forEach((s, j) => {
          const spath = `${epath}.sources[${j}]`;
          const sf = fields(s, spath, SOURCE_KEYS);
          if (!sf) return;
          const source = {
            sourceId: get<string | null>(sf, "sourceId", spath, str(), null),
            url: get<string | null>(sf, "url", spath, str(), null),
            note: get<string | null>(sf, "note", spath, str(), null),
          };
          if (source.sourceId === null && source.url === null && source.note === null)
            fail(s, spath, "a source needs a sourceId, url or note");
          sources.push(source);
        });
      }
      events.push(
        caseEvent({
          id: get(ef, "id", epath, str(readId), `${id}/${k + 1}`),
          caseId: id,
          type: type ?? "at-risk",
          date: date ?? "",
          releaseReason,
          charges,
          sentenceMonths: get(ef, "sentenceMonths", epath, months, null),
          probationMonths: get(ef, "probationMonths", epath, months, null),
          houseArrestMonths: get(ef, "houseArrestMonths", epath, months, null),
          suspended: get(ef, "suspended", epath, bool, false),
          sources,
          recordedAt: get(ef, "recordedAt", epath, str(readTimestamp), options.recordedAt),
          supersedes,
          retracted,
        }),
      );
      eventNodes.push({ node: en, path: epath, caseId: id });
    });
  });
  for (const p of eventProblems(events, new Set(cases.map((c) => c.id)), options.existingEvents)) {
    const at = eventNodes[p.index]!;
    caseId = at.caseId;
    fail(at.node, `${at.path}.${p.field === "caseId" ? "id" : p.field}`, p.reason);
  }
  const keep = (id: string) => !rejected.has(id);
  return {
    value: { cases: cases.filter((c) => keep(c.id)), events: events.filter((e) => keep(e.caseId)) },
    errors,
    rejectedCases: [...rejected].sort(),
  };
}
