// What may stand between a cue and the content it introduces without being content itself:
// the addressee of "told", the channel and the time ("in a statement on Thursday"), "that",
// and the punctuation that opens a quotation.
//   said in a statement on Thursday that …   → content starts at "that"
//   told RFA over the phone: “…”             → content is the quotation

import { PREPOSITIONS, TIME_WORDS } from "../../lexicon/function-words.js";
import { CHANNEL_NOUNS } from "../../lexicon/speech-cues.js";
import { NUMBER, PUNCT, WORD, type Tok } from "../../text/lex.js";
import { opensFigure } from "./clause.js";
import { isVerbForm, type CueForm } from "./cues.js";
import { DAYS } from "./time-phrase.js";

const OBJECT_PRONOUNS = new Set([
  "him",
  "her",
  "them",
  "me",
  "us",
  "you",
  "reporters",
  "journalists",
  "it",
]);
const ASIDES = new Set([
  "and i quote",
  "for example",
  "for instance",
  "in fact",
  "however",
  "though",
  "too",
  "also",
  "of course",
  "again",
  "instead",
  "once again",
  "in particular",
  "in part",
]);
const MANNER = new Set([
  "only",
  "also",
  "again",
  "then",
  "later",
  "repeatedly",
  "once",
  "further",
  "too",
]);
// "this week", "last month": time only with a time noun after ("this claim" is an object).
const DEICTIC = new Set(["this", "last", "next", "that"]);
const ADJUNCT_WORDS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "this",
  "that",
  "last",
  "late",
  "early",
  "news",
  "press",
  "local",
  "state",
  "state-run",
  "official",
  "private",
  "recent",
  "separate",
  "brief",
  "exclusive",
  "written",
  "televised",
  "joint",
  "phone",
  "telephone",
  "over",
  "as",
  "follows",
]);

function plainNoun(t: Tok): boolean {
  return t.kind === WORD && !isVerbForm(t.lower) && !WH.has(t.lower) && t.lower !== "to";
}

const WH = new Set([
  "that",
  "which",
  "who",
  "whether",
  "if",
  "what",
  "how",
  "why",
  "when",
  "where",
]);

function isAdjunctWord(t: Tok): boolean {
  if (t.kind === NUMBER) return true;
  if (t.kind !== WORD) return t.text === "," || t.text === "’s" || t.text === "'s";
  return (
    t.cap ||
    TIME_WORDS.has(t.lower) ||
    DAYS.has(t.lower) ||
    CHANNEL_NOUNS.has(t.lower) ||
    ADJUNCT_WORDS.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    OBJECT_PRONOUNS.has(t.lower)
  );
}

/**
 * Skip an addressee after "told"/"assured"/"urged" ("told reporters", "told RFA", "told the
 * newspaper"). Returns the token after it.
 */
export function skipObject(toks: readonly Tok[], k: number, limit: number): number {
  if (k >= limit) return k;
  const t = toks[k]!;
  // "asked how …", "told that …": no addressee.
  if (t.kind === WORD && WH.has(t.lower)) return k;
  if (t.kind === WORD && OBJECT_PRONOUNS.has(t.lower)) return k + 1;
  let j = k;
  if (t.kind === WORD && /^(the|a|an|his|her|their|its)$/.test(t.lower)) j++;
  let n = 0;
  while (j < limit && n < 5) {
    const u = toks[j]!;
    if (
      u.kind === WORD &&
      (u.cap || (!PREPOSITIONS.has(u.lower) && !WH.has(u.lower) && n < 3 && !isClauseStart(u)))
    ) {
      j++;
      n++;
      if (!u.cap && j < limit && toks[j]!.kind === WORD && !toks[j]!.cap) {
        // Lower-case objects are short: "the newspaper", "local media".
        if (n >= 2) break;
      }
      continue;
    }
    if (u.text === "." && j > k && toks[j - 1]!.cap && toks[j - 1]!.text.length <= 3) {
      j++;
      continue;
    }
    // "told ABC’s This Week", "told BuzzFeed’s Smith".
    if ((u.text === "’s" || u.text === "'s") && n > 0 && toks[j + 1]?.cap) {
      j++;
      continue;
    }
    // "told VTV’s “Morning Coffee”": a programme's quoted title after the possessive.
    if ((u.text === "’s" || u.text === "'s") && n > 0) {
      const close = quotedTitleEnd(toks, j + 1, limit);
      if (close > 0) {
        j = close;
        n++;
        continue;
      }
    }
    break;
  }
  return n > 0 ? j : k;
}

/** After a title in quotation marks opening at `k` (capitalised words only): its end, or -1. */
function quotedTitleEnd(toks: readonly Tok[], k: number, limit: number): number {
  if (!/^[“"]$/.test(toks[k]?.text ?? "") || !toks[k + 1]?.cap) return -1;
  for (let j = k + 1; j < Math.min(limit, k + 8); j++) {
    const t = toks[j]!;
    if (/^[”"]$/.test(t.text)) return j + 1;
    if (t.kind !== WORD || !t.cap) return -1;
  }
  return -1;
}

function isClauseStart(t: Tok): boolean {
  return /^(he|she|they|it|we|i|there|this|these|those|no|nobody|none)$/.test(t.lower);
}

/**
 * Skip adjuncts after a cue (and an addressee, for the verbs that take one) up to `limit`.
 * Returns the index after the last skipped token, stopping before "that" or a colon.
 */
export function skipAdjuncts(
  toks: readonly Tok[],
  k: number,
  limit: number,
  form: CueForm | null,
): number {
  let j = k;
  if (form !== null && (form.frames.has("obj-that") || form.frames.has("obj-to")))
    j = skipObject(toks, j, limit);
  // "on Thursday", "in a statement", "at a news briefing in Hue", "late on Saturday".
  while (j < limit) {
    const t = toks[j]!;
    const startsPhrase =
      t.kind === WORD &&
      (PREPOSITIONS.has(t.lower) ||
        DAYS.has(t.lower) ||
        (TIME_WORDS.has(t.lower) && !DEICTIC.has(t.lower)) ||
        (DEICTIC.has(t.lower) && TIME_WORDS.has(toks[j + 1]?.lower ?? "")));
    if (
      t.text === "," &&
      j + 1 < limit &&
      toks[j + 1]!.kind === WORD &&
      PREPOSITIONS.has(toks[j + 1]!.lower) &&
      !opensSubordinate(toks, j + 1) &&
      // ("When the hearings concluded, as many as 35 … said": the main clause's figure.)
      !opensFigure(toks, j + 1)
    ) {
      j++;
      continue;
    }
    // "said, in an email, that …": the comma that closes an adjunct.
    if (t.text === "," && toks[j + 1]?.lower === "that" && j > k) {
      j++;
      continue;
    }
    // "testified, for example, that …", "said, however, that …".
    if (t.text === "," && j + 1 < limit) {
      let e = j + 1;
      while (e < limit && e - j <= 3 && toks[e]!.text !== ",") e++;
      const aside = toks
        .slice(j + 1, e)
        .map((x) => x.lower)
        .join(" ");
      if (toks[e]?.text === "," && ASIDES.has(aside)) {
        j = e + 1;
        continue;
      }
    }
    // "saying only that …", "said again on Monday that …".
    if (
      t.kind === WORD &&
      !t.cap &&
      (MANNER.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4))
    ) {
      j++;
      continue;
    }
    if (!startsPhrase || t.lower === "that" || t.lower === "to") break;
    if (opensFigure(toks, j)) break;
    if (opensSubordinate(toks, j)) break;
    // "condemned Friday’s test": a possessive day names the object, not the time.
    if (DAYS.has(t.lower) && /^['’]s$/.test(toks[j + 1]?.text ?? "")) break;
    let e = j + 1;
    // A prepositional phrase takes a short noun phrase of any words ("with a smile").
    const loose = PREPOSITIONS.has(t.lower);
    let nouns = 0;
    // A preposition inside starts a phrase of its own ("at the Foreign Ministry's regular press
    // briefing | in Hanoi | on Thursday"): each is held to the length limit by itself.
    while (
      e < limit &&
      (isAdjunctWord(toks[e]!) || (loose && nouns++ < 3 && plainNoun(toks[e]!))) &&
      !(toks[e]!.kind === WORD && toks[e]!.lower !== "to" && PREPOSITIONS.has(toks[e]!.lower)) &&
      toks[e]!.lower !== "that" &&
      toks[e]!.text !== "," &&
      !(e > j + 1 && opensClause(toks, e)) &&
      // "said Monday it was …": a time phrase takes no object pronoun.
      !(!loose && SUBJECT_IT.has(toks[e]!.lower))
    )
      e++;
    if (e - j > 10) break;
    j = e;
  }
  return j;
}

const CLAUSE_PREPOSITIONS = new Set(["until", "till", "before", "after", "since"]);

/** "…, he said, until it went bankrupt": a clause, not a time phrase. */
function opensSubordinate(toks: readonly Tok[], j: number): boolean {
  return CLAUSE_PREPOSITIONS.has(toks[j]!.lower) && SUBJECT_IT.has(toks[j + 1]?.lower ?? "");
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const SUBJECT_IT = new Set(["it", "he", "she", "they", "we", "i"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "their", "its", "this"]);

/**
 * "said in an interview he would …", "said on Monday the party would …": a subject pronoun, or
 * a determiner after the phrase's noun, starts the reported clause, not more of the phrase.
 */
function opensClause(toks: readonly Tok[], e: number): boolean {
  const t = toks[e]!;
  if (t.kind !== WORD) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  const prev = toks[e - 1]!;
  return (
    DETERMINERS.has(t.lower) &&
    prev.kind === WORD &&
    (prev.cap || !ADJUNCT_WORDS.has(prev.lower)) &&
    !PREPOSITIONS.has(prev.lower)
  );
}

/** The bridge `[k, limit)` is only addressee, adjuncts, "that" and opening punctuation. */
export function isBridge(
  toks: readonly Tok[],
  k: number,
  limit: number,
  form: CueForm | null,
): boolean {
  let j = skipAdjuncts(toks, k, limit, form);
  while (j < limit) {
    const t = toks[j]!;
    if (
      t.kind === PUNCT &&
      (t.text === "," || t.text === ":" || t.text === "—" || t.text === "–" || t.text === "-")
    )
      j++;
    else if (t.kind === WORD && (t.lower === "that" || t.lower === "as" || t.lower === "follows"))
      j++;
    else break;
  }
  return j >= limit;
}
