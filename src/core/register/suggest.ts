// Events extracted from an article become suggestions for the register, never edits: matched to a
// case by diacritic-folded name (province and charges as supporting evidence), or proposed as a
// new case. Two people with the same name are never told apart silently: the reviewer chooses.
//
//   "Tran Thi Mai Huong was sentenced to eight years" → existing VN-001 (name), add-event
//   "Hương was sentenced"                              → ambiguous: VN-001, VN-0xx (given name only)

import { PERSON_HONORIFICS } from "../lexicon/person-honorifics.js";
import { matchKey } from "../text/normalise.js";
import type { Event, EventType, PartialDate } from "../types.js";
import { currentCharges, NO_CATALOGUE, type StatuteLookup } from "./charges.js";
import { eventsByCase } from "./count.js";
import { knownEvents } from "./known-events.js";
import { isPartialDate, periodOf } from "./partial-date.js";
import { caseEvent, caseRecord } from "./records.js";
import type { Case, CaseEvent, CaseEventType, EvidenceSource, Register } from "./types.js";

const TYPES: Record<EventType, CaseEventType> = {
  arrest: "arrested",
  detention: "held-pending-trial",
  indictment: "indicted",
  trial: "tried",
  sentence: "sentenced",
  appeal: "appeal",
  release: "released",
  exile: "exiled",
  "death-in-custody": "deceased",
  execution: "deceased",
};

export interface CaseCandidate {
  caseId: string;
  name: string;
  /** 1 for the full name; less for a part of it; plus supporting evidence. */
  score: number;
  reasons: string[];
}

export type SuggestionAction =
  "add-event" | "add-source" | "already-recorded" | "create-case" | "choose-case" | "none";

export interface Suggestion {
  decision: "existing" | "ambiguous" | "new" | "unusable";
  /** What accepting the suggestion does. */
  action: SuggestionAction;
  candidates: CaseCandidate[];
  /** For a new case: the case to create. */
  proposedCase: Case | null;
  /** The record to add; its `caseId` is empty while the reviewer has to choose. */
  event: CaseEvent | null;
  /** A recorded event this one repeats: accepting adds the source to it. */
  duplicateOf: string | null;
  warnings: string[];
}

export interface SuggestInput {
  event: Event;
  /** The document the event was read from; kept as the evidence. */
  source: EvidenceSource;
  /** The document's date, used (with a warning) when the event has none. */
  documentDate?: PartialDate | null;
  recordedAt: string;
}

export interface SuggestOptions {
  statutes?: StatuteLookup;
  newCaseId?: string;
  eventId?: string;
}

/** A name as `suggest` compares names: folded words, honorifics dropped. */
export function nameTokens(name: string): string[] {
  const tokens = matchKey(name)
    .replace(/[.,]/g, " ")
    .split(" ")
    .filter((t) => t !== "");
  while (tokens.length > 1 && PERSON_HONORIFICS.has(tokens[0]!)) tokens.shift();
  return tokens;
}

function nameScore(mention: string[], full: string[]): { score: number; reason: string } | null {
  if (mention.length === 0 || mention.length > full.length) return null;
  const tail = full.slice(full.length - mention.length);
  if (tail.join(" ") !== mention.join(" ")) return null;
  if (mention.length === full.length) return { score: 1, reason: "same name" };
  // Vietnamese names are said by their last part: "Hương", "Mai Hương" for Trần Thị Mai Hương.
  return { score: mention.length >= 2 ? 0.5 : 0.3, reason: `"${mention.join(" ")}" ends the name` };
}

function overlaps(a: PartialDate, b: PartialDate): boolean {
  const x = periodOf(a);
  const y = periodOf(b);
  return x.first <= y.last && y.first <= x.last;
}

export function suggest(
  input: SuggestInput,
  register: Register,
  options: SuggestOptions = {},
): Suggestion {
  const { event: found, source } = input;
  const statutes = options.statutes ?? NO_CATALOGUE;
  const warnings: string[] = [];
  const none: Suggestion = {
    decision: "unusable",
    action: "none",
    candidates: [],
    proposedCase: null,
    event: null,
    duplicateOf: null,
    warnings,
  };
  const mention = found.person ? nameTokens(found.person) : [];
  if (mention.length === 0) {
    warnings.push("the event names nobody");
    return none;
  }
  let date = found.date && isPartialDate(found.date) ? found.date : null;
  if (date === null && input.documentDate && isPartialDate(input.documentDate)) {
    date = input.documentDate;
    warnings.push(`no date in the text; the document's date ${date} is used: check it`);
  }
  if (date === null) {
    warnings.push("the event has no date");
    return none;
  }
  const type = TYPES[found.type];
  if (found.type === "execution") warnings.push("an execution: recorded as deceased");
  // A life or death sentence has no term: the person serves until a release or death is recorded.
  if (found.penalty) warnings.push(`a ${found.penalty} sentence: recorded with no term`);

  const byCase = eventsByCase(register.events);
  const place = found.place ? matchKey(found.place) : null;
  const charges = currentCharges(found.charges, statutes);
  const candidates: CaseCandidate[] = [];
  for (const c of register.cases) {
    const name = nameScore(mention, nameTokens(c.name));
    if (!name) continue;
    const reasons = [name.reason];
    let score = name.score;
    const province = c.province ? matchKey(c.province) : null;
    if (place && province && (place.includes(province) || province.includes(place))) {
      score += 0.2;
      reasons.push(`province ${c.province}`);
    }
    const live = knownEvents(byCase.get(c.id) ?? [], null);
    const held = new Set(
      currentCharges(
        live.flatMap((e) => e.charges),
        statutes,
      ),
    );
    const shared = charges.filter((id) => held.has(id));
    if (shared.length > 0) {
      score += 0.2;
      reasons.push(`charged under ${shared.join(", ")}`);
    }
    candidates.push({ caseId: c.id, name: c.name, score: Math.round(score * 100) / 100, reasons });
  }
  candidates.sort((a, b) => b.score - a.score || (a.caseId < b.caseId ? -1 : 1));
  const full = candidates.filter((c) => c.reasons[0] === "same name");
  const decision = full.length === 1 ? "existing" : candidates.length === 0 ? "new" : "ambiguous";

  const proposedCase =
    decision === "new"
      ? caseRecord({
          id: options.newCaseId ?? `new/${mention.join("-")}`,
          name: found.person!.trim(),
        })
      : null;
  const caseId = decision === "existing" ? full[0]!.caseId : (proposedCase?.id ?? "");
  const evidence: EvidenceSource = { ...source, note: source.note ?? found.text };
  const event = caseEvent({
    id: options.eventId ?? `${source.sourceId ?? source.url ?? "source"}#${found.start}`,
    caseId,
    type,
    date,
    charges: found.charges,
    sentenceMonths: type === "sentenced" || type === "appeal" ? found.sentenceMonths : null,
    probationMonths: found.probationMonths,
    sources: [evidence],
    recordedAt: input.recordedAt,
  });

  let duplicateOf: string | null = null;
  let action: SuggestionAction =
    decision === "existing" ? "add-event" : decision === "new" ? "create-case" : "choose-case";
  if (decision === "existing") {
    const same = knownEvents(byCase.get(caseId) ?? [], null).find(
      (e) => e.type === type && overlaps(e.date, date),
    );
    if (same) {
      duplicateOf = same.id;
      const known = same.sources.some(
        (s) =>
          (source.sourceId !== null && s.sourceId === source.sourceId) ||
          (source.url !== null && s.url === source.url),
      );
      action = known ? "already-recorded" : "add-source";
      if (same.date !== date) warnings.push(`the register dates it ${same.date}, the text ${date}`);
    }
  }
  return { decision, action, candidates, proposedCase, event, duplicateOf, warnings };
}
