// What the response rules look for: stance words, denials, report mentions, phrase lists.

import { DENIAL_MARKERS, STANCE_WORDS, type ResponseKind } from "../../lexicon/report-responses.js";
import { headsOf, mayHoldWord } from "../../text/word-runs.js";
import type { Analysis, Span } from "../../types.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

/** A case-insensitive regex for any of `phrases` at word boundaries (longest first). */
export function phraseRegex(phrases: readonly string[], flags = "giu"): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, flags);
}

const STANCE_RES: ReadonlyArray<[ResponseKind, RegExp]> = (
  ["rejects", "welcomes", "acknowledges"] as const
).map((k) => [k, phraseRegex(STANCE_WORDS[k])]);
/** The stance words' first words: a span with none of them is not run through the patterns. */
const STANCE_HEADS = headsOf(Object.values(STANCE_WORDS).flat());

export interface Stance extends Span {
  kind: ResponseKind;
}

/** Every stance word in the spans, in text order. */
export function stancesIn(text: string, spans: readonly Span[]): Stance[] {
  const out: Stance[] = [];
  for (const s of spans) {
    if (!mayHoldWord(STANCE_HEADS, text, s.start, s.end)) continue;
    const slice = text.slice(s.start, s.end);
    for (const [kind, re] of STANCE_RES) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        out.push({ kind, start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The overall stance: any rejection wins ("we appreciate …; unfortunately it is not objective"). */
export function overallStance(stances: readonly Stance[]): ResponseKind | null {
  if (stances.some((s) => s.kind === "rejects")) return "rejects";
  if (stances.some((s) => s.kind === "welcomes")) return "welcomes";
  if (stances.some((s) => s.kind === "acknowledges")) return "acknowledges";
  return null;
}

const DENIAL_RE = phraseRegex(DENIAL_MARKERS);

/** A negated claim: "no one is arrested for expressing their opinions". */
export function hasDenial(text: string, spans: readonly Span[]): boolean {
  return spans.some((s) => {
    DENIAL_RE.lastIndex = 0;
    return DENIAL_RE.test(text.slice(s.start, s.end));
  });
}

export interface ReportMention extends Span {
  report: number;
}

/** Every mention of an extracted report, in text order. */
export function reportMentions(analysis: Analysis): ReportMention[] {
  const out: ReportMention[] = [];
  analysis.reports.forEach((r, report) => {
    for (const m of r.mentions ?? [{ start: r.start, end: r.end }]) out.push({ ...m, report });
  });
  return out.sort((a, b) => a.start - b.start);
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
