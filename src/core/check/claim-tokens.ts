// A claim's words as the trigger patterns see them: folded, lower-cased tokens with offsets.
//   "No one in Việt Nam is arrested" → no · one · in · viet · nam · is · arrested
//   "Detainees’ rights"              → detainees · rights
//   "no-one", "U.N.", "so-called"    → no · one / u · n / so · called
//   "72%", "53.5 years", "77,000"    → 72 · % / 53.5 · years / 77,000

import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { foldDiacritics } from "../text/normalise.js";
import type { Span } from "../types.js";

export interface ClaimToken extends Span {
  /** Folded, lower-cased. */
  norm: string;
  /** A clause boundary (, ; : . ! ? — or a quotation mark) stands between this token and the one before. */
  breakBefore: boolean;
  /** A sentence end (. ! ?) stands between this token and the one before. */
  sentenceStart: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|%/gu;
const BREAK = /[,;:.!?—–()"“”«»]/;
const SENTENCE_END = /^[”"’)\]]*[.!?]+[”"’)\]]*\s/;

/** "… the hearing. Police …" ends a sentence; "U.N. special", "Lt. Gen. Son" do not. */
function endsSentence(prev: ClaimToken, gap: string): boolean {
  if (!SENTENCE_END.test(gap)) return false;
  if (gap.startsWith(".") && (prev.norm.length === 1 || ABBREVIATIONS.has(prev.norm))) return false;
  return true;
}

/**
 * `matchKey` of one token: a token holds no white space and no quotation mark but `’`, so
 * folding and lower-casing is all there is to do (test/core/check/claim-types.test.ts compares
 * the two).
 */
export function tokenKey(token: string): string {
  const key = foldDiacritics(token).toLowerCase();
  return key.includes("’") ? key.replaceAll("’", "'") : key;
}

export function claimTokens(text: string): ClaimToken[] {
  const out: ClaimToken[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      norm: tokenKey(m[0]),
      breakBefore: out.length > 0 && BREAK.test(text.slice(last, m.index)),
      sentenceStart:
        out.length > 0 && endsSentence(out[out.length - 1]!, text.slice(last, m.index)),
    });
    last = m.index + m[0].length;
  }
  return out;
}

/** The tokens of a phrase from a word list: "Detainees’ rights" → ["detainees", "rights"]. */
export function phraseTokens(phrase: string): string[] {
  return claimTokens(phrase).map((t) => t.norm);
}
