// Reading what a figure counts from the words after its number ("120 monks being held in
// detention" → "monks held in detention", "19 of them", "70% of the population").

import { COUNTED_NOUNS, NAMES_NOT_COUNTS } from "../../lexicon/counted-nouns.js";
import {
  AUX_WORDS,
  EVENT_VERBS,
  LEADING_DETERMINERS,
  PHRASE_PREPOSITIONS,
  PHRASE_STOPS,
  PRESENT_VERBS,
  SHARE_VERBS,
} from "../../lexicon/figure-contexts.js";
import { SOURCE_VERBS } from "../../lexicon/figure-publishers.js";
import {
  DETERMINER_AFTER_VERB,
  isModifier,
  isNumberWord,
  isParticiple,
  isWord,
  readTail,
} from "./tail.js";
import { isPossessive, type Word } from "./words.js";

export interface Counted {
  /** The counted phrase, trimmed: "activists detained in prison". */
  what: string | null;
  /** The counted noun alone: "activists", "prisoners of conscience"; null when elided. */
  head: string | null;
  /**
   * The noun is left out and must come from a whole or an antecedent: "28 are in detention",
   * "13 belong to ethnic minorities", "19 of them", "the courts convicted eight,".
   */
  elided: boolean;
  /** "241 of the 291 recommendations", "24 of the 45": where the whole's number starts. */
  partitiveOf: number | null;
  /** "19 of them", "two of whom": a part of the figure before. */
  partitivePronoun: boolean;
}

const isAndOr = (w: string): boolean => w === "and" || w === "or";

/** A reading, built as one literal: a shared base spread into each result cost more. */
const reading = (
  what: string | null,
  head: string | null,
  elided: boolean,
  partitiveOf: number | null,
  partitivePronoun: boolean,
): Counted => ({ what, head, elided, partitiveOf, partitivePronoun });
const COPULAS = new Set(["are", "were", "is", "was"]);
const NOT_BEFORE_SUBJECT = new Set(["and", "or", "for", "with"]);

/**
 * The words two-word entries of `set` end with: a pair of words ("asylum seekers") is looked up
 * only when its second word is one of them, not built for every word.
 */
const secondWords = (set: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...set].filter((e) => e.includes(" ")).map((e) => e.slice(e.lastIndexOf(" ") + 1)));
const NAMES_SECOND = secondWords(NAMES_NOT_COUNTS);
const COUNTED_SECOND = secondWords(COUNTED_NOUNS);

function isCounted(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!isWord(w)) return false;
  // "19 United States cents"
  if (
    i > 0 &&
    NAMES_SECOND.has(w.lower) &&
    NAMES_NOT_COUNTS.has(`${words[i - 1]!.lower} ${w.lower}`)
  )
    return false;
  if (COUNTED_NOUNS.has(w.lower)) return true;
  const prev = words[i - 1];
  return (
    isWord(prev) && COUNTED_SECOND.has(w.lower) && COUNTED_NOUNS.has(`${prev.lower} ${w.lower}`)
  );
}

const CLAUSE_OPENERS = new Set([",", ";", ":", "—", "–", "(", "“", '"', "that"]);
const MODALS = new Set(["will", "would", "can", "could", "may", "might", "must", "should"]);

function verbLike(w: Word): boolean {
  return (
    AUX_WORDS.has(w.lower) ||
    PRESENT_VERBS.has(w.lower) ||
    SOURCE_VERBS.has(w.lower) ||
    MODALS.has(w.lower) ||
    w.lower === "there" ||
    isParticiple(w)
  );
}

/**
 * True when the figure at word `at` opens its clause as the subject: no verb between the
 * clause's start and it, nor a preposition just before it. "Fewer than 20 lawyers agreed",
 * "..., 114 people have been", "said 20 lawyers agreed" yes; "Police detained 300 protesters",
 * "there are 187 activists", "one of five lawyers" no.
 */
export function inSubject(words: readonly Word[], at: number): boolean {
  // "one of five lawyers", "for six defendants", "... and 40 others": not a subject
  const before = words[at - 1];
  if (before && (PHRASE_PREPOSITIONS.has(before.lower) || NOT_BEFORE_SUBJECT.has(before.lower)))
    return false;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i]!;
    if (SOURCE_VERBS.has(w.lower) || CLAUSE_OPENERS.has(w.lower)) return true;
    if (w.kind === "word" && verbLike(w)) return false;
  }
  return true;
}

/** The head noun with a one-word "of" complement: "prisoners of conscience". */
function headPhrase(words: readonly Word[], h: number): string {
  const of = words[h + 1];
  const comp = words[h + 2];
  const after = words[h + 3];
  if (of?.lower === "of" && isModifier(comp) && !/^\p{Lu}/u.test(comp!.text)) {
    if (!isWord(after) || PHRASE_PREPOSITIONS.has(after.lower) || PHRASE_STOPS.has(after.lower))
      return `${words[h]!.text} of ${comp!.text}`;
  }
  return words[h]!.text;
}

function stripLeading(parts: string[]): string[] {
  let i = 0;
  while (i < parts.length && LEADING_DETERMINERS.has(parts[i]!.toLowerCase())) i++;
  return parts.slice(i);
}

/**
 * What a count counts, read from the words after the number (`k` is the first of them):
 *   "187 activists at risk in the country" · "41 are women" · "40 others held without trial" ·
 *   "five of the defendants" · "241 of the 291 recommendations" · "200 who have been convicted",
 *   "28 are in detention", "19 of them" (elided: the noun comes from the whole).
 * Null when nothing counted is named or left out: the number counts nothing we know of.
 */
export function readCounted(
  words: readonly Word[],
  k: number,
  stop: (w: Word) => boolean = () => false,
  subject = false,
  before: Word | undefined = words[k - 2],
): Counted | null {
  let j = k;
  const first = words[j];
  const copula = first !== undefined && COPULAS.has(first.lower) && isModifier(words[j + 1]);
  if (copula) j++;
  let partitiveOf: number | null = null;
  if (words[j]?.lower === "of") {
    const det = words[j + 1]?.lower ?? "";
    const after = words[j + 2];
    const pronoun =
      det === "them" ||
      det === "whom" ||
      ((det === "these" || det === "those") &&
        (!isModifier(after) || PHRASE_PREPOSITIONS.has(after!.lower)));
    if (pronoun) {
      return reading(null, null, true, null, true);
    }
    if (det === "the" || det === "these" || det === "those") {
      j += 2;
      // "241 of the 291 recommendations", "Twenty-four of the 45,"
      if (words[j]?.kind === "num" || (isWord(words[j]) && isNumberWord(words[j]!))) {
        partitiveOf = words[j]!.start;
        j++;
      }
    }
  }
  if (words[j]?.lower === "who") {
    let a = j + 1;
    while (a < words.length && AUX_WORDS.has(words[a]!.lower)) a++;
    if (!isParticiple(words[a])) return null;
    return reading(readTail(words, a, stop).join(" "), null, true, null, false);
  }

  let h = -1;
  let i = j;
  while (i < words.length && i - j < 6) {
    // "nearly 100 uniformed and plainclothes police"
    const joins = isAndOr(words[i]!.lower) && i > j && isModifier(words[i + 1]);
    if (!isModifier(words[i]) && !joins) break;
    if (isCounted(words, i)) h = i;
    i++;
  }
  if (h < 0) return elidedHead(words, j, stop, subject, partitiveOf, before, copula);
  // "seven prominent bloggers and activists": a second counted noun joined by "and"/"or"
  let end = h;
  if (isAndOr(words[h + 1]?.lower ?? "")) {
    let c = h + 2;
    let last = -1;
    while (c < words.length && c - h < 5 && isModifier(words[c])) {
      if (isCounted(words, c)) last = c;
      c++;
    }
    if (last >= 0 && last === c - 1) end = last;
  }
  const parts = words.slice(j, end + 1).map((w) => w.text);
  for (const t of readTail(words, end + 1, stop, subject)) parts.push(t);
  const what = stripLeading(parts).join(" ");
  return reading(what || null, headPhrase(words, end), false, partitiveOf, false);
}

/**
 * A count whose noun is left out: "28 are in detention" (a verb phrase follows the subject),
 * "Twenty-four of the 45, ..." (a partitive), "the courts convicted eight, sentencing" (the
 * clause ends). Anything else after a bare number is not a count.
 */
function elidedHead(
  words: readonly Word[],
  j: number,
  stop: (w: Word) => boolean,
  subject: boolean,
  partitiveOf: number | null,
  before: Word | undefined,
  copula: boolean,
): Counted | null {
  const next = words[j];
  const endsClause = !next || (next.kind === "punct" && next.text !== "-" && next.text !== "%");
  // "the courts convicted eight," (not "who is serving nine.": a sentence, not people)
  const eventObject = before !== undefined && EVENT_VERBS.has(before.lower);
  if (endsClause && (partitiveOf !== null || eventObject))
    return reading(null, null, true, partitiveOf, false);
  // "of whom 10 are women and 6 belong to ethnic minorities": a coordinated subject
  const subjectLike = subject || isAndOr(before?.lower ?? "");
  if (!subjectLike || !isWord(next)) return null;
  // "28 are in detention", "13 belong to ...", "Five were released"; not "The two squabbled"
  const verbal = copula || AUX_WORDS.has(next.lower) || SHARE_VERBS.has(next.lower);
  if (!verbal) return null;
  const tail = readTail(words, j, stop);
  return tail.length > 0 ? reading(tail.join(" "), null, true, partitiveOf, false) : null;
}

/**
 * What a share is a share of: "60% of the province's farmers use mobile banking" → "farmers
 * using mobile banking"; "about 40 per cent of respondents have been questioned by police" →
 * "respondents questioned by police". Null without an "of" phrase.
 */
export function readShare(
  words: readonly Word[],
  k: number,
  stop: (w: Word) => boolean = () => false,
): Counted | null {
  if (words[k]?.lower !== "of") return null;
  let i = k + 1;
  while (i < words.length && (LEADING_DETERMINERS.has(words[i]!.lower) || isPossessive(words[i]!)))
    i++;
  const np: string[] = [];
  while (i < words.length && np.length < 5 && isModifier(words[i])) {
    const w = words[i]!;
    // "population use the Internet" (a verb), but "the Hispanic vote." (a noun: nothing follows)
    const shareVerb = SHARE_VERBS.has(w.lower) && isWord(words[i + 1]);
    if (np.length > 0 && (shareVerb || AUX_WORDS.has(w.lower) || isParticiple(w))) break;
    const next = words[i + 1];
    if (np.length > 0 && isWord(next) && DETERMINER_AFTER_VERB.has(next.lower)) break;
    np.push(w.text);
    i++;
  }
  if (np.length === 0) return null;
  const tail = readTail(words, i, stop);
  return reading([...np, ...tail].join(" "), np.join(" "), false, null, false);
}
