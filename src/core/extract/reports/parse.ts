// Reading what surrounds a report reference: the issuer after it, its year, its date, its cycle.

import { CYCLE_ORDINALS } from "../../lexicon/report-titles.js";
import type { PartialDate } from "../../types.js";
import { findDates } from "../date-port.js";
import type { Candidate, SentenceView } from "./candidate.js";
import type { IssuerMention } from "./find.js";

/** What a reference may carry between its title and an issuer: "(UPR) cycle III". */
const TRAILER = String.raw`(?:\s*\([\p{Lu}\p{N}.\- ]{2,12}\))?(?:\s+(?:cycle|round)\s+(?:[IVX]+|\d+))?`;
const BY = new RegExp(
  String.raw`^${TRAILER}\s*,?\s+(?:of|by|from|(?:released|published|issued|prepared|presented|adopted|compiled) by)\s+(?:the\s+)?`,
  "u",
);

/** "… of the United Nations Human Rights Council": the issuer named after a report or title. */
export function issuerAfter(
  view: SentenceView,
  at: number,
): { issuer: IssuerMention; end: number } | null {
  const rest = view.text.slice(at, view.sentence.end);
  const m = BY.exec(rest);
  if (!m) return null;
  const from = at + m[0].length;
  const issuer = view.issuers.find((i) => i.start === from);
  return issuer ? { issuer, end: issuer.end } : null;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/**
 * The cycle of a periodic review: "UPR cycle III", "the third cycle of the Universal Periodic
 * Review", "Vietnam's third UPR", "the UPR's second cycle".
 */
export function cycleAround(
  text: string,
  start: number,
  end: number,
): { cycle: number; start: number; end: number } | null {
  const right = /^\s*(?:\([\p{Lu}.]{2,8}\)\s*)?(?:’s|'s)?\s*(?:cycle|round)\s+([IVX]+|\d)\b/u.exec(
    text.slice(end, end + 40),
  );
  if (right) {
    const v = ROMAN[right[1]!] ?? Number(right[1]);
    if (v > 0) return { cycle: v, start, end: end + right[0].length };
  }
  const ordinals = Object.keys(CYCLE_ORDINALS).join("|");
  const left = new RegExp(
    `\\b(${ordinals})\\s+(?:(?:review\\s+)?cycle\\s+of\\s+(?:the\\s+)?|(?:cycle\\s+)?)$`,
    "i",
  ).exec(text.slice(Math.max(0, start - 40), start));
  if (left)
    return { cycle: CYCLE_ORDINALS[left[1]!.toLowerCase()]!, start: start - left[0].length, end };
  const after = new RegExp(`^(?:’s|'s)\\s+(${ordinals})\\s+(?:cycle|round)\\b`, "i").exec(
    text.slice(end, end + 30),
  );
  if (after)
    return { cycle: CYCLE_ORDINALS[after[1]!.toLowerCase()]!, start, end: end + after[0].length };
  return null;
}

/** A year right after a reference: "World Report 2021", "… in the World in 2020". */
export function yearAfter(
  text: string,
  at: number,
  limit: number,
): { year: number; end: number } | null {
  const m =
    /^(?:\s*,)?\s+(?:in|of|for)?\s*((?:19|20)\d{2})\b(?!\s*(?:Criminal|Penal|Constitution|Law|law|elections?))/.exec(
      text.slice(at, Math.min(limit, at + 16)),
    );
  return m ? { year: Number(m[1]), end: at + m[0].length } : null;
}

/** "report of 11 March 2020", "report dated 5 May 2019", "report released on March 11, 2020". */
export function dateAfter(
  view: SentenceView,
  at: number,
): { date: PartialDate; end: number } | null {
  const m = /^\s+(?:of|dated|(?:released|published|issued|adopted|made public)\s+on|on)\s+/.exec(
    view.text.slice(at, view.sentence.end),
  );
  if (!m) return null;
  const from = at + m[0].length;
  const d = findDates(
    view.text,
    { start: from, end: Math.min(view.sentence.end, from + 30) },
    view.docDate,
  )[0];
  return d && d.start === from ? { date: d.date, end: d.end } : null;
}

/**
 * "report on the implementation of the ICCPR in Vietnam": what a report without a catalogued
 * title is about, up to the end of the noun phrase.
 */
export function topicAfter(
  text: string,
  at: number,
  limit: number,
): { topic: string; end: number } | null {
  const m =
    /^\s+on\s+[^,;:.“”"()]{3,120}?(?=\s*(?:[,;:.“”"()]|$)|\s+(?:that|which|who|said|says|accused|criticised|criticized|found|was|were|is|are|has|have|had)\b)/u.exec(
      text.slice(at, limit),
    );
  return m ? { topic: m[0].trim(), end: at + m[0].length } : null;
}

/** Fills year, date and cycle from the words around a candidate and widens its span to them. */
export function complete(view: SentenceView, c: Candidate): Candidate {
  const out = { ...c };
  const d = dateAfter(view, out.end);
  if (d) {
    out.date ??= d.date;
    out.end = d.end;
  }
  if (out.title === null && out.end === out.head.end) {
    const t = topicAfter(view.text, out.end, view.sentence.end);
    if (t) {
      out.topic = t.topic;
      out.end = t.end;
      // "report on religious freedom covering 2021"
      const covers = /\b(?:covering|for|in)\s+((?:19|20)\d{2})$/.exec(t.topic);
      if (covers) out.year ??= Number(covers[1]);
    }
  }
  const y = yearAfter(view.text, out.end, view.sentence.end);
  if (y && out.year === null) {
    out.year = y.year;
    out.end = y.end;
  }
  if (out.title?.cyclic) {
    const cy = cycleAround(view.text, out.head.start, out.head.end);
    if (cy) {
      out.cycle = cy.cycle;
      out.start = Math.min(out.start, cy.start);
      out.end = Math.max(out.end, cy.end);
    }
  }
  if (out.year === null && out.date !== null) out.year = Number(out.date.slice(0, 4));
  if (out.year === null && out.title !== null) {
    // "International Religious Freedom Report covering 2021"
    const covers = /^\s*,?\s*(?:covering|for)\s+((?:19|20)\d{2})\b/.exec(
      view.text.slice(out.end, out.end + 20),
    );
    if (covers) {
      out.year = Number(covers[1]);
      out.end += covers[0].length;
    }
  }
  return out;
}
