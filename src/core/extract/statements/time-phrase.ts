// Time phrases next to a cue, which are when, not who: "Trump this week said", "on Tuesday night",
// "Just last week, …".

import { MONTHS, TIME_WORDS, WEEKDAYS } from "../../lexicon/function-words.js";
import { NUMBER, type Tok, WORD } from "../../text/lex.js";

/** Weekday names, lower-cased. */
export const DAYS: ReadonlySet<string> = new Set(WEEKDAYS);

/** "spoke on Monday", "called for years": a time, not what a cue is about. */
export function timeAt(t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== WORD) return false;
  return DAYS.has(t.lower) || TIME_WORDS.has(t.lower) || Object.hasOwn(MONTHS, t.lower);
}

export const TIME_NOUNS = new Set([
  "week",
  "month",
  "year",
  "weekend",
  "morning",
  "afternoon",
  "evening",
  "night",
  ...WEEKDAYS,
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "today",
  "yesterday",
]);

const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

// Words that make a time noun a time phrase: "last month", "on Tuesday", "this week".
export const RELATIVE_TIME = new Set([
  "last",
  "this",
  "next",
  "on",
  "in",
  "early",
  "late",
  "earlier",
]);

/**
 * "last spring", "in winter": seasons after "last", "this", "in" …, read only in lower case and
 * only here (not as time nouns elsewhere: "…,” said Summer Tran" names someone).
 */
const SEASONS = new Set(["spring", "summer", "autumn", "winter"]);

/** Step back over a time adjunct ending at `k` ("this week", "on Monday", "in May"). */
export function skipTimeBack(toks: readonly Tok[], k: number, floor: number): number {
  const t = toks[k];
  if (t === undefined || k <= floor) return k;
  if (!TIME_NOUNS.has(t.lower) && !(SEASONS.has(t.text) && RELATIVE_TIME.has(toks[k - 1]!.lower)))
    return k;
  // "on Tuesday night": a part of a day after its weekday.
  if (
    DAY_PARTS.has(t.lower) &&
    k - 1 > floor &&
    /day$/.test(toks[k - 1]!.lower) &&
    toks[k - 1]!.cap
  )
    return skipTimeBack(toks, k - 1, floor);
  // "this past week": the "past" between.
  if (
    toks[k - 1]?.lower === "past" &&
    /^(this|the)$/.test(toks[k - 2]?.lower ?? "") &&
    k - 3 >= floor
  )
    return k - 3;
  const p = toks[k - 1]!;
  if (/^(this|last|next|on|in|early|late|earlier)$/.test(p.lower) && k - 2 >= floor) {
    // "who shared a cell with him until last year said": the adjunct closes a relative clause.
    if (/^(until|till|since)$/.test(toks[k - 2]!.lower) && k - 3 >= floor) return k - 3;
    return k - 2;
  }
  // "Trump Monday said": a bare weekday after the subject.
  if (t.cap && /day$/.test(t.lower) && (p.cap || p.kind === WORD)) return k - 1;
  return k;
}

const TIME_WORDS_ALONE = new Set(["later", "earlier", "yesterday", "today", "meanwhile", "ago"]);

/** `[a, b)` is only a time phrase: "Earlier Tuesday", "On Monday", "Last week", "Meanwhile". */
export function timeChunk(toks: readonly Tok[], a: number, b: number): boolean {
  // "Just last week, …".
  const from = toks[a]?.lower === "just" || toks[a]?.lower === "only" ? a + 1 : a;
  for (let k = from; k < b; k++) {
    const w = toks[k]!.lower;
    // ("only two months later", "a week ago": a count of time.)
    const count =
      (toks[k]!.kind === NUMBER || /^(a|an|one|two|three|four|five|six|several|few)$/.test(w)) &&
      k + 1 < b;
    const unit = /^(days?|hours?|weeks|months|years)$/.test(w) && k > from;
    if (!(TIME_NOUNS.has(w) || RELATIVE_TIME.has(w) || TIME_WORDS_ALONE.has(w) || count || unit))
      return false;
  }
  return true;
}
