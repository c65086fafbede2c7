// Plural subjects a plural "-s" does not show, before a base-form cue: shares of those polled
// ("a third say", "one in five say", "40% say"), irregular plurals ("many people say"), subjects
// on either side of a comma ("…, say rights groups").

import { ARTICLES, DETERMINERS } from "../../lexicon/function-words.js";
import { NUMBER, PUNCT, type Tok, WORD } from "../../text/lex.js";
import { numberToken } from "./clause.js";

// Words that end a plural subject without a plural "-s": shares, quantifiers, irregular plurals
// and the participles that name those polled.
const GROUP_WORDS = new Set([
  "percent",
  "half",
  "third",
  "thirds",
  "quarter",
  "quarters",
  "fifth",
  "majority",
  "minority",
  "plurality",
  "most",
  "many",
  "few",
  "some",
  "others",
  "people",
  "men",
  "women",
  "children",
  "police",
  "public",
  "staff",
  "surveyed",
  "polled",
  "questioned",
  "interviewed",
]);

const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children"]);

const ORDINAL_SHARES = new Set(["third", "fifth", "quarter"]);

/** A plural subject ending at `k` that has no plural "-s": "a third", "nine out of 10". */
export function groupSubject(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  if (t.kind === WORD && !t.cap && GROUP_WORDS.has(t.lower)) {
    // "most people say", "Chinese people say" — not "help people understand".
    const before = toks[k - 1];
    // "a fifth say …", not "the fifth state that …" (an ordinal).
    if (ORDINAL_SHARES.has(t.lower) && before?.lower === "the") return false;
    return (
      !IRREGULAR_PLURALS.has(t.lower) ||
      before === undefined ||
      before.kind !== WORD ||
      before.cap ||
      DETERMINERS.has(before.lower)
    );
  }
  if (t.text === "%") return toks[k - 1]?.kind === NUMBER;
  // "one in five", "nine out of 10": a number after "in" or "of".
  // ("in"/"of" first: the number-word test looks the word up in a record, which costs more.)
  const p = toks[k - 1]?.lower;
  return (p === "in" || p === "of") && numberToken(t);
}

export const pluralNoun = (t: Tok | undefined): boolean =>
  t !== undefined && t.kind === WORD && /[^s]s$/.test(t.lower) && t.lower.length > 3;

/**
 * A base form after a comma ("say" at `i`) is a verb with a plural subject on either side:
 * "Economists, like their counterparts, say …" (the subject before an appositive) or
 * "“…,” say the organisers" / "…, say rights groups" (the subject after, inverted).
 */
export function pluralAround(toks: readonly Tok[], i: number, unitStart: number): boolean {
  for (let k = i - 2; k > unitStart && k >= i - 12; k--) {
    if (toks[k]!.text !== ",") continue;
    const head = toks[k - 1];
    if (head !== undefined && (head.cap || pluralNoun(head) || groupSubject(toks, k - 1)))
      return true;
    break;
  }
  let j = i + 1;
  if (ARTICLES.has(toks[j]?.lower ?? "") || toks[j]?.lower === "their") j++;
  const from = j;
  while (j < from + 4 && toks[j]?.kind === WORD && !toks[j]!.cap) j++;
  const after = toks[j];
  return (
    j > from &&
    (after === undefined || after.kind === PUNCT) &&
    (pluralNoun(toks[j - 1]) || groupSubject(toks, j - 1))
  );
}

/** A plural subject ends at `k` (`t`): "officials", "Democrats", "a third", "many people". */
export function pluralSubject(t: Tok, toks: readonly Tok[], k: number): boolean {
  if (t.kind !== WORD || /^['’]/.test(t.text)) return false;
  return pluralNoun(t) || (t.cap && /[^s]s$/.test(t.lower)) || groupSubject(toks, k);
}

/** What follows a verb of saying, planning or fearing: "to …", "that …", or a clause's subject. */
export function opensComplement(t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== WORD) return false;
  return (
    t.lower === "to" ||
    t.lower === "that" ||
    ARTICLES.has(t.lower) ||
    /^(he|she|they|it|we|his|her|their|its|there)$/.test(t.lower) ||
    t.cap
  );
}
