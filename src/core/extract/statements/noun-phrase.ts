// Noun phrases as the speaker rules read them: where one headed by a token starts ("the head of
// the Committee for Religious Affairs of An Giang province"), and whether a word can sit in one.

import { CLAUSE_WORDS, DETERMINERS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { ORG_HEADS } from "../../lexicon/organisations.js";
import { NUMBER, type Tok, WORD } from "../../text/lex.js";
import { isRoleWord, VN_FAMILY } from "../mentions/name-lexicon.js";
import { ABBREVIATION, PRONOUN } from "../mentions/word-maps.js";
import { isVerbForm } from "./cues.js";
import { TIME_NOUNS } from "./time-phrase.js";

/** A token range `[a, b)`. */
export interface TokSpan {
  a: number;
  b: number;
}

export const SUBJECT_PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "i",
  "we",
  "you",
  "who",
  "which",
]);

export const NOT_NOUNS = new Set([
  "ally",
  "family",
  "rally",
  "assembly",
  "daily",
  "supply",
  "italy",
  "july",
]);

export function isWord(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === WORD;
}

/** A lower-case word that can sit in a noun phrase: not a function word, verb cue or adverb. */
export function nounish(t: Tok | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind !== WORD) return t.kind === NUMBER;
  const w = t.lower;
  // "said Will Doyle": a capitalised "Will" is a given name.
  if (t.cap) return (!CLAUSE_WORDS.has(w) || w === "will") && !PREPOSITIONS.has(w);
  if (CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w) || PRONOUN.get(w) !== undefined) return false;
  if (isVerbForm(w) && !isRoleWord(w)) return false;
  if (w.endsWith("ly") && !NOT_NOUNS.has(w)) return false;
  return true;
}

export function isPossessive(t: Tok | undefined): boolean {
  return t !== undefined && (t.text === "’s" || t.text === "'s" || t.text === "’");
}

/** Extend a noun phrase whose head is token `k` leftwards, not below `floor`. */
export function npLeftOf(toks: readonly Tok[], k: number, floor: number): TokSpan {
  let s = k;
  let lower = 0;
  let hops = 0;
  while (s - 1 >= floor) {
    const u = toks[s - 1]!;
    // "Lt." / "Dr." titles and "Elijah E. Cummings" initials.
    if (
      u.text === "." &&
      s - 2 >= floor &&
      (ABBREVIATION.has(toks[s - 2]!.lower) || /^\p{Lu}$/u.test(toks[s - 2]!.text))
    ) {
      s -= 2;
      continue;
    }
    if (u.text === "&" && s - 1 > floor && toks[s - 2]!.cap && toks[s]!.cap) {
      s -= 2;
      continue;
    }
    // "the defendants' relatives": a straight apostrophe closing a plural is a possessive too.
    const plural =
      u.text === "'" &&
      s - 2 >= floor &&
      toks[s - 2]!.end === u.start &&
      /s$/.test(toks[s - 2]!.lower);
    if (
      (isPossessive(u) || plural) &&
      s - 2 >= floor &&
      (toks[s - 2]!.cap || nounish(toks[s - 2]))
    ) {
      s--;
      continue;
    }
    // "U.S.-based", "pro-Beijing": a hyphen inside a word group.
    if (
      u.text === "-" &&
      s - 2 >= floor &&
      u.start === toks[s - 2]!.end &&
      u.end === toks[s]!.start
    ) {
      s -= 2;
      continue;
    }
    if (u.text === "-" || u.text === "–") break;
    if (isWord(u) && DETERMINERS.has(u.lower) && !u.cap) {
      s--;
      // "the two men", "all three": a determiner before a numeral or quantifier.
      const d = toks[s - 1];
      if (s - 1 >= floor && isWord(d) && DETERMINERS.has(d!.lower) && !d!.cap) s--;
      // "a spokesman for the ministry": continue through one "of/for/at" and its noun.
      const p = toks[s - 1];
      if (
        hops < 2 &&
        p !== undefined &&
        s - 2 >= floor &&
        (/^(of|for|at|with)$/.test(p.lower) ||
          (p.lower === "to" && headBefore(toks, s - 2, floor))) &&
        nounish(toks[s - 2])
      ) {
        s--;
        hops++;
        continue;
      }
      break;
    }
    if (isWord(u) && u.cap && DETERMINERS.has(u.lower)) {
      s--;
      break;
    }
    // "the Ministry of Public Security", "lawyers for Mr. Tri"; "the US Embassy in Hanoi";
    // "the Delegation of the European Union to Vietnam", "a spokesman to the ministry".
    const inPlace =
      u.lower === "in" &&
      toks[s]!.cap &&
      (toks[s - 2]?.cap === true || ORG_HEADS.has(toks[s - 2]?.lower ?? ""));
    const toBody = u.lower === "to" && headBefore(toks, s - 2, floor);
    if (
      isWord(u) &&
      (/^(of|for)$/.test(u.lower) || inPlace || toBody) &&
      hops < 2 &&
      s - 2 >= floor &&
      nounish(toks[s - 2]) &&
      (toks[s]!.cap || nounish(toks[s]))
    ) {
      s--;
      hops++;
      continue;
    }
    // "Do Van Sang": a family name that is also an English word, inside a name.
    const familyName = isWord(u) && u.cap && toks[s]!.cap && VN_FAMILY.has(u.lower);
    // "he and Mr. Allen said", "Cruz and Kasich say": coordinated subjects.
    if (isWord(u) && u.lower === "and" && s - 2 >= floor) {
      const l = toks[s - 2]!;
      const named = (x: Tok) => x.cap || SUBJECT_PRONOUNS.has(x.lower);
      if (named(toks[s]!) && named(l)) {
        s -= 2;
        continue;
      }
    }
    if (isWord(u) && !u.cap && /ly$/.test(u.lower) && toks[s]!.kind === NUMBER) {
      s--;
      continue;
    }
    if (u.kind === NUMBER || (isWord(u) && u.cap && nounish(u)) || familyName) {
      s--;
      continue;
    }
    if (nounish(u) && lower < 4) {
      s--;
      lower++;
      continue;
    }
    break;
  }
  // "last month Tran Van Lam confirmed": a time phrase before the subject is not part of it.
  while (
    s + 2 <= k &&
    /^(last|this|next|earlier|later)$/.test(toks[s]!.lower) &&
    TIME_NOUNS.has(toks[s + 1]!.lower)
  )
    s += 2;
  // Never start on a preposition, a possessive mark or a complementiser left dangling ("said
  // that the authorities had told them …": the subject is "the authorities").
  while (
    s < k &&
    (isPossessive(toks[s]) || (isWord(toks[s]) && /^(of|for|at|with|that)$/.test(toks[s]!.lower)))
  )
    s++;
  return { a: s, b: k + 1 };
}

/**
 * An organisation head word ("Delegation", "embassy") or a role sent to one ("spokesman",
 * "envoy") ends at `k`, or begins a name of one ("Delegation of the European Union").
 */
function headBefore(toks: readonly Tok[], k: number, floor: number): boolean {
  for (let j = k; j >= floor && k - j < 6; j--) {
    const w = toks[j]!.lower;
    if (ORG_HEADS.has(w) || TO_ROLES.has(w)) return true;
    // "the group's email to its members notes …": a message and whom it was sent to.
    if (j === k && TO_MESSAGES.has(w)) return true;
    if (!(toks[j]!.cap || /^(of|the)$/.test(w))) return false;
  }
  return false;
}

const TO_MESSAGES = new Set(["letter", "email", "memo", "message", "note", "petition"]);

const TO_ROLES = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "envoy",
  "ambassador",
  "adviser",
  "advisor",
]);

// Prepositions that attach a phrase to the noun before them ("a priest in the district").
const POSTMODIFIER_PREPOSITIONS = new Set(["of", "for", "in", "at", "on", "from", "with"]);

/**
 * `np` ends a chain of noun phrases joined by prepositions that starts exactly at `a`
 * ("the head of the Committee for Religious Affairs of An Giang province"): the whole chain,
 * whose first noun phrase is the head. Null when anything else stands before it.
 */
export function postmodified(toks: readonly Tok[], a: number, np: TokSpan): TokSpan | null {
  let s = np.a;
  for (let hops = 0; hops < 4 && s > a; hops++) {
    const p = toks[s - 1]!;
    const h = s - 2;
    if (!isWord(p) || p.cap || !POSTMODIFIER_PREPOSITIONS.has(p.lower) || h < a) return null;
    if (!(toks[h]!.cap || nounish(toks[h]))) return null;
    s = npLeftOf(toks, h, a).a;
  }
  return s === a ? { a, b: np.b } : null;
}

/**
 * `np` with the noun phrases it postmodifies, leftwards as far as they go ("Kandal province"
 * in "families from Kandal province" → the whole).
 */
export function postmodifiedFrom(toks: readonly Tok[], np: TokSpan): TokSpan {
  let s = np.a;
  for (let hops = 0; hops < 3; hops++) {
    const p = toks[s - 1];
    const h = s - 2;
    if (p === undefined || !isWord(p) || p.cap || !POSTMODIFIER_PREPOSITIONS.has(p.lower) || h < 0)
      break;
    if (!(toks[h]!.cap || nounish(toks[h]))) break;
    s = npLeftOf(toks, h, Math.max(0, h - 8)).a;
  }
  return { a: s, b: np.b };
}
