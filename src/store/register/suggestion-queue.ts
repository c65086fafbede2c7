// On ingest, events of named people read from a document become suggestions for the register,
// queued for review in the same transaction as the document: matched to a case by the core's
// `suggest` (diacritic-folded names; province and charges as supporting evidence) or proposed as
// a new case. Nothing is applied until a person accepts it.

import { basename } from "node:path";
import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { suggest } from "../../core/register/suggest.js";
import { sentences } from "../../core/text/segment.js";
import type { Event, Span } from "../../core/types.js";
import type { AnalysisRecord } from "../../ingest/analyze-service.js";
import type { RegisterLookup } from "./register-lookup.js";

/**
 * The sentence(s) of `text` that hold [start, end): what a reviewer reads. `spans`: the text's
 * sentences, when the caller asks for several.
 */
export function sentenceOf(
  text: string,
  start: number,
  end: number,
  spans: readonly Span[] = sentences(text),
): string {
  const hold = spans.filter((s) => s.end > start && s.start < end);
  if (hold.length === 0) return text.slice(start, end);
  return text.slice(hold[0]!.start, hold[hold.length - 1]!.end).trim();
}

/** What an extracted event says: the same event read again is not queued twice. */
export function fingerprint(e: Event): string {
  return JSON.stringify([e.type, e.person, e.date, e.start, e.end, e.charges, e.sentenceMonths]);
}

/**
 * The suggestions a document's events give, as rows for `vigil_queue_suggestions` (migration
 * 0018): matched against the register as it stands in the lookup's transaction.
 */
export async function suggestionRows(
  lookup: RegisterLookup,
  record: AnalysisRecord,
): Promise<Record<string, unknown>[]> {
  const named = record.events.map((e, idx) => ({ e, idx })).filter(({ e }) => e.person);
  if (named.length === 0) return [];
  const register = await lookup.registerFor(named.map(({ e }) => e.person!));
  const source = {
    sourceId: record.source.id ?? basename(record.source.path),
    url: record.source.url,
    note: null,
  };
  const recordedAt = new Date().toISOString();
  const spans = sentences(record.text);
  const queue: Record<string, unknown>[] = [];
  for (const { e, idx } of named) {
    const s = suggest(
      { event: e, source, documentDate: record.source.date, recordedAt },
      register,
      { statutes: CATALOGUE_STATUTES },
    );
    if (s.decision === "unusable" || s.action === "already-recorded" || !s.event) continue;
    queue.push({
      decision: s.decision,
      action: s.action,
      event_idx: idx,
      char_start: e.start,
      char_end: e.end,
      sentence: sentenceOf(record.text, e.start, e.end, spans),
      person: e.person,
      fingerprint: fingerprint(e),
      extracted: e,
      proposed_event: s.event,
      proposed_case: s.proposedCase,
      candidates: s.candidates,
      duplicate_of: s.duplicateOf,
      warnings: s.warnings,
    });
  }
  return queue;
}
