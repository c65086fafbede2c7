// A plural subject with a modifier between it and its cue: "lawyers for the detained bloggers
// here say …", "observers in Hanoi and abroad say …", "those close to him say …". A base form
// agrees with the plural head, not with the modifier's last word, which need be no noun.

import { DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { WORD, type Tok } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import { plainCueForm } from "./cues.js";
import { nounish, npLeftOf, type TokSpan } from "./noun-phrase.js";
import { opensComplement, pluralSubject } from "./plural-subject.js";

// How far back the head may sit: a modifier of a few words, not a clause.
const REACH = 8;

const PLACE_ADVERBS = new Set(["here", "there", "abroad", "overseas", "nationwide"]);

/**
 * The subject ending at `k` (the word before the cue): a plural head, a preposition and its
 * modifier up to `k`. Null when no such head is within reach.
 */
export function modifiedSubject(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  const last = toks[k];
  // The modifier ends in a noun, a name, an object pronoun or a place adverb ("here"), never in
  // "to" or "and" (then the cue is an infinitive or a second verb).
  if (
    last === undefined ||
    !(nounish(last) || OBJECT_PRONOUNS.has(last.lower) || PLACE_ADVERBS.has(last.lower))
  )
    return null;
  for (let j = k; j > floor && j >= k - REACH; j--) {
    const t = toks[j]!;
    // ("the detained bloggers": a participle after a determiner describes the noun.)
    if (t.kind !== WORD || (finiteWord(t) && !DETERMINERS.has(toks[j - 1]?.lower ?? "")))
      return null;
    if (!PREPOSITIONS.has(t.lower) || (t.lower === "to" && toks[j - 1]?.lower !== "close"))
      continue;
    const head = toks[j - 1]!;
    // "those around him", "those close to him", "those familiar with the case": the pronoun
    // is the head, with at most an adjective before the preposition.
    if (head.lower === "those" && j - 1 >= floor) return { a: j - 1, b: k + 1 };
    if (toks[j - 2]?.lower === "those" && head.kind === WORD && !head.cap && j - 2 >= floor)
      return { a: j - 2, b: k + 1 };
    if (pluralSubject(head, toks, j - 1)) return { a: npLeftOf(toks, j - 1, floor).a, b: k + 1 };
  }
  return null;
}

/** The base-form cue at `i` follows a plural head and its modifier, then what it reports. */
export function modifiedPluralSubject(toks: readonly Tok[], i: number, unitStart: number): boolean {
  return opensComplement(toks[i + 1]) && modifiedSubject(toks, i - 1, unitStart) !== null;
}

/**
 * The subject of a base-form cue at `cue` whose word before (`k`) is no plural: "observers in
 * Hanoi and around the region say" agrees with "observers", not "region".
 */
export function baseFormSubject(
  toks: readonly Tok[],
  cue: number,
  k: number,
  floor: number,
): TokSpan | null {
  const t = toks[k]!;
  if (t.cap || /s$/.test(t.lower) || plainCueForm(toks[cue]!.lower)?.base !== true) return null;
  return modifiedSubject(toks, k, floor);
}
