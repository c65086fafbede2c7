// Is there a clause here? The tests the content rules share: does a finite verb follow, can a
// word open a clause, is a stop a title's ("said Mr. Obama was …"), is a word in the past tense.

import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_WORDS,
  DETERMINERS,
  IRREGULAR_PAST,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "../../lexicon/function-words.js";
import { CURRENCY_SYMBOLS } from "../../lexicon/currencies.js";
import { isNumberWord } from "../../lexicon/number-words.js";
import { NUMBER, PUNCT, WORD, type Tok } from "../../text/lex.js";
import { ABBREVIATED_TITLES } from "../mentions/name-lexicon.js";
import { cueAt } from "./cues.js";
import type { StatementDoc } from "./find.js";
import { nounish } from "./noun-phrase.js";

export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  "there",
  "this",
  "these",
  "those",
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "no",
  "nobody",
  "none",
  "some",
  "many",
  "most",
  "all",
  "every",
  "any",
  "such",
  "if",
  "what",
  "while",
  "although",
  "when",
  "because",
]);

export const FINITE: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  "’s",
  "'s",
  "’re",
  "’ll",
  "’d",
  "won’t",
  "can’t",
  "don’t",
  "doesn’t",
  "didn’t",
  "isn’t",
  "wasn’t",
  "aren’t",
  "weren’t",
  "won't",
  "can't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
]);

/** A past tense by its form: an irregular one, or "-ed" ("held", "sued", not "bed"). */
export function pastTense(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || (/ed$/.test(lower) && lower.length > 3);
}

/** A third-person "-s" form by its ending ("says", "rises"; not "was", "focus"). */
export function sForm(lower: string): boolean {
  return /[^su]s$/.test(lower);
}

/** A lower-case word that is a finite verb or a past tense ("is", "would", "backed"). */
export function finiteWord(t: Tok | undefined): boolean {
  return (
    t !== undefined && t.kind === WORD && !t.cap && (FINITE.has(t.lower) || pastTense(t.lower))
  );
}

/** The period of an abbreviated title ("Mr.", "Sen.", "Gov.") right before a name. */
export function titleDot(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    prev !== undefined &&
    next !== undefined &&
    prev.end === toks[k]!.start &&
    Object.hasOwn(ABBREVIATED_TITLES, prev.lower) &&
    next.kind === WORD &&
    next.cap
  );
}

/** Punctuation inside a number: "4.5" and "1,200" are read as 4 | . | 5 and 1 | , | 200. */
export function insideNumber(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    prev?.kind === NUMBER &&
    next?.kind === NUMBER &&
    prev.end === toks[k]!.start &&
    next.start === toks[k]!.end
  );
}

/**
 * A clause without "that" needs a finite verb: "said the trial was unfair" is reported speech,
 * "maintains an overwhelming lead" and "added 178,000 jobs" are not.
 */
export function hasFiniteVerb(doc: StatementDoc, a: number, limit: number): boolean {
  const toks = doc.toks;
  // "said they’re likely to …": the verb inside the subject's contraction.
  if (/['’](d|ll|re|ve|m)$/.test(toks[a]?.lower ?? "")) return true;
  if (PLURAL_SUBJECTS.has(toks[a]?.lower ?? "") && baseVerbAfter(toks, a + 1, limit)) return true;
  for (let k = a + 1; k < Math.min(limit, a + 24); k++) {
    const t = toks[k]!;
    // "said Mr. Obama was …": a title's period does not end the clause.
    if (t.text === "." && (titleDot(toks, k) || insideNumber(toks, k))) continue;
    if (t.text === ";" || t.text === ":" || t.text === ".") return false;
    // "in May": the month, not the modal.
    if (t.cap && t.lower === "may") continue;
    if (FINITE.has(t.lower)) return true;
    if (t.kind !== WORD || t.cap) continue;
    if (/['’](d|ll|re|ve|m)$|n['’]t$/.test(t.lower) || pastTense(t.lower)) return true;
    const c = cueAt(toks, k);
    if (c !== null && (c.form.past || (c.form.present && !c.form.base))) return true;
    // "… the economy favors the wealthy": a present-tense verb after a noun.
    if (
      /[^s]s$/.test(t.lower) &&
      k > a &&
      (toks[k - 1]!.cap ||
        PRON_SUBJECTS.has(toks[k - 1]!.lower) ||
        (toks[k - 1]!.kind === WORD && /([^s]|ss|us|is)$/.test(toks[k - 1]!.lower))) &&
      !/(ss|us|is|ous|ics)$/.test(t.lower) &&
      // "a news conference": no verb follows an article; "the public and allies abroad": nor a
      // conjunction or a preposition.
      !ARTICLES.has(toks[k - 1]!.lower) &&
      !/^(and|or|of|for|with|to|in|on|at|by|from)$/.test(toks[k - 1]!.lower)
    ) {
      const next = toks[k + 1];
      if (next !== undefined && (next.kind !== WORD || !/(ly)$/.test(next.lower))) return true;
    }
  }
  return false;
}

const PLURAL_SUBJECTS = new Set(["they", "we", "i", "you"]);
const ADVERBS = new Set(["only", "still", "also", "never", "just", "really", "often", "always"]);

/** "they (only) buy American": a plural pronoun's present tense has no ending to see. */
function baseVerbAfter(toks: readonly Tok[], k: number, limit: number): boolean {
  let j = k;
  while (j < limit && ADVERBS.has(toks[j]!.lower)) j++;
  const t = toks[j];
  return (
    t !== undefined &&
    j < limit &&
    t.kind === WORD &&
    !t.cap &&
    !PREPOSITIONS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !CLAUSE_WORDS.has(t.lower) &&
    !/ly$/.test(t.lower)
  );
}

const PRON_SUBJECTS = new Set(["he", "she", "it", "who", "that", "which", "this"]);

export function startsClause(t: Tok | undefined): boolean {
  if (t === undefined || t.kind === PUNCT)
    return t?.text === "“" || t?.text === '"' || CURRENCY.has(t?.text ?? "");
  if (t.kind !== WORD) return true;
  if (t.cap || CLAUSE_OPENERS.has(t.lower) || nounish(t)) return true;
  // "they’re", "we’ll": a subject with its verb.
  const contraction = CONTRACTION.exec(t.lower);
  return contraction !== null && CLAUSE_OPENERS.has(t.lower.slice(0, contraction.index));
}

const CONTRACTION = /['’](d|ll|re|ve|m|s)$/;

const CURRENCY: ReadonlySet<string> = new Set(CURRENCY_SYMBOLS);

/** Words that make a number approximate: "about 20 people", "over $1 million". */
const APPROXIMATORS = new Set(["about", "around", "over", "under", "nearly", "almost", "roughly"]);
const AS_MANY = new Set(["many", "few", "much", "little", "high", "low"]);

/** A number in digits or one word: "20", "five", "twenty". */
export function numberToken(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === NUMBER || (t.kind === WORD && isNumberWord(t.lower)));
}

/**
 * A figure opening a clause at `k` ("said about 20 people have …", "said $4 billion was …"):
 * "about", "over" and "at least" before a number are the number's, not a preposition of the cue.
 */
export function opensFigure(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD) return false;
  // "said at least 20 people were …", "found at most two cases": a bound, not a place or time;
  // "said as many as 30 farmers were detained", "as much as $2 million".
  let at = k + 1;
  if (t.lower === "at" && /^(least|most)$/.test(toks[k + 1]?.lower ?? "")) at = k + 2;
  else if (t.lower === "as" && AS_MANY.has(toks[k + 1]?.lower ?? "") && toks[k + 2]?.lower === "as")
    at = k + 3;
  else if (!APPROXIMATORS.has(t.lower)) return false;
  const n = toks[at];
  return n !== undefined && (numberToken(n) || CURRENCY.has(n.text));
}
