// What the cross-check needs from one analysed document, worked out once when the document is
// stored, so that a check is index lookups and never re-reads the corpus:
//   statements  their claim types and polarity ("no one is arrested for …" → no-detention-for-
//               expression, negative), the speaker's key and state, the words and their sentence;
//   figures     the quantity key ("activists detained in prison" → detained) and the sentence;
//   reports     a key shared by the same report across documents (issuer, year, cycle), the
//               issuer's kind, the day it counts from, and its findings and concerns, read from
//               what its issuer is reported to say in the same document;
//   responses   statements that answer a report, with the state they answer for.
// Pure: the store writes these rows beside the extractions (src/store/check/check-facts.ts).

import { mentionedJurisdiction } from "../extract/legal-refs/rules/06-jurisdiction.js";
import { REPORT_ISSUER_KINDS } from "../lexicon/report-issuer-kinds.js";
import { REPORT_ISSUERS } from "../lexicon/report-issuers.js";
import { sentences } from "../text/segment.js";
import { matchKey } from "../text/normalise.js";
import type { Analysis, PartialDate, Span, Statement } from "../types.js";
import { catalogueStatute } from "./catalogue.js";
import { firstDay, isPartialDate, lastDay } from "./check-dates.js";
import { claimTypes, type ClassifyOptions } from "./classify.js";
import type { IssuerKind, SentenceRef } from "./evidence.js";
import { quantityOf, splitQuantityKey } from "./quantity.js";
import { concernsIn } from "./report-concerns.js";
import { speakerState } from "./speaker-state.js";

/** Bumped whenever what is derived changes: stored documents are then derived again. */
export const FACTS_VERSION = 1;

/** Longest sentence kept with an item (a long direct quote is cut at a sentence end). */
const MAX_SENTENCE = 1_200;

export interface StatementFacts {
  idx: number;
  /** Claim types other than `other`, best first. */
  types: { type: string; polarity: "positive" | "negative" }[];
  /** The words said: from the first content segment to the last ("that no one is …"). */
  content: string;
  /** The day it was said (its date's first day), else the document's. */
  day: string | null;
  speakerKey: string | null;
  speakerState: string | null;
  sentence: SentenceRef;
}

export interface FigureFacts {
  idx: number;
  quantity: string | null;
  family: string | null;
  /** The last day the as-of date can mean; null without one. */
  asOfLast: string | null;
  sentence: SentenceRef;
}

export interface ReportFacts {
  idx: number;
  /** The same report in every document that mentions it: `issuer|year|cycle`; null if unnamed. */
  key: string | null;
  issuerId: string | null;
  issuerKind: IssuerKind;
  /** The day it counts from: its date, else 1 January of its year, else the document's day. */
  issued: string | null;
  about: string | null;
  /** Null when nothing in the document says what the report found. */
  concerns: string[] | null;
  findings: string | null;
  sentence: SentenceRef;
}

export interface ResponseFacts {
  statementIdx: number;
  reportIdx: number;
  reportKey: string | null;
  response: "rejects" | "welcomes" | "acknowledges";
  speaker: string | null;
  state: string | null;
  /** When the text dates the response; null when it carries only the document's date. */
  date: PartialDate | null;
  sentence: SentenceRef;
}

export interface DocumentFacts {
  version: number;
  jurisdiction: string | null;
  statements: StatementFacts[];
  figures: FigureFacts[];
  reports: ReportFacts[];
  responses: ResponseFacts[];
}

export interface FactsInput extends Pick<
  Analysis,
  "statements" | "figures" | "legalRefs" | "reports"
> {
  text: string;
  /** The document's date. */
  date: PartialDate | null;
}

const day = (d: PartialDate | null | undefined): string | null =>
  d && isPartialDate(d) ? firstDay(d) : null;

/** The country a document is about: its legal references, else the country it names most. */
export function documentJurisdiction(a: Pick<FactsInput, "text" | "legalRefs">): string | null {
  const counts = new Map<string, number>();
  for (const l of a.legalRefs)
    if (l.jurisdiction && l.jurisdiction !== "INTL")
      counts.set(l.jurisdiction, (counts.get(l.jurisdiction) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (ranked[0] && (!ranked[1] || ranked[1][1] < ranked[0][1])) return ranked[0][0];
  return mentionedJurisdiction(matchKey(a.text));
}

/** The sentences a span touches, as one reference (cut at `MAX_SENTENCE`). */
function sentenceFinder(text: string): (s: Span) => SentenceRef {
  const all = sentences(text);
  return (span) => {
    const first = all.find((x) => x.end > span.start) ?? { start: span.start, end: span.end };
    let end = Math.max(span.end, first.end);
    for (const x of all) if (x.start < span.end && x.end > end) end = x.end;
    if (end - first.start > MAX_SENTENCE) {
      const cut = all.find((x) => x.end > first.start + MAX_SENTENCE && x.end >= span.end);
      end = Math.min(end, cut?.end ?? first.start + MAX_SENTENCE);
    }
    const start = Math.min(first.start, span.start);
    return { text: text.slice(start, end).trim(), start, end };
  };
}

/** The words of a statement, without its attribution: first segment to last. */
function contentSpan(s: Statement): Span {
  const segs = s.segments ?? [];
  if (segs.length === 0) return { start: s.start, end: s.end };
  return { start: segs[0]![0], end: segs[segs.length - 1]![1] };
}

export function reportKey(r: {
  issuer: string | null;
  issuerId?: string | null;
  year: number | null;
  cycle?: number | null;
}): string | null {
  const who = r.issuerId ?? (r.issuer ? matchKey(r.issuer) : null);
  if (!who) return null;
  return `${who}|${r.year ?? ""}|${r.cycle ?? ""}`;
}

/** Names a report issuer goes by, folded: its canonical name and aliases. */
function issuerNames(issuer: string | null, issuerId: string | null): Set<string> {
  const out = new Set<string>();
  if (issuer) out.add(matchKey(issuer));
  const entry = REPORT_ISSUERS.find((i) => i.id === issuerId);
  if (entry) for (const n of [entry.name, ...entry.aliases]) out.add(matchKey(n));
  return out;
}

export function documentFacts(a: FactsInput, options: ClassifyOptions = {}): DocumentFacts {
  const jurisdiction = documentJurisdiction(a);
  const sentenceOf = sentenceFinder(a.text);
  const docDay = day(a.date);

  const statements: StatementFacts[] = [];
  a.statements.forEach((s, idx) => {
    const span = contentSpan(s);
    const content = a.text.slice(span.start, span.end).trim();
    if (!content) return;
    const types = claimTypes({ text: content, date: s.date ?? a.date }, options)
      .filter((t) => t.type !== "other")
      .map((t) => ({ type: t.type, polarity: t.polarity }));
    if (types.length === 0) return;
    const end = sentenceOf({ start: span.end - 1, end: span.end }).end ?? span.end;
    const speaker = s.speaker;
    statements.push({
      idx,
      types,
      content,
      day: day(s.date) ?? docDay,
      speakerKey: speaker?.name ? matchKey(speaker.name) : null,
      speakerState: speakerState(speaker, jurisdiction),
      sentence: {
        text: a.text.slice(span.start, Math.max(end, span.end)).trim(),
        start: span.start,
        end: Math.max(end, span.end),
      },
    });
  });

  const figures: FigureFacts[] = a.figures.map((f, idx) => {
    const q = quantityOf(f.what, f.unit);
    return {
      idx,
      quantity: q.key,
      family: q.key ? splitQuantityKey(q.key).family : null,
      asOfLast: f.asOf && isPartialDate(f.asOf) ? lastDay(f.asOf) : null,
      sentence: sentenceOf(f),
    };
  });

  // What an issuer is reported to say is its report speaking: its findings. A statement goes to
  // the issuer's report mentioned last before it (the first, when none is before it).
  const said = new Map<number, Statement[]>();
  const issuers = a.reports.map((r) => issuerNames(r.issuer, r.issuerId ?? null));
  a.statements.forEach((s) => {
    if (!s.speaker?.name || s.respondsTo !== null || a.reports.length === 0) return;
    const name = matchKey(s.speaker.name);
    const mine = a.reports.map((r, i) => ({ r, i })).filter(({ i }) => issuers[i]!.has(name));
    if (mine.length === 0) return;
    const before = mine.filter(({ r }) => r.start <= s.start);
    const target = (before[before.length - 1] ?? mine[0])!.i;
    said.set(target, [...(said.get(target) ?? []), s]);
  });

  const reports: ReportFacts[] = a.reports.map((r, idx) => {
    const issuerId = r.issuerId ?? null;
    const by = said.get(idx) ?? [];
    let concerns: string[] | null = null;
    if (by.length > 0) {
      const rights = new Set<string>();
      for (const l of a.legalRefs)
        if (l.statute && by.some((s) => l.start >= s.start && l.end <= s.end))
          for (const right of catalogueStatute(l.statute)?.restricts ?? []) rights.add(right);
      const words = by.map((s) => a.text.slice(contentSpan(s).start, contentSpan(s).end));
      concerns = [...new Set([...concernsIn(words.join(" ")), ...rights])];
    }
    let first: Span | undefined = by[0] ? contentSpan(by[0]) : undefined;
    if (!first) {
      // No words of the issuer reported: the first sentence that mentions the report and names
      // what it is concerned with ("The report … criticised restrictions on freedom of
      // expression"), unless the sentence is someone's answer to it.
      const answered = a.statements.filter(
        (s) => s.respondsTo === idx && s.speaker && s.speaker.kind !== "description",
      );
      for (const m of r.mentions?.length ? r.mentions : [r]) {
        const s = sentenceOf(m);
        if (s.start === null || s.end === null) continue;
        if (answered.some((x) => x.start < s.end! && s.start! < x.end)) continue;
        const found = concernsIn(s.text);
        if (found.length === 0) continue;
        concerns = found;
        first = { start: s.start, end: s.end };
        break;
      }
    }
    return {
      idx,
      key: reportKey({ ...r, issuerId }),
      issuerId,
      issuerKind: (issuerId && REPORT_ISSUER_KINDS[issuerId]) || "other",
      issued: day(r.date) ?? (r.year ? `${r.year}-01-01` : docDay),
      about: jurisdiction,
      concerns,
      findings: first ? a.text.slice(first.start, first.end).trim() : null,
      sentence: sentenceOf(first ?? r),
    };
  });

  const responses: ResponseFacts[] = [];
  a.statements.forEach((s, idx) => {
    if (s.respondsTo === null || s.respondsTo === undefined || !s.response) return;
    const report = reports[s.respondsTo];
    if (!report) return;
    responses.push({
      statementIdx: idx,
      reportIdx: s.respondsTo,
      reportKey: report.key,
      response: s.response,
      speaker: s.speaker?.name ?? null,
      state: speakerState(s.speaker, jurisdiction),
      date: s.date && s.date !== a.date ? s.date : null,
      sentence: sentenceOf(s),
    });
  });

  return { version: FACTS_VERSION, jurisdiction, statements, figures, reports, responses };
}
