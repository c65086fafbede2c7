// Numbers in English (and Vietnamese-style) news text, in digits and in words, with offsets.
// This layer reads quantities only; what a number counts, and whether it is a statistic at all,
// is for the extractors (a year or an article number is still a number here).

import type { Span } from "../types.js";
import { LETTER, MARK, classOf, isAsciiDigit } from "./chars.js";
import { TOKENS, mayHoldNumber, tokenize, type Token } from "./number-tokens.js";
import {
  currencyBefore,
  readCurrencyAfter,
  readPercent,
  readScale,
  readWords,
  type Reading,
} from "./number-readers.js";
import { STARTS } from "./number-vocabulary.js";
import { inUrl, urlSpans } from "./urls.js";
import { mayBeIn } from "./vocabulary.js";

export interface NumberMatch extends Span {
  /** `text.slice(start, end)`: the number with its scale, percent sign or currency. */
  text: string;
  /** The quantity: 1500000 for "1.5 million", 70 for "70%", 0.5 for "half". */
  value: number;
  /** How the number itself is written: "1.5 million" is digits, "two hundred" words. */
  form: "digits" | "words";
  /** "70%", "70 per cent", "seventy percent". */
  percent: boolean;
  /** The currency as written ("VND", "$", "Belarusian rubles"), or null. */
  currency: string | null;
  /** "dozens", "thousands", "tens of thousands": a magnitude, not a count. */
  vague: boolean;
  /** "half", "two-thirds", "a quarter": a share of something (value below 1). */
  fraction: boolean;
  /** The noun the number is hyphenated to ("12-page" → "page", "60-year-old" → "year-old"). */
  compound: string | null;
}

/**
 * A numeral's value, or null when it is not a plain quantity: "1,500" → 1500, "1.5" → 1.5,
 * "1.500.000" (Vietnamese thousands) → 1500000, "0912" (a code or phone prefix) → null.
 */
export function parseNumeral(s: string): number | null {
  // most numerals are digits alone: read as the patterns below would read them
  if (onlyDigits(s)) return s.length > 1 && s.charCodeAt(0) === 0x30 ? null : Number(s);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^0\d/.test(s)) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return null;
}

function onlyDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Whether the UTF-16 unit at `k` is a letter or a mark (false outside the text). */
const isLetter = (text: string, k: number): boolean =>
  k >= 0 && k < text.length && (classOf(text.charCodeAt(k)) & (LETTER | MARK)) !== 0;
const isDigit = (text: string, k: number): boolean => isAsciiDigit(text.charCodeAt(k));

/** Digits glued to something that makes them an identifier, a date or a time, not a quantity. */
function gluedNumeral(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  const after = text[t.end];
  // "v2", "A1", "22/4", "21:30", ".5" as part of a version or a path
  // "10^400": an exponent, a power of ten nobody counts
  if (isLetter(text, t.start - 1) || (before !== undefined && "/:.\\_#^".includes(before)))
    return true;
  // "COVID-19", "F-16" (a name), "2021-04-22" and "10-20" (a date, a range)
  if (before === "-" && (isLetter(text, t.start - 2) || isDigit(text, t.start - 2))) return true;
  // "14th", "6pm", "50K", "8kg": ordinals and units written solid
  if (isLetter(text, t.end)) return true;
  if (after !== undefined && "/:-_^".includes(after) && isDigit(text, t.end + 1)) return true;
  return false;
}

/**
 * Every number in `text[from, to)`, in order, non-overlapping.
 *   "187 activists" → 187 · "1.5 million" → 1500000 · "two hundred" → 200 · "70 per cent" → 70
 *   (percent) · "500 million VND" → 500000000 (currency "VND") · "a dozen" → 12 · "dozens" → 12
 *   (vague) · "two-thirds" → 0.667 (fraction) · "12-page" → 12 (compound "page").
 * Digits glued to letters or dates ("14th", "6pm", "COVID-19", "22/4/2021", "21:30") and
 * numbers inside URLs are not numbers here.
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  if (!mayHoldNumber(text, from, to) || !tokenize(text, from, to)) return [];
  const tokens = TOKENS;
  const urls = urlSpans(text, from, to);

  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // nearly every token is a word that starts no number: pass it by at once
    if (t.kind !== "num" && (t.kind !== "word" || !mayBeIn(STARTS, text, t.start, t.end))) continue;
    if (urls.length > 0 && inUrl(urls, t.start)) continue;
    let reading: Reading | null = null;
    let form: NumberMatch["form"] = "words";
    if (t.kind === "num") {
      if (gluedNumeral(text, t)) continue;
      const v = parseNumeral(text.slice(t.start, t.end));
      if (v === null) continue;
      const scaled = readScale(text, tokens, i + 1, v);
      reading = { value: scaled.value, next: scaled.next, vague: false, fraction: false };
      form = "digits";
    } else if (t.kind === "word") {
      reading = readWords(text, tokens, i);
    }
    if (!reading) continue;
    // "1,000,000,000,000,000,000,000 leaflets", a 400-digit number, "ten billion billion": no
    // count is that large, and beyond 2^53 the value would not even be the number written.
    if (!Number.isSafeInteger(Math.round(reading.value))) {
      i = reading.next - 1;
      continue;
    }

    let start = t.start;
    let next = reading.next;
    let percent = false;
    let currency: string | null = null;
    const pct = readPercent(text, tokens, next);
    if (pct !== null) {
      percent = true;
      next = pct;
    } else {
      const cur = readCurrencyAfter(text, tokens, next);
      if (cur !== null) {
        currency = text.slice(tokens[next]!.start, tokens[cur - 1]!.end);
        next = cur;
      } else if (form === "digits") {
        const before = currencyBefore(text, t.start);
        if (before) {
          start = before.at;
          currency = before.currency;
        }
      }
    }
    const end = tokens[next - 1]!.end;
    let compound: string | null = null;
    if (!percent && !currency && text[end] === "-" && isLetter(text, end + 1)) {
      compound = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/u.exec(text.slice(end + 1))![0].toLowerCase();
    }
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: reading.value,
      form,
      percent,
      currency,
      vague: reading.vague,
      fraction: reading.fraction,
      compound,
    });
    i = next - 1;
  }
  return out;
}

/** The value of a whole string that is one number ("1.5 million", "twenty-five"), else null. */
export function parseNumber(s: string): number | null {
  const trimmed = s.trim();
  const found = findNumbers(trimmed);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === trimmed.length
    ? found[0]!.value
    : null;
}
