// A document's extraction rows as the store writes them (`vigil_write_document`, migration 0011,
// and `vigil_write_facts`, migration 0018): JSON arrays, in-document references by position
// (`idx`). Nothing here depends on what the store holds, so the ingest prepares them beside the
// extraction and the store's thread only resolves actors and writes (src/store/document-writer.ts).

import { matchKey } from "../core/text/normalise.js";
import type { AnalysisRecord } from "../ingest/analyze-service.js";
import { factsPayload } from "./check/check-facts.js";
import { foldForIndex } from "./fold-map.js";
import { passages } from "./passages.js";
import { searchMarks } from "./search-marks.js";
import { firstDay, storableJson } from "./sql.js";

/** Each table's rows as a JSON array (strings: cheap to pass to the store's thread). */
export interface PreparedDocument {
  statements: string;
  figures: string;
  legalRefs: string;
  events: string;
  reports: string;
  units: string;
  /** The check facts, as `factsPayload` gives them. */
  checkFacts: string;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function prepareDocument(record: AnalysisRecord): PreparedDocument {
  const statements = record.statements.map((s, idx) => ({
    idx,
    char_start: s.start,
    char_end: s.end,
    text: s.text,
    kind: s.kind,
    cue: orNull(s.cue),
    speaker_name: s.speaker?.name ?? null,
    speaker_mention: s.speaker?.mention ?? null,
    speaker_kind: s.speaker?.kind ?? null,
    speaker_role: s.speaker?.role ?? null,
    speaker_org: s.speaker?.org ?? null,
    actor: s.speaker?.actor ?? null,
    date: orNull(s.date),
    day: firstDay(s.date),
    responds_to: orNull(s.respondsTo),
    response: orNull(s.response),
    raw: s,
  }));
  const figures = record.figures.map((f, idx) => ({
    idx,
    char_start: f.start,
    char_end: f.end,
    text: f.text,
    value: Number.isFinite(f.value) ? f.value : null,
    bound: orNull(f.bound),
    unit: orNull(f.unit),
    what: orNull(f.what),
    as_of: orNull(f.asOf),
    publisher: orNull(f.publisher),
    part_of: orNull(f.partOf),
    raw: f,
  }));
  const legalRefs = record.legalRefs.map((l, idx) => ({
    idx,
    char_start: l.start,
    char_end: l.end,
    text: l.text,
    jurisdiction: orNull(l.jurisdiction),
    law: orNull(l.law),
    article: orNull(l.article),
    clause: orNull(l.clause),
    offense: orNull(l.offense),
    statute: orNull(l.statute),
    raw: l,
  }));
  const events = record.events.map((e, idx) => ({
    idx,
    char_start: e.start,
    char_end: e.end,
    text: e.text,
    type: e.type,
    person: orNull(e.person),
    actor: orNull(e.actor),
    date: orNull(e.date),
    place: orNull(e.place),
    charges: e.charges ?? [],
    sentence_months: orNull(e.sentenceMonths),
    probation_months: orNull(e.probationMonths),
    raw: e,
  }));
  const reports = record.reports.map((r, idx) => ({
    idx,
    char_start: r.start,
    char_end: r.end,
    text: r.text,
    issuer: orNull(r.issuer),
    title: orNull(r.title),
    year: orNull(r.year),
    raw: r,
  }));
  return {
    statements: storableJson(statements),
    figures: storableJson(figures),
    legalRefs: storableJson(legalRefs),
    events: storableJson(events),
    reports: storableJson(reports),
    units: storableJson(searchUnits(record)),
    checkFacts: factsPayload({ ...record, date: record.source.date }),
  };
}

/** The document's title, passages and statements, as the search index holds them. */
function searchUnits(record: AnalysisRecord) {
  const text = record.text;
  const day = firstDay(record.source.date);
  const outlet_key = record.source.outlet ? matchKey(record.source.outlet) : null;
  // The text as indexed (null when folding left it as it was) and its marks.
  const indexed = (t: string, unit: string) => {
    const f = foldForIndex(t);
    return { folded: f === t ? null : f, marks: searchMarks(f, unit === "title") };
  };
  const base = {
    stmt: null,
    own: false,
    day,
    outlet_key,
    kind: null,
    speaker_key: null,
    org_key: null,
    actor: null,
  };
  const units: Record<string, unknown>[] = [];
  const title = record.source.title;
  if (title)
    units.push({
      ...base,
      unit: "title",
      char_start: 0,
      char_end: 0,
      text: title,
      ...indexed(title, "title"),
    });
  // Passages and statements are cut from the body by the database unless offsets in code points
  // would differ from the contract's UTF-16 offsets.
  const cut = !/[\uD800-\uDFFF]/.test(text);
  for (const p of passages(text)) {
    const t = text.slice(p.start, p.end);
    units.push({
      ...base,
      unit: "passage",
      char_start: p.start,
      char_end: p.end,
      text: cut ? null : t,
      ...indexed(t, "passage"),
    });
  }
  record.statements.forEach((s, idx) => {
    const speaker = s.speaker;
    units.push({
      ...base,
      unit: "statement",
      stmt: idx,
      char_start: s.start,
      char_end: s.end,
      text: cut ? null : s.text,
      ...indexed(s.text, "statement"),
      // Its text is its span (the contract): the database indexes it from the statement's row
      // instead of cutting it from the body again (migration 0021).
      own: cut && s.text === text.slice(s.start, s.end),
      day: firstDay(s.date) ?? day,
      kind: s.kind,
      speaker_key: speaker ? matchKey(`${speaker.name} | ${speaker.mention}`) : null,
      org_key: speaker?.org ? matchKey(speaker.org) : null,
      actor: speaker?.actor ?? null,
    });
  });
  return units;
}
