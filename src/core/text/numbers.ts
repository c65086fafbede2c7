// Numbers in English (and Vietnamese-style) news text, in digits and in words, with offsets.
// This layer reads quantities only; what a number counts, and whether it is a statistic at all,
// is for the extractors (a year or an article number is still a number here).

import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from "../lexicon/currencies.js";
import {
  DOZEN_WORD,
  FRACTION_WORDS,
  PERCENT_WORDS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_WORDS,
} from "../lexicon/number-words.js";
import type { Span } from "../types.js";

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

interface Token extends Span {
  text: string;
  kind: "num" | "word" | "sym";
  /** The lower-cased text of a word token (null for the others): read many times per token. */
  lower: string | null;
}

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|\S/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;
const STARTS_WITH_LETTER = /^\p{L}/u;

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind =
      m[1] !== undefined
        ? "num"
        : m[2] !== undefined && STARTS_WITH_LETTER.test(t)
          ? "word"
          : "sym";
    const lower = kind === "word" ? t.toLowerCase() : null;
    out.push({ start: m.index, end: m.index + t.length, text: t, kind, lower });
  }
  return out;
}

/**
 * A numeral's value, or null when it is not a plain quantity: "1,500" → 1500, "1.5" → 1.5,
 * "1.500.000" (Vietnamese thousands) → 1500000, "0912" (a code or phone prefix) → null.
 */
export function parseNumeral(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^0\d/.test(s)) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return null;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /\d/.test(ch);

/** Digits glued to something that makes them an identifier, a date or a time, not a quantity. */
function gluedNumeral(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  const after = text[t.end];
  // "v2", "A1", "22/4", "21:30", ".5" as part of a version or a path
  // "10^400": an exponent, a power of ten nobody counts
  if (isLetter(before) || (before !== undefined && "/:.\\_#^".includes(before))) return true;
  // "COVID-19", "F-16" (a name), "2021-04-22" and "10-20" (a date, a range)
  if (before === "-" && (isLetter(text[t.start - 2]) || isDigit(text[t.start - 2]))) return true;
  // "14th", "6pm", "50K", "8kg": ordinals and units written solid
  if (isLetter(after)) return true;
  if (after !== undefined && "/:-_^".includes(after) && isDigit(text[t.end + 1])) return true;
  return false;
}

/** The whitespace-separated lower-cased word at token index i, if i is a word token. */
function wordAt(tokens: Token[], i: number): string | null {
  return tokens[i]?.lower ?? null;
}

/** True when tokens i-1 and i are separated by nothing but spaces (one line). */
function spaced(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  if (!a || !b || a.end >= b.start) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The words a number written in words can start with (see readWords). */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "half",
  "tens",
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(VAGUE_WORDS),
]);

function adjacent(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && a.end === b.start;
}

interface Reading {
  value: number;
  next: number;
  vague: boolean;
  fraction: boolean;
}

/** "two hundred and fifty", "twenty-five", "a dozen", "one and a half", "tens of thousands". */
function readWords(text: string, tokens: Token[], i: number): Reading | null {
  const first = wordAt(tokens, i);
  if (first === null || !NUMBER_STARTS.has(first)) return null;
  const prev = wordAt(tokens, i - 1);

  const vague = readVague(text, tokens, i);
  if (vague) return vague;
  const fraction = readFraction(text, tokens, i);
  if (fraction) return fraction;
  if (first === "one" && (prev === "no" || prev === "any" || prev === "every")) return null;

  let total = 0;
  let current = 0;
  let any = false;
  let lastKind: "unit" | "tens" | "hundred" | "scale" | "a" | null = null;
  let j = i;
  for (; j < tokens.length; j++) {
    if (j > i && tokens[j]!.text !== "-" && !spaced(text, tokens, j)) break;
    const w = wordAt(tokens, j);
    if (w === null) {
      // "twenty-five": a hyphen between a tens word and a unit word
      if (tokens[j]!.text === "-" && lastKind === "tens" && adjacent(tokens, j)) {
        const u = wordAt(tokens, j + 1);
        if (u !== null && adjacent(tokens, j + 1) && (UNIT_WORDS[u] ?? 10) < 10) {
          current += UNIT_WORDS[u]!;
          lastKind = "unit";
          j++;
          continue;
        }
      }
      break;
    }
    if ((w === "a" || w === "an") && j === i) {
      const n = wordAt(tokens, j + 1);
      if (n === null || !(n in SCALE_WORDS || n === DOZEN_WORD)) return null;
      current = 1;
      lastKind = "a";
      continue;
    }
    if (w in UNIT_WORDS && lastKind !== "unit" && lastKind !== "a") {
      if (lastKind === "tens") break; // "twenty five" without a hyphen is rare; keep it apart
      current += UNIT_WORDS[w]!;
      lastKind = "unit";
    } else if (
      w in TENS_WORDS &&
      (lastKind === null || lastKind === "hundred" || lastKind === "scale")
    ) {
      current += TENS_WORDS[w]!;
      lastKind = "tens";
    } else if (w === "hundred" && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 100;
      lastKind = "hundred";
    } else if (w in SCALE_WORDS && w !== "hundred" && lastKind !== null && lastKind !== "scale") {
      total += (current || 1) * SCALE_WORDS[w]!;
      current = 0;
      lastKind = "scale";
    } else if (w === DOZEN_WORD && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 12;
      lastKind = "scale";
    } else if (w === "and" && lastKind !== null) {
      // "two hundred and fifty", "one and a half"
      const n = wordAt(tokens, j + 1);
      if (n === "a" && wordAt(tokens, j + 2) === "half") {
        current += 0.5;
        j += 2;
        lastKind = "unit";
        continue;
      }
      if (lastKind !== "hundred" && lastKind !== "scale") break;
      if (n === null || !(n in UNIT_WORDS || n in TENS_WORDS)) break;
      continue;
    } else break;
    any = true;
  }
  if (!any) return null;
  return { value: total + current, next: j, vague: false, fraction: false };
}

/** "dozens", "hundreds of", "tens of thousands", "hundreds of thousands". */
function readVague(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(tokens, i);
  if (w === null) return null;
  let value: number;
  if (w in VAGUE_WORDS) value = VAGUE_WORDS[w]!;
  else if (w === "tens") value = 10;
  else return null;
  let j = i + 1;
  const more = wordAt(tokens, j + 1);
  if (wordAt(tokens, j) === "of" && more !== null && more in VAGUE_WORDS) {
    if (more !== "dozens" && more !== "scores") {
      value *= VAGUE_WORDS[more]!;
      j += 2;
    }
  } else if (w === "tens") return null;
  return { value, next: j, vague: true, fraction: false };
}

/** "half", "a half", "one third", "two-thirds", "three quarters". Ordinals ("the third time") are not. */
function readFraction(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(tokens, i)!;
  if (w === "half") return { value: 0.5, next: i + 1, vague: false, fraction: true };
  let numerator: number | null = null;
  if (w === "a" || w === "an") numerator = 1;
  else if (w in UNIT_WORDS && UNIT_WORDS[w]! > 0 && UNIT_WORDS[w]! < 10) numerator = UNIT_WORDS[w]!;
  if (numerator === null) return null;
  let j = i + 1;
  if (tokens[j]?.text === "-" && adjacent(tokens, j) && adjacent(tokens, j + 1)) j++;
  const f = wordAt(tokens, j);
  if (f === null || !(f in FRACTION_WORDS)) return null;
  const plural = f.endsWith("s");
  if (numerator === 1 ? plural : !plural && f !== "half") return null;
  return { value: numerator * FRACTION_WORDS[f]!, next: j + 1, vague: false, fraction: true };
}

/** A scale word after digits: "1.5 million", "500 triệu", "3 bn". */
function readScale(
  text: string,
  tokens: Token[],
  j: number,
  value: number,
): { value: number; next: number } {
  while (spaced(text, tokens, j)) {
    const w = wordAt(tokens, j);
    if (w === null || !(w in SCALE_WORDS)) break;
    value *= SCALE_WORDS[w]!;
    j++;
  }
  return { value, next: j };
}

function readPercent(text: string, tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === "%" && (adjacent(tokens, j) || spaced(text, tokens, j))) return j + 1;
  if (!spaced(text, tokens, j)) return null;
  for (const phrase of PERCENT_WORDS) {
    const parts = phrase.split(" ");
    const ok = parts.every(
      (p, k) => wordAt(tokens, j + k) === p && (k === 0 || spaced(text, tokens, j + k)),
    );
    if (ok) return j + parts.length;
  }
  return null;
}

/** "VND", "dong", "Belarusian rubles", "Canadian dollars" after the amount. */
function readCurrencyAfter(text: string, tokens: Token[], j: number): number | null {
  if (!spaced(text, tokens, j)) return null;
  const t = tokens[j];
  if (t?.kind === "word" && CURRENCY_CODES.has(t.text)) return j + 1;
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    if (k > j && !spaced(text, tokens, k)) return null;
    const w = tokens[k]!;
    if (w.kind !== "word") return null;
    if (CURRENCY_NAMES.has(w.text.toLowerCase())) return k + 1;
    // "Belarusian rubles", "US dollars", "Hong Kong dollars": capitalised qualifiers only
    if (!/^\p{Lu}/u.test(w.text)) return null;
  }
  return null;
}

/** "$", "US$", "VND " written just before the amount: the start offset of the currency. */
function currencyBefore(text: string, start: number): { at: number; currency: string } | null {
  for (const sym of CURRENCY_SYMBOLS) {
    if (text.slice(start - sym.length, start) === sym)
      return { at: start - sym.length, currency: sym };
  }
  const code = /\b([A-Z]{3}) ?$/.exec(text.slice(Math.max(0, start - 4), start));
  if (code && CURRENCY_CODES.has(code[1]!))
    return { at: start - code[0].length, currency: code[1]! };
  return null;
}

/** URLs and e-mail addresses overlapping `[from, to)`; one may start before `from`, never across a space. */
function urlSpans(text: string, from: number, to: number): Span[] {
  let start = from;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  // Neither pattern crosses a space, so the words overlapping the span are all there is to
  // search; scanning the whole rest of the document for each sentence made this quadratic.
  const slice = text.slice(start, end);
  const out: Span[] = [];
  if (!/@|https?:|www\./i.test(slice)) return out;
  URL.lastIndex = 0;
  for (let m = URL.exec(slice); m && start + m.index < to; m = URL.exec(slice))
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

function inUrl(urls: Span[], at: number): boolean {
  return urls.some((u) => at >= u.start && at < u.end);
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
  const tokens = tokenize(text, from, to);
  const urls = urlSpans(text, from, to);

  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inUrl(urls, t.start)) continue;
    let reading: Reading | null = null;
    let form: NumberMatch["form"] = "words";
    if (t.kind === "num") {
      if (gluedNumeral(text, t)) continue;
      const v = parseNumeral(t.text);
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
    if (!percent && !currency && text[end] === "-" && isLetter(text[end + 1])) {
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
