// The words after a counted noun that still describe it ("detained", "at risk in Vietnam",
// "using the Internet"), and the word tests the readers of counted phrases share.

import { TENS_WORDS, UNIT_WORDS } from "../../lexicon/number-words.js";
import {
  AUX_WORDS,
  FUNCTION_WORDS,
  IRREGULAR_PARTICIPLES,
  PHRASE_PREPOSITIONS,
  PHRASE_STOPS,
  SHARE_VERBS,
} from "../../lexicon/figure-contexts.js";
import { isPossessive, type Word } from "./words.js";

export const isWord = (w: Word | undefined): w is Word => w !== undefined && w.kind === "word";
/** The number words of units and tens ("seven", "forty"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
]);
export const isNumberWord = (w: Word): boolean => NUMBER_WORDS.has(w.lower);

/** A word that may stand between a number and its noun: "64 ethnic minority activists". */
export const isModifier = (w: Word | undefined): boolean =>
  isWord(w) &&
  !isNumberWord(w) &&
  !FUNCTION_WORDS.has(w.lower) &&
  (!PHRASE_STOPS.has(w.lower) || w.lower === "more") &&
  !isPossessive(w);

export function isParticiple(w: Word | undefined): boolean {
  if (!isWord(w) || AUX_WORDS.has(w.lower)) return false;
  if (IRREGULAR_PARTICIPLES.has(w.lower)) return true;
  return (
    (w.lower.endsWith("ed") && w.lower.length > 4) ||
    (w.lower.endsWith("ing") && w.lower.length > 5)
  );
}

export const DETERMINER_AFTER_VERB = new Set([
  "the",
  "a",
  "an",
  "their",
  "its",
  "his",
  "her",
  "our",
]);

/**
 * Prepositions that open a phrase still describing the counted noun when a determiner follows
 * ("farmers without a land-use certificate"); read as verbs they gave "abouting the teacher".
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "about",
  "after",
  "before",
  "during",
  "over",
  "without",
  "through",
  "among",
  "between",
  "despite",
  "since",
  "until",
  "like",
  "toward",
  "towards",
  "upon",
  "via",
  "beyond",
  "above",
  "below",
  "beside",
  "besides",
  "amid",
]);

/** "use" → "using", "live" → "living", "get" → "getting": a share's verb read as a participle. */
export function gerund(word: string): string {
  if (word === "are" || word === "were" || word === "is") return "being";
  // "uses" → "use", "goes" → "go", "watches" → "watche" (→ "watching" below)
  const verb = /oes$/.test(word)
    ? word.slice(0, -2)
    : /[^s]s$/.test(word)
      ? word.slice(0, -1)
      : word;
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(verb) || verb === "use") return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * What follows a counted noun and still describes it: participles ("detained"), prepositional
 * phrases ("at risk in Vietnam"), a share's verb ("use the Internet" → "using the Internet").
 * Auxiliaries are skipped ("being detained" → "detained"); it stops at a clause boundary.
 */
export function readTail(
  words: readonly Word[],
  from: number,
  stop: (w: Word) => boolean = () => false,
  subject = false,
  limit = 10,
): string[] {
  const kept: string[] = [];
  let state: "head" | "verb" | "prep" = "head";
  let i = from;
  while (i < words.length && kept.length < limit) {
    const w = words[i]!;
    // "in prison or pre-trial detention": a coordinated noun inside a phrase reads on
    const joinsNouns =
      state === "prep" && (w.lower === "and" || w.lower === "or") && isModifier(words[i + 1]);
    if (joinsNouns) {
      kept.push(w.text);
      i++;
      continue;
    }
    if (w.kind !== "word" || PHRASE_STOPS.has(w.lower) || stop(w)) break;
    if (AUX_WORDS.has(w.lower)) {
      let a = i;
      while (a < words.length && AUX_WORDS.has(words[a]!.lower)) a++;
      const after = words[a];
      const shareVerb = state === "head" && isWord(after) && SHARE_VERBS.has(after.lower);
      if (
        isParticiple(after) ||
        shareVerb ||
        (isWord(after) && PHRASE_PREPOSITIONS.has(after.lower))
      ) {
        i = a;
        continue;
      }
      break;
    }
    if (
      PHRASE_PREPOSITIONS.has(w.lower) ||
      (PREPOSITIONS.has(w.lower) && DETERMINER_AFTER_VERB.has(words[i + 1]?.lower ?? ""))
    ) {
      kept.push(w.text);
      state = "prep";
    } else if (
      subject &&
      state === "head" &&
      !AUX_WORDS.has(words[i - 1]?.lower ?? "") &&
      !(isParticiple(w) && isWord(words[i + 1]) && introducesPhrase(words[i + 1]!))
    ) {
      // "Fewer than 20 lawyers agreed to ...", "1.5 million people signed the petition": after a
      // subject, a bare verb is the predicate ("40 others held without trial" still reads on)
      break;
    } else if (isParticiple(w)) {
      kept.push(w.text);
      state = "verb";
    } else if (state === "head") {
      const next = words[i + 1];
      const verbLike =
        SHARE_VERBS.has(w.lower) || (isWord(next) && DETERMINER_AFTER_VERB.has(next.lower));
      if (!verbLike || /^\p{Lu}/u.test(w.text)) break;
      kept.push(gerund(w.lower));
      state = "verb";
    } else {
      kept.push(w.text);
    }
    i++;
  }
  // "sentenced to a combined [58 years]", "serving sentences under Article [117]": the phrase that
  // leads into another number belongs to that number
  if (words[i]?.kind === "num") {
    let p = kept.length - 1;
    while (p >= 0 && !PHRASE_PREPOSITIONS.has(kept[p]!.toLowerCase())) p--;
    if (p > 0) kept.length = p;
  }
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!.toLowerCase();
    if (!PHRASE_PREPOSITIONS.has(last) && !FUNCTION_WORDS.has(last)) break;
    kept.pop();
  }
  return kept;
}

/** "held in", "accused of": a participle with its phrase (not "agreed to", a verb's infinitive). */
const introducesPhrase = (w: Word): boolean => PHRASE_PREPOSITIONS.has(w.lower) && w.lower !== "to";
