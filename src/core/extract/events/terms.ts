// Sentence lengths, read right after a sentencing word: months in prison, months of probation,
// or a penalty no number of months expresses (death, life). Also the penalty a charge carries
// ("up to 20 years"), which is never a sentence.

import { findNumbers } from "../../text/numbers.js";
import type { Span } from "../../types.js";

export interface Term {
  /** One value for everyone, or one per person in order ("respectively to eight and six years"). */
  months: number[];
  probationMonths: number | null;
  penalty: "death" | "life" | null;
  /** "respectively": `months[i]` belongs to the i-th person. */
  respectively: boolean;
  end: number;
}

const UNIT = String.raw`(years?|months?)`;
const CUSTODY = String.raw`(?:\s+(?:in\s+(?:a\s+)?(?:prison|jail|penal\s+colony|labou?r\s+camp|re-?education\s+camp)|of\s+imprisonment|behind\s+bars|imprisonment|jail|prison))?`;
const NUM = String.raw`(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)`;

function months(n: number, unit: string): number {
  return unit.startsWith("year") ? Math.round(n * 12) : Math.round(n);
}

/** A whole string that is one plain number ("nine", "14", "twenty-two"); not "dozens", "half". */
function num(s: string): number | null {
  let value = NUMS.get(s);
  if (value === undefined) {
    const found = findNumbers(s);
    const n = found[0];
    value =
      found.length === 1 && n && n.start === 0 && n.end === s.length && !n.vague && !n.fraction
        ? n.value
        : null;
    if (NUMS.size >= 1000) NUMS.clear();
    NUMS.set(s, value);
  }
  return value;
}

/** `num` of the words read lately: the same few ("two", "six", "14") come back in every text. */
const NUMS = new Map<string, number | null>();

/** "nine years", "two years and six months", "three and a half years". */
const DURATION = new RegExp(
  String.raw`^${NUM}(\s+and\s+a\s+half)?\s+${UNIT}(?:\s+and\s+${NUM}\s+(months?))?`,
  "i",
);
function duration(text: string): { months: number; length: number } | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const n = num(m[1]!);
  if (n === null) return null;
  let total = months(n + (m[2] ? 0.5 : 0), m[3]!.toLowerCase());
  if (m[4]) {
    const extra = num(m[4]);
    if (extra === null) return null;
    total += extra;
  }
  return { months: total, length: m[0].length };
}

/** "three years of probation", "followed by two years of house arrest", "3 years' probation". */
const PROBATION = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:and|plus|followed\s+by|with)\s+(?:an?\s+additional\s+)?${NUM}\s+${UNIT}(?:\s+of|['’])?\s+(?:probation|house\s+arrest|supervision|administrative\s+probation)`,
  "i",
);
function probation(text: string): { months: number; length: number } | null {
  const m = PROBATION.exec(text);
  if (!m) return null;
  const n = num(m[1]!);
  return n === null ? null : { months: months(n, m[2]!.toLowerCase()), length: m[0].length };
}

/** Where the clause ends for a term: a new clause, a new sentence part, a quotation. */
const CLAUSE_END = /[;:“”"]|\.\s|,\s*(?:who|which|according|but|while|said|although)\b/u;
/** How far into the clause a term may stand ("sentenced by the court of Nghe An in May to …"). */
const TERM_REACH = 120;

const TO_OR_FOR = /\b(?:to|for)\s+/g;

/** Offsets in `rest` where a term may begin: right away, or after each "to"/"for". */
function leads(rest: string): number[] {
  const stop = CLAUSE_END.exec(rest);
  const clause = rest.slice(0, Math.min(stop ? stop.index : rest.length, TERM_REACH));
  const out: number[] = [];
  const first = /^\s+/.exec(clause);
  if (first) out.push(first[0].length);
  const re = TO_OR_FOR;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) out.push(m.index + m[0].length);
  return out;
}

const RESPECTIVELY = new RegExp(
  String.raw`^\s+(?:respectively\s+)?to\s+(${NUM}(?:\s*,\s*${NUM})*\s+and\s+${NUM})\s+${UNIT}(?:${CUSTODY})?(?:,?\s+respectively)?`,
  "i",
);
const CUSTODY_AT = new RegExp(`^${CUSTODY}`, "i");
const COMPOUND = new RegExp(
  String.raw`^\s+(?:to\s+)?(?:an?\s+)?(?:\p{Ll}+\s+)?${NUM}-(year|month)(?:-and-${NUM}-months?)?\s+(?:(?:prison|jail)\s+)?(?:term|sentence|prison\s+term|jail\s+term)`,
  "iu",
);

/**
 * The term right after a sentencing word, or null.
 *   "to nine years in prison" · "to six years in jail plus two years' probation" ·
 *   "respectively to eight and six years in prison" · "to death" · "to life imprisonment" ·
 *   "a 14-year jail term" · "an eight-year prison sentence" · "for seven years" · "14 years"
 */
export function termAfter(text: string, at: number, limit: number): Term | null {
  const rest = text.slice(at, Math.min(limit, at + 160));
  if (/^\s+(?:them\s+|him\s+|her\s+)?to\s+death\b/i.test(rest))
    return { months: [], probationMonths: null, penalty: "death", respectively: false, end: at };
  if (
    /^\s+(?:them\s+|him\s+|her\s+)?to\s+life(?:\s+imprisonment|\s+in\s+prison)?\b|^\s+(?:a\s+)?life\s+(?:sentence|imprisonment|term)\b/i.test(
      rest,
    )
  )
    return { months: [], probationMonths: null, penalty: "life", respectively: false, end: at };

  // "respectively to eight and six years": one value per person, in order.
  const resp = RESPECTIVELY.exec(rest);
  if (resp) {
    const unit = resp[resp.length - 1]!.toLowerCase();
    const values = resp[1]!.split(/\s*,\s*|\s+and\s+/).map(num);
    if (values.every((v) => v !== null))
      return {
        months: (values as number[]).map((v) => months(v, unit)),
        probationMonths: null,
        penalty: null,
        respectively: true,
        end: at + resp[0].length,
      };
  }

  // "to nine years in prison", "for seven years", "14 years" (headlines: "gets 14 years"), and
  // after other words of the clause: "in 2018 to 13 years", "by the court of X in May to six years"
  for (const lead of leads(rest)) {
    const d = duration(rest.slice(lead));
    if (d) {
      let end = lead + d.length;
      const custody = CUSTODY_AT.exec(rest.slice(end));
      end += custody ? custody[0].length : 0;
      const p = probation(rest.slice(end));
      const pm = p ? p.months : null;
      if (p) end += p.length;
      return {
        months: [d.months],
        probationMonths: pm,
        penalty: null,
        respectively: false,
        end: at + end,
      };
    }
  }

  // "a 14-year jail term", "an eight-year prison sentence", "a harsh sentence of six years"
  const compound = COMPOUND.exec(rest);
  if (compound) {
    const n = num(compound[1]!);
    if (n !== null) {
      const extra = compound[3] ? (num(compound[3]) ?? 0) : 0;
      let end = compound[0].length;
      const p = probation(rest.slice(end));
      if (p) end += p.length;
      return {
        months: [months(n, compound[2]!.toLowerCase()) + extra],
        probationMonths: p ? p.months : null,
        penalty: null,
        respectively: false,
        end: at + end,
      };
    }
  }
  return null;
}

/** A number standing alone at a clause's end ("who is serving nine."). */
const BARE = new RegExp(String.raw`^\s+${NUM}\s*(?=[.,;]|$)`);
/** A unit of a term ("eight years", "30-month"). */
const UNIT_AFTER_NUMBER = /\b(?:\d+|[a-z]+)[\s-]+(years?|months?)\b/gi;

/**
 * "A, who is serving eight years, and B, who is serving nine": a number with its unit left out
 * takes the unit of the term told before it in the same sentence.
 */
export function elidedTerm(text: string, sentence: Span, at: number): Term | null {
  const bare = BARE.exec(text.slice(at, Math.min(sentence.end, at + 30)));
  if (!bare) return null;
  const n = num(bare[1]!);
  if (n === null) return null;
  // The last unit told before, over a bounded stretch.
  let unit: string | null = null;
  const before = text.slice(Math.max(sentence.start, at - 300), at);
  UNIT_AFTER_NUMBER.lastIndex = 0;
  for (let u = UNIT_AFTER_NUMBER.exec(before); u; u = UNIT_AFTER_NUMBER.exec(before)) unit = u[1]!;
  if (unit === null) return null;
  const m = months(n, unit.toLowerCase());
  return {
    months: [m],
    probationMonths: null,
    penalty: null,
    respectively: false,
    end: at + bare[0].length,
  };
}

const RANGE = new RegExp(
  String.raw`\b(?:from|between)?\s*${NUM}\s+(?:to|and|-|–)\s+${NUM}\s+${UNIT}`,
  "i",
);
const UP_TO = new RegExp(
  String.raw`\b(?:up\s+to|a\s+maximum\s+of|as\s+many\s+as)\s+${NUM}\s+${UNIT}`,
  "i",
);

/**
 * The penalty a charge carries, when the text states it: "up to 20 years" → {max: 240},
 * "from 10 to 20 years" / "between 10 and 20 years" → {min: 120, max: 240}.
 */
export function potentialRange(text: string): { min: number | null; max: number | null } | null {
  const range = RANGE.exec(text);
  if (range) {
    const a = num(range[1]!);
    const b = num(range[2]!);
    if (a !== null && b !== null) {
      const u = range[3]!.toLowerCase();
      return { min: months(a, u), max: months(b, u) };
    }
  }
  const upTo = UP_TO.exec(text);
  if (upTo) {
    const n = num(upTo[1]!);
    if (n !== null) return { min: null, max: months(n, upTo[2]!.toLowerCase()) };
  }
  return null;
}
