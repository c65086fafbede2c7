// The numbers a claim asserts, with their bound, unit and what they count.
//   "More than 72 percent of our population uses the internet" → >72 percent internet-users
//   "Vietnam is holding 36 people in prison or pre-trial detention" → 36 count detained
//   "Twenty-four of the 45, or 53 percent, are held under Article 117"
//        → 24 detained/article:117, 45 (the whole), 53 percent detained/article:117
// Not quantities: years, dates, article and clause numbers, ages between commas, "no one".

import {
  COUNTED_STOPS,
  DURATION_WORDS,
  NUMBER_BOUNDS,
  NUMBER_LABEL_WORDS,
  NUMBER_SCALES,
  PERCENT_WORDS,
} from "../lexicon/claim-quantities.js";
import { findDates } from "../extract/date-port.js";
import { readNumber } from "../extract/number-port.js";
import type { Figure, PartialDate, Span } from "../types.js";
import type { ClaimToken } from "./claim-tokens.js";
import { quantityIn, type QuantityRead } from "./quantity.js";

export interface ClaimNumber extends Span {
  /** The number as written, with its bound and unit words: "More than 72 percent". */
  text: string;
  value: number;
  bound: Figure["bound"];
  unit: "count" | "percent" | "years";
  /** The words after it that it counts ("people in prison"), or null. */
  counted: string | null;
  /** What it counts, as a quantity key (`detained/women`), or null when no known family. */
  quantity: string | null;
  family: string | null;
  qualifier: string | null;
  period: "day" | "year" | null;
  /** The year a yearly quantity covers ("In 2021, the authorities arrested thirteen"). */
  year: number | null;
  /** An explicit "as of" date in the sentence. */
  asOf: PartialDate | null;
  /** "of the 45": the whole a part was taken from, not a claim of its own. */
  partitive: boolean;
}

interface Raw {
  first: number;
  last: number;
  value: number;
  unit: ClaimNumber["unit"];
}

const BOUND_PHRASES = Object.entries(NUMBER_BOUNDS).flatMap(([bound, phrases]) =>
  phrases.map((p) => ({ bound: bound as Figure["bound"], tokens: p.split(" ") })),
);
const TRAILING = new Set(["in", "from", "during", "about", "across"]);
const PART_OF = /\b(?:of whom|of these|of them|of those|among them|among those)(?: [\p{L}-]+)?$/u;
const DETERMINERS = new Set(["no", "any", "every", "each", "the", "this", "that", "which"]);

function isDigits(norm: string): boolean {
  return /^\d+(?:[.,]\d+)*$/.test(norm);
}

function digitsValue(norm: string): number {
  // "77,000" and "1.000.000" group thousands; "53.5" and "7,5" are decimals.
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(norm) && !/^\d+\.\d{3}$/.test(norm))
    return Number(norm.replace(/[.,]/g, ""));
  return Number(norm.replace(",", "."));
}

function readAt(text: string, tokens: readonly ClaimToken[], i: number): Raw | null {
  const t = tokens[i]!;
  let value: number;
  let last = i;
  // "10^400": a power, not a count.
  if (text[t.start - 1] === "^" || text[t.end] === "^") return null;
  if (isDigits(t.norm)) value = digitsValue(t.norm);
  else {
    // "one" is a number only when nothing makes it a pronoun: "no one", "the one who".
    if (t.norm === "one" && i > 0 && DETERMINERS.has(tokens[i - 1]!.norm)) return null;
    const r = readNumber(text, t.start);
    if (!r) return null;
    value = r.value;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= r.end) last++;
  }
  // "one-sided", "a 14-page indictment": a number hyphenated to a word is part of an adjective.
  if (/^-\p{L}/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 2))) return null;
  let unit: ClaimNumber["unit"] = "count";
  const next = (k: number): string => tokens[last + k]?.norm ?? "";
  if (Object.hasOwn(NUMBER_SCALES, next(1))) {
    value *= NUMBER_SCALES[next(1)]!;
    last++;
  }
  if (next(1) === "and" && next(2) === "a" && next(3) === "half") {
    value += 0.5;
    last += 3;
  }
  if (PERCENT_WORDS.includes(next(1))) {
    unit = "percent";
    last++;
  } else if (next(1) === "per" && next(2) === "cent") {
    unit = "percent";
    last += 2;
  } else if (Object.hasOwn(DURATION_WORDS, next(1))) {
    unit = "years";
    value *= DURATION_WORDS[next(1)]!;
    last++;
  }
  // A 400-digit number, "a trillion trillion": no count is that large, and past 2^53 the value
  // would not be the number written.
  if (!Number.isSafeInteger(Math.round(value))) return null;
  return { first: i, last, value, unit };
}

/** "of the 45": the number names the whole a part is taken from. */
function isPartitive(tokens: readonly ClaimToken[], i: number): boolean {
  return tokens[i - 1]?.norm === "the" && tokens[i - 2]?.norm === "of";
}

function isLabelled(tokens: readonly ClaimToken[], i: number, labelled: Set<number>): boolean {
  const prev = tokens[i - 1]?.norm ?? "";
  if (NUMBER_LABEL_WORDS.includes(prev)) return true;
  // "Articles 109, 117 and 331": a number after a labelled one, joined by a comma or and/or.
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (labelled.has(k)) return true;
    if (!["and", "or", "to"].includes(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) break;
  }
  return false;
}

function boundBefore(
  tokens: readonly ClaimToken[],
  i: number,
): { bound: Figure["bound"]; first: number } {
  let best: { bound: Figure["bound"]; first: number } = { bound: "eq", first: i };
  for (const b of BOUND_PHRASES) {
    const s = i - b.tokens.length;
    if (s < 0) continue;
    if (b.tokens.every((w, k) => tokens[s + k]!.norm === w) && s < best.first)
      best = { bound: b.bound, first: s };
  }
  return best;
}

function yearOf(tokens: readonly ClaimToken[]): number | null {
  for (let i = 1; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (
      /^(19|20)\d\d$/.test(n) &&
      ["in", "during", "throughout", "for"].includes(tokens[i - 1]!.norm)
    )
      return Number(n);
  }
  return null;
}

function asOfIn(text: string, dates: ReturnType<typeof findDates>): PartialDate | null {
  for (const d of dates) {
    // The date reader may take the cue into the date's span ("As of June 30, 2022").
    const before = text.slice(Math.max(0, d.start - 8), d.start);
    if (/\bas of\s*$/i.test(before) || /^as of\b/i.test(text.slice(d.start, d.end))) return d.date;
  }
  return null;
}

export function claimNumbers(
  text: string,
  tokens: readonly ClaimToken[],
  claimDate: PartialDate | null,
): ClaimNumber[] {
  // Most statements hold no number: nothing below can find one where no token reads as one, and
  // reading the dates is the costliest part.
  if (!tokens.some((t) => isDigits(t.norm) || readNumber(text, t.start) !== null)) return [];
  const dates = findDates(text, { start: 0, end: text.length }, claimDate);
  const inDate = (t: ClaimToken): boolean =>
    dates.some((d) => t.start >= d.start && t.end <= d.end);
  const labelled = new Set<number>();
  const raws: Raw[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inDate(t)) continue;
    if (isDigits(t.norm) && isLabelled(tokens, i, labelled)) {
      labelled.add(i);
      continue;
    }
    const r = readAt(text, tokens, i);
    if (!r) continue;
    // A bare year ("in 2021", "the 1999 Penal Code") is a date, not a quantity.
    if (r.unit === "count" && r.first === r.last && /^(19|20)\d\d$/.test(t.norm)) continue;
    // "Doan Van Thach, 67, died": an aside between commas is an age.
    const after = tokens[r.last + 1];
    if (r.unit === "count" && t.breakBefore && after?.breakBefore && r.value < 130) continue;
    raws.push(r);
    i = r.last;
  }

  const year = yearOf(tokens);
  const asOf = asOfIn(text, dates);
  const out: ClaimNumber[] = [];
  raws.forEach((r, k) => {
    const { bound, first } = boundBefore(tokens, r.first);
    const partitive = isPartitive(tokens, r.first);
    const stop = raws.slice(k + 1).find((n) => !isPartitive(tokens, n.first));
    const windowEnd = Math.min(stop ? stop.first : tokens.length, r.last + 13);
    let windowStart = r.first;
    for (let b = 0; b < 4 && windowStart > 0 && !tokens[windowStart]!.breakBefore; b++)
      windowStart--;
    const q: QuantityRead = quantityIn(tokens, { start: windowStart, end: windowEnd }, r, r.unit);
    // "80 percent of households": what a share counts follows its "of".
    const from =
      r.unit === "percent" && tokens[r.last + 1]?.norm === "of" ? r.last + 2 : r.last + 1;
    const counted = countedAfter(text, tokens, from, windowEnd);
    out.push({
      start: tokens[first]!.start,
      end: tokens[r.last]!.end,
      text: text.slice(tokens[first]!.start, tokens[r.last]!.end),
      value: r.value,
      bound,
      unit: r.unit,
      counted,
      family: q.family,
      qualifier: partitive ? null : q.qualifier,
      quantity: null,
      period: q.period,
      year: q.period === "year" ? year : null,
      asOf,
      partitive,
    });
  });
  inheritFromWholes(out, tokens);
  takeFromRestatements(out);
  // "six convicted under Article 116 since 2018": a total from a start date is no yearly total.
  const since = tokens.some(
    (t, i) => t.norm === "since" && /^\d{4}$/.test(tokens[i + 1]?.norm ?? ""),
  );
  for (const n of out) {
    if (since && n.period === "year") n.family = null;
    n.quantity = n.family === null ? null : n.qualifier ? `${n.family}/${n.qualifier}` : n.family;
  }
  return out;
}

// "40 people in pre-trial detention, of whom 12 are women": a part counts from its whole, and
// so does the next part of the same sentence ("of these, 11 are women and 10 belong to …").
function inheritFromWholes(out: ClaimNumber[], tokens: readonly ClaimToken[]): void {
  let run: ClaimNumber | null = null;
  for (let k = 1; k < out.length; k++) {
    const n = out[k]!;
    const before = tokens.filter((t) => t.end <= n.start);
    const lead = before
      .slice(-3)
      .map((t) => t.norm)
      .join(" ");
    const sameSentence =
      run !== null &&
      !tokens.some((t) => t.start > run!.end && t.start <= n.start && t.sentenceStart);
    if (!sameSentence) run = null;
    if (n.family !== null) continue;
    const whole = PART_OF.test(lead)
      ? out
          .slice(0, k)
          .reverse()
          .find((w) => w.family !== null && !w.partitive)
      : (run ?? undefined);
    if (!whole) continue;
    n.family = whole.family;
    n.period = whole.period;
    n.year = whole.year;
    run = n;
  }
}

// "Twenty-four of the 45, or 53 percent, are held under Article 117": a count with no words of
// its own takes them from the percentage that restates it.
function takeFromRestatements(out: ClaimNumber[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out.slice(k + 1).find((n) => !n.partitive);
    if (a.family === null && !a.partitive && b && b.unit === "percent" && b.family) {
      a.family = b.family;
      a.qualifier = b.qualifier;
      a.period = b.period;
    }
  }
}

function countedAfter(
  text: string,
  tokens: readonly ClaimToken[],
  from: number,
  to: number,
): string | null {
  let end = from;
  while (
    end < to &&
    end - from < 6 &&
    !tokens[end]!.breakBefore &&
    !COUNTED_STOPS.includes(tokens[end]!.norm) &&
    !isDigits(tokens[end]!.norm)
  )
    end++;
  // "12 bloggers in 2020": a trailing preposition belongs to what follows.
  while (end > from && TRAILING.has(tokens[end - 1]!.norm)) end--;
  return end === from ? null : text.slice(tokens[from]!.start, tokens[end - 1]!.end);
}
