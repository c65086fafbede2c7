// Statements whose speaker is a document: the body that issued it spoke.
//   The report, published by the European External Action Service, criticised …  → the EEAS
//   The provincial police said in a statement that … The statement said …      → the police

import type { Report, Span, Statement } from "../../types.js";

/** The report a speaker span refers to, when the reports pass knows who issued it. */
export function reportIssued(reports: readonly Report[], sp: Span): Report | null {
  const overlaps = (m: Span) => m.start < sp.end && sp.start < m.end;
  for (const r of reports) {
    if (r.issuer === null) continue;
    if (overlaps(r) || (r.mentions ?? []).some(overlaps)) return r;
  }
  return null;
}

// "The statement", "the joint statement": a statement the text has said someone made.
const STATEMENT_MENTION = /^(?:the|this|that|its|their)\s+(?:\p{Ll}+\s+)?statement$/iu;
// "… said in a statement that", "In a statement, the group said".
const IN_A_STATEMENT = /\bin\s+an?\s+(?:\p{Ll}+\s+)?statement\b/iu;

/**
 * The statement, before `at`, whose speaker made the statement a mention such as "The
 * statement said" refers to: the nearest one attributed "in a statement".
 */
export function statementIssued(
  text: string,
  earlier: readonly Statement[],
  mention: string,
  at: number,
): Statement | null {
  if (!STATEMENT_MENTION.test(mention)) return null;
  let best: Statement | null = null;
  for (const s of earlier) {
    if (s.speaker === null || s.cueEnd === null || s.speaker.start >= at) continue;
    if (at - s.speaker.start > 1500 || (best !== null && best.speaker!.start > s.speaker.start))
      continue;
    const from = Math.min(s.speaker.start, s.cueStart ?? s.speaker.start);
    const around = text.slice(Math.max(0, from - 40), s.cueEnd + 40);
    if (IN_A_STATEMENT.test(around) && !STATEMENT_MENTION.test(s.speaker.mention)) best = s;
  }
  return best;
}
