// Where a noun-phrase object or an infinitive's clause ends before the sentence goes on: the
// words that open an adjunct rather than modify the object, "and" before the subject's next verb.

import { IRREGULAR_PAST, NARRATED_SUBJECTS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { PUNCT, WORD, type Tok } from "../../text/lex.js";
import { CLAUSE_OPENERS, finiteWord } from "./clause.js";
import type { StatementDoc } from "./find.js";
import { TIME_NOUNS } from "./time-phrase.js";
import { cueAt } from "./cues.js";

// Words that open an adjunct, never a noun phrase's own modifier: "endorsed Mr. Khanh during the
// campaign", "denied the charges despite the recording", "backed the plan, though …", "announced
// the merger after cutting ties with …" ("when" is read in endsObject, after a time noun it is
// the noun's own).
const OBJECT_ENDERS = new Set([
  "during",
  "despite",
  "amid",
  "until",
  "though",
  "although",
  "whereas",
  "after",
]);

/**
 * Words that end an intention's infinitive clause (`contentEnd`): why, when and against what it
 * is held ("decided to release the monks despite objections from the province").
 */
export const INFINITIVE_ENDERS: ReadonlySet<string> = new Set(["because", "after", "despite"]);

/**
 * Where a noun-phrase object ("denied the charges", "called for the release of …") ends before
 * the sentence goes on about its subject: "… and went back to its panel", "… (although …)",
 * "… during the primary".
 */
export function endsObject(doc: StatementDoc, a: number, k: number): boolean {
  const toks = doc.toks;
  const t = toks[k]!;
  const n = toks[k + 1];
  if (doc.pieceOf[k]! >= 0 || n === undefined) return false;
  if (t.text === "(") return !nameTag(toks, k);
  // "quoted him as saying that after the storm, the dam …": an adjunct fronted in the clause
  // "that" opens belongs to it.
  if (toks[k - 1]?.lower === "that" && toks[k - 1]!.kind === WORD) return false;
  // ("the strategy Obama trumpeted during his address": the adjunct of a relative clause.)
  if (t.kind === WORD && OBJECT_ENDERS.has(t.lower)) return !verbBetween(toks, a, k);
  // "defended the ban when he was asked": when it was said (not "the day when …").
  if (
    t.lower === "when" &&
    !TIME_NOUNS.has(toks[k - 1]!.lower) &&
    !/^(time|day|moment|period)s?$/.test(toks[k - 1]!.lower)
  )
    return !verbBetween(toks, a, k);
  // "praised “the families' courage” as she left the court": words voiced, then a time clause.
  if (doc.pieceOf[a]! >= 0 && t.lower === "as" && /^(he|she|they|we|i)$/.test(n.lower)) return true;
  // "opposed the bill as he courted the farm vote", "… because it cut the flood fund": why and when.
  if ((t.lower === "as" || t.lower === "because") && clauseAt(toks, k + 1))
    return !verbBetween(toks, a, k);
  if (t.lower === "now" && n.lower === "that") return !verbBetween(toks, a, k);
  if (t.lower !== "and" && t.lower !== "but") return false;
  // "were shouting “give back our land” and refusing to leave": after words voiced, a participle
  // is the subject's next act.
  if (doc.pieceOf[a]! >= 0 && n.kind === WORD && /^[a-z]{3,}ing$/.test(n.lower)) return true;
  // "call them “criminals” and describe their prayers as …": after a quoted name (a few words),
  // a cue verb is the subject's next statement.
  if (quotedName(doc, k - 1) && n.kind === WORD && !n.cap && cueAt(toks, k + 1) !== null)
    return true;
  return finiteWord(toks[afterAdverbs(toks, k + 1)]) && !participlePair(toks, k);
}

/**
 * A subject (a pronoun or a name) and its verb at `j`: after "as" a time clause ("condemned the
 * launch as Pyongyang fired three more rockets"), where "praised him as a strong leader" names
 * what he is.
 */
function clauseAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== WORD) return false;
  if (NARRATED_SUBJECTS.has(t.lower)) return finiteWord(toks[afterAdverbs(toks, j + 1)]);
  let i = j;
  while (i < j + 3 && toks[i]?.kind === WORD && toks[i]!.cap) i++;
  return i > j && finiteWord(toks[afterAdverbs(toks, i)]);
}

/** Past the adverbs before a verb ("but also had", "and then urged", "and quickly left"). */
function afterAdverbs(toks: readonly Tok[], j: number): number {
  let i = j;
  while (i < j + 2 && /^(also|then|later|still|even|never|only)$|ly$/.test(toks[i]?.lower ?? ""))
    i++;
  return i;
}

/**
 * "unfounded and fabricated by …", "born and raised in Hue": two participles joined at `k`
 * describe the same noun; a finite verb after "and" takes an object instead.
 */
function participlePair(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1]!;
  const after = toks[k + 1]!;
  const next = toks[k + 2];
  const participle = (w: string) => /(ed|en|rn|wn)$/.test(w) || IRREGULAR_PAST.has(w);
  return (
    before.kind === WORD &&
    participle(before.lower) &&
    /ed$/.test(after.lower) &&
    !IRREGULAR_PAST.has(after.lower) &&
    (next === undefined ||
      next.kind === PUNCT ||
      (PREPOSITIONS.has(next.lower) && next.lower !== "to"))
  );
}

/**
 * Where an intention's infinitive ends at "and"/"but" before the subject's next verb or a clause
 * of its own: "vowed to keep the clinic open and thanked the court", "declined to renew the
 * contract and the ministry could not find another". An infinitive goes on only with another
 * base form ("to free the blogger and close the camp").
 */
export function endsInfinitive(doc: StatementDoc, k: number, b: number): boolean {
  const toks = doc.toks;
  const t = toks[k]!;
  if (t.lower !== "and" && t.lower !== "but") return false;
  return finiteWord(toks[k + 1]) || newClauseAt(doc, k + 1, b);
}

/** A subject (a name, a pronoun, a determiner's noun) and its finite verb within a few words. */
function newClauseAt(doc: StatementDoc, j: number, b: number): boolean {
  const toks = doc.toks;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || !(t.cap || CLAUSE_OPENERS.has(t.lower))) return false;
  for (let i = j + 1; i < Math.min(b, j + 6); i++) {
    const x = toks[i]!;
    // ("and the fact that she won": the verb of a clause inside the noun phrase.)
    if (x.kind === PUNCT || doc.pieceOf[i]! >= 0 || /^(that|who|which)$/.test(x.lower))
      return false;
    if (finiteWord(x)) return true;
  }
  return false;
}

/**
 * A short tag in parentheses right after a name ("Sen. Lo Van Tam (Independent)", "the
 * Vietnam Lawyers Association (VLA)"): part of the noun phrase, not an aside ending it.
 */
function nameTag(toks: readonly Tok[], k: number): boolean {
  if (!toks[k - 1]?.cap) return false;
  for (let j = k + 1; j < k + 7 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.text === ")") return j > k + 1;
    if (finiteWord(t)) return false;
  }
  return false;
}

/** A finite verb or past tense strictly between `a` and `b`. */
export function verbBetween(toks: readonly Tok[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (finiteWord(toks[j])) return true;
  return false;
}

/** A quotation of a few words (a name or a label, not a clause) ends at `k`. */
function quotedName(doc: StatementDoc, k: number): boolean {
  const piece = doc.pieceOf[k]!;
  if (piece < 0) return false;
  let words = 0;
  for (let j = k; j >= 0 && doc.pieceOf[j] === piece; j--) if (doc.toks[j]!.kind === WORD) words++;
  return words <= 5;
}
