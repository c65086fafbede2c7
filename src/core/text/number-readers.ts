// Readers of one number from its first token: words ("two hundred and fifty", "a dozen",
// "tens of thousands", "two-thirds"), the scale after digits ("1.5 million"), and the percent
// sign or currency around it.

import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from "../lexicon/currencies.js";
import { DOZEN_WORD } from "../lexicon/number-words.js";
import { UPPER, classOf, codePointAt, isAsciiDigit, isAsciiLetter } from "./chars.js";
import {
  HYPHEN,
  PERCENT,
  adjacent,
  isChar,
  mayBeWordIn,
  spaced,
  wordAt,
  type Token,
} from "./number-tokens.js";
import {
  CODE_LENGTHS,
  FRACTIONS,
  IN_FRACTIONS,
  IN_SCALES,
  NAMES_OF_CURRENCIES,
  NUMBER_STARTS,
  PERCENT_FIRSTS,
  PERCENT_PARTS,
  SCALES,
  STARTS,
  TENS,
  UNITS,
  VAGUE,
} from "./number-vocabulary.js";
import { mayBeIn } from "./vocabulary.js";

export interface Reading {
  value: number;
  next: number;
  vague: boolean;
  fraction: boolean;
}

/** "two hundred and fifty", "twenty-five", "a dozen", "one and a half", "tens of thousands". */
export function readWords(text: string, tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word" || !mayBeIn(STARTS, text, t.start, t.end)) return null;
  const first = wordAt(text, tokens, i);
  if (first === null || !NUMBER_STARTS.has(first)) return null;

  const vague = readVague(text, tokens, i);
  if (vague) return vague;
  const fraction = readFraction(text, tokens, i);
  if (fraction) return fraction;
  if (first === "one") {
    const prev = wordAt(text, tokens, i - 1);
    if (prev === "no" || prev === "any" || prev === "every") return null;
  }

  let total = 0;
  let current = 0;
  let any = false;
  let lastKind: "unit" | "tens" | "hundred" | "scale" | "a" | null = null;
  let j = i;
  for (; j < tokens.length; j++) {
    if (j > i && !isChar(text, tokens[j]!, HYPHEN) && !spaced(text, tokens, j)) break;
    const w = wordAt(text, tokens, j);
    if (w === null) {
      // "twenty-five": a hyphen between a tens word and a unit word
      if (isChar(text, tokens[j]!, HYPHEN) && lastKind === "tens" && adjacent(tokens, j)) {
        const u = wordAt(text, tokens, j + 1);
        if (u !== null && adjacent(tokens, j + 1) && (UNITS.get(u) ?? 10) < 10) {
          current += UNITS.get(u)!;
          lastKind = "unit";
          j++;
          continue;
        }
      }
      break;
    }
    if ((w === "a" || w === "an") && j === i) {
      const n = wordAt(text, tokens, j + 1);
      if (n === null || !(SCALES.has(n) || n === DOZEN_WORD)) return null;
      current = 1;
      lastKind = "a";
      continue;
    }
    if (UNITS.has(w) && lastKind !== "unit" && lastKind !== "a") {
      if (lastKind === "tens") break; // "twenty five" without a hyphen is rare; keep it apart
      current += UNITS.get(w)!;
      lastKind = "unit";
    } else if (
      TENS.has(w) &&
      (lastKind === null || lastKind === "hundred" || lastKind === "scale")
    ) {
      current += TENS.get(w)!;
      lastKind = "tens";
    } else if (w === "hundred" && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 100;
      lastKind = "hundred";
    } else if (SCALES.has(w) && w !== "hundred" && lastKind !== null && lastKind !== "scale") {
      total += (current || 1) * SCALES.get(w)!;
      current = 0;
      lastKind = "scale";
    } else if (w === DOZEN_WORD && (lastKind === "unit" || lastKind === "a")) {
      current = (current || 1) * 12;
      lastKind = "scale";
    } else if (w === "and" && lastKind !== null) {
      // "two hundred and fifty", "one and a half"
      const n = wordAt(text, tokens, j + 1);
      if (n === "a" && wordAt(text, tokens, j + 2) === "half") {
        current += 0.5;
        j += 2;
        lastKind = "unit";
        continue;
      }
      if (lastKind !== "hundred" && lastKind !== "scale") break;
      if (n === null || !(UNITS.has(n) || TENS.has(n))) break;
      continue;
    } else break;
    any = true;
  }
  if (!any) return null;
  return { value: total + current, next: j, vague: false, fraction: false };
}

/** "dozens", "hundreds of", "tens of thousands", "hundreds of thousands". */
function readVague(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(text, tokens, i);
  if (w === null) return null;
  let value: number;
  if (VAGUE.has(w)) value = VAGUE.get(w)!;
  else if (w === "tens") value = 10;
  else return null;
  let j = i + 1;
  const more = wordAt(text, tokens, j) === "of" ? wordAt(text, tokens, j + 1) : null;
  if (more !== null && VAGUE.has(more)) {
    if (more !== "dozens" && more !== "scores") {
      value *= VAGUE.get(more)!;
      j += 2;
    }
  } else if (w === "tens") return null;
  return { value, next: j, vague: true, fraction: false };
}

/** "half", "a half", "one third", "two-thirds", "three quarters". Ordinals ("the third time") are not. */
function readFraction(text: string, tokens: Token[], i: number): Reading | null {
  const w = wordAt(text, tokens, i)!;
  if (w === "half") return { value: 0.5, next: i + 1, vague: false, fraction: true };
  let numerator: number | null = null;
  if (w === "a" || w === "an") numerator = 1;
  else if (UNITS.has(w) && UNITS.get(w)! > 0 && UNITS.get(w)! < 10) numerator = UNITS.get(w)!;
  if (numerator === null) return null;
  let j = i + 1;
  const hyphen = tokens[j];
  if (hyphen && isChar(text, hyphen, HYPHEN) && adjacent(tokens, j) && adjacent(tokens, j + 1)) j++;
  if (!mayBeWordIn(IN_FRACTIONS, text, tokens, j)) return null;
  const f = wordAt(text, tokens, j);
  if (f === null || !FRACTIONS.has(f)) return null;
  const plural = f.endsWith("s");
  if (numerator === 1 ? plural : !plural && f !== "half") return null;
  return { value: numerator * FRACTIONS.get(f)!, next: j + 1, vague: false, fraction: true };
}

/** A scale word after digits: "1.5 million", "500 triệu", "3 bn". */
export function readScale(
  text: string,
  tokens: Token[],
  j: number,
  value: number,
): { value: number; next: number } {
  while (spaced(text, tokens, j)) {
    if (!mayBeWordIn(IN_SCALES, text, tokens, j)) break;
    const w = wordAt(text, tokens, j);
    if (w === null || !SCALES.has(w)) break;
    value *= SCALES.get(w)!;
    j++;
  }
  return { value, next: j };
}

export function readPercent(text: string, tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (isChar(text, t, PERCENT) && (adjacent(tokens, j) || spaced(text, tokens, j))) return j + 1;
  if (!spaced(text, tokens, j) || !mayBeWordIn(PERCENT_FIRSTS, text, tokens, j)) return null;
  for (const parts of PERCENT_PARTS) {
    const ok = parts.every(
      (p, k) => wordAt(text, tokens, j + k) === p && (k === 0 || spaced(text, tokens, j + k)),
    );
    if (ok) return j + parts.length;
  }
  return null;
}

/** "VND", "dong", "Belarusian rubles", "Canadian dollars" after the amount. */
export function readCurrencyAfter(text: string, tokens: Token[], j: number): number | null {
  if (!spaced(text, tokens, j)) return null;
  const t = tokens[j];
  if (
    t?.kind === "word" &&
    CODE_LENGTHS.has(t.end - t.start) &&
    CURRENCY_CODES.has(text.slice(t.start, t.end))
  )
    return j + 1;
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    if (k > j && !spaced(text, tokens, k)) return null;
    const w = tokens[k]!;
    if (w.kind !== "word") return null;
    if (
      mayBeWordIn(NAMES_OF_CURRENCIES, text, tokens, k) &&
      CURRENCY_NAMES.has(wordAt(text, tokens, k)!)
    )
      return k + 1;
    // "Belarusian rubles", "US dollars", "Hong Kong dollars": capitalised qualifiers only
    if ((classOf(codePointAt(text, w.start)) & UPPER) === 0) return null;
  }
  return null;
}

/** "$", "US$", "VND " written just before the amount: the start offset of the currency. */
export function currencyBefore(
  text: string,
  start: number,
): { at: number; currency: string } | null {
  for (const sym of CURRENCY_SYMBOLS) {
    if (start >= sym.length && text.startsWith(sym, start - sym.length))
      return { at: start - sym.length, currency: sym };
  }
  // `\b([A-Z]{3}) ?$` over the four characters before: "VND 500", "(VND500"
  const spaced = start >= 4 && text.charCodeAt(start - 1) === 0x20 && upperAt(text, start - 4, 3);
  const solid =
    !spaced &&
    start >= 3 &&
    upperAt(text, start - 3, 3) &&
    (start === 3 || !isAsciiWordChar(text.charCodeAt(start - 4)));
  if (spaced || solid) {
    const at = spaced ? start - 4 : start - 3;
    const code = text.slice(at, at + 3);
    if (CURRENCY_CODES.has(code)) return { at, currency: code };
  }
  return null;
}

/** Whether `text[at, at + n)` is ASCII capitals. */
function upperAt(text: string, at: number, n: number): boolean {
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** `\w` (without the u flag). */
const isAsciiWordChar = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c) || c === 0x5f;
