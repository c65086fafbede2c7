// Speaker and cue correctness of an assigned pair (README rules 7 and 10).

import { intersectionSize, tokenSet, type Token } from "./tokens.js";
import type { GoldQuote, PredictedQuote } from "./types.js";

/** Titles and function words that never decide whether two names agree (rule 7). */
export const NAME_DROP: ReadonlySet<string> = new Set(
  (
    "the a an mr mrs ms miss dr sen senator rep representative gov governor president prof " +
    "professor sir gen general former then his her their"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+/gu;

// "Clinton’s aides" -> "Clinton aides": NFKC, curly apostrophes straightened, possessive 's
// removed at word ends. Case is kept so the head name can be found.
function normaliseName(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/'s(?![\p{L}\p{N}])/gu, "");
}

/** Lower-cased name tokens with the drop list removed. */
export function nameTokens(s: string): string[] {
  return (normaliseName(s).toLowerCase().match(WORD) ?? []).filter((t) => !NAME_DROP.has(t));
}

/**
 * The last token that starts with an upper-case letter and is not in the drop list, lower-cased:
 * "Texas-based Democratic strategist Maria Ortega" -> "ortega"; "he", "officials" -> null.
 */
export function headName(speaker: string): string | null {
  const words = normaliseName(speaker).match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^\p{Lu}/u.test(w) && !NAME_DROP.has(w.toLowerCase())) return w.toLowerCase();
  }
  return null;
}

function isBlank(s: string | null | undefined): boolean {
  return s === null || s === undefined || s === "";
}

function spansShareToken(
  tokens: readonly Token[],
  a: [number | null | undefined, number | null | undefined],
  b: [number | null | undefined, number | null | undefined],
): boolean {
  const [as, ae] = a;
  const [bs, be] = b;
  if (as == null || ae == null || bs == null || be == null) return false;
  return intersectionSize(tokenSet(tokens, [[as, ae]]), tokenSet(tokens, [[bs, be]])) > 0;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Name match on strings: equal token lists, or containment either way that keeps the head name. */
export function namesMatch(predicted: string, gold: string): boolean {
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (sameList(p, g)) return true;
  const head = headName(gold);
  if (head === null) return false;
  const ps = new Set(p);
  const gs = new Set(g);
  const contained = [...ps].every((t) => gs.has(t)) || [...gs].every((t) => ps.has(t));
  return contained && ps.has(head);
}

export function speakerCorrect(
  tokens: readonly Token[],
  pred: PredictedQuote,
  gold: GoldQuote,
): boolean {
  if (gold.speaker === null) return isBlank(pred.speaker);
  if (isBlank(pred.speaker)) return false;
  if (
    spansShareToken(
      tokens,
      [pred.speakerStart, pred.speakerEnd],
      [gold.speakerStart, gold.speakerEnd],
    )
  ) {
    return true;
  }
  return namesMatch(pred.speaker!, gold.speaker);
}

/**
 * Rule 10, read literally: cue spans share a token, or the lower-cased token lists are equal
 * (so ":" and "—" agree: neither has a token). No cue on both sides also agrees.
 */
export function cueCorrect(
  tokens: readonly Token[],
  pred: PredictedQuote,
  gold: GoldQuote,
): boolean {
  if (isBlank(gold.cue) || isBlank(pred.cue)) return isBlank(gold.cue) && isBlank(pred.cue);
  if (spansShareToken(tokens, [pred.cueStart, pred.cueEnd], [gold.cueStart, gold.cueEnd])) {
    return true;
  }
  const words = (s: string) => s.toLowerCase().match(WORD) ?? [];
  return sameList(words(pred.cue!), words(gold.cue!));
}
