// The noun phrase a cue attributes to: left of the cue ("the ministry said"), after it in
// inversions ("said Ha Van Tien, the spokesperson …"), past appositives and relative clauses
// ("Angelique Brunner, a developer, which …, said" → "Angelique Brunner").

import { DETERMINERS, POLLED_PARTICIPLES, PRE_CUE_WORDS } from "../../lexicon/function-words.js";
import { CHANNEL_NOUNS, DOCUMENT_NOUNS, READY_TO } from "../../lexicon/speech-cues.js";
import { NUMBER, type Tok } from "../../text/lex.js";
import { ABBREVIATION } from "../mentions/word-maps.js";
import { numberToken, pastTense } from "./clause.js";
import { isVerbForm } from "./cues.js";
import { appositiveSubject, quotedAppositive, spacedHyphen } from "./appositive-subject.js";
import {
  isPossessive,
  isWord,
  NOT_NOUNS,
  nounish,
  npLeftOf,
  SUBJECT_PRONOUNS,
  type TokSpan,
} from "./noun-phrase.js";
import { baseFormSubject } from "./modified-subject.js";
import { relativeSubject, relativeThat, subjectPhrase } from "./subject-phrase.js";
import { RELATIVE_TIME, skipTimeBack, TIME_NOUNS } from "./time-phrase.js";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "’s", "'s"]);

/** A comma, or a closing quotation mark with the comma inside it (`“…,”`). */
export function isCommaLike(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  if (t.text === ",") return true;
  if (t.text === "'" && toks[k - 1]?.text === "'") return toks[k - 2]?.text === ",";
  if (!/^[”"’»]$/.test(t.text)) return false;
  if (toks[k - 1]?.text === ",") return true;
  // “… what you called ‘evidence,’”: the comma sits inside the inner quotation too.
  return (
    /^[”"»]$/.test(t.text) && /^[’']$/.test(toks[k - 1]?.text ?? "") && toks[k - 2]?.text === ","
  );
}

/** "Officials in turn threatened", "the ministry, for its part, said": an aside, not the subject. */
function skipAsideBack(toks: readonly Tok[], k: number, floor: number): number {
  const t = toks[k];
  if (t === undefined || k - 1 <= floor) return k;
  const p = toks[k - 1]!.lower;
  if (p === "in" && /^(turn|response|return|reply|particular)$/.test(t.lower)) return k - 2;
  if (t.lower === "past" && p === "the" && toks[k - 2]?.lower === "in" && k - 3 > floor)
    return k - 3;
  // "Hoa in his opening address called …": where the subject spoke, after a name.
  for (let j = k - 1; j > floor && k - j <= 4; j--) {
    const w = toks[j]!;
    if (!isWord(w) || w.cap) break;
    if (!/^(his|her|their|its)$/.test(w.lower)) continue;
    const before = toks[j - 1];
    const subject = toks[j - 2];
    if (before?.lower === "in" && subject !== undefined && j - 2 >= floor && isWord(subject))
      if (subject.cap || SUBJECT_PRONOUNS.has(subject.lower)) return j - 2;
    break;
  }
  if (t.lower === "part" && /^(its|his|her|their|our)$/.test(p) && toks[k - 2]?.lower === "for")
    return k - 3;
  // "Nguyen Van Dai in a Facebook post said …", "the ministry in a statement said …": the channel.
  if (isWord(t) && CHANNEL_NOUNS.has(t.lower)) {
    for (let j = k - 1; j > floor && k - j <= 4; j--) {
      if (!isWord(toks[j]!)) break;
      if (toks[j]!.lower !== "in" || !/^(a|an|the)$/.test(toks[j + 1]!.lower)) continue;
      const subject = toks[j - 1];
      const ends =
        subject !== undefined &&
        j - 1 >= floor &&
        isWord(subject) &&
        (subject.cap ||
          SUBJECT_PRONOUNS.has(subject.lower) ||
          (!DETERMINERS.has(subject.lower) &&
            !PRE_CUE_WORDS.has(subject.lower) &&
            !pastTense(subject.lower) &&
            !isVerbForm(subject.lower) &&
            !/ing$/.test(subject.lower)));
      return ends ? j - 1 : k;
    }
  }
  return k;
}

/**
 * "a ministry official who asked not to be named said", "a guard who declined to be identified
 * told …": the relative clause ends in a passive, which is no subject of its own.
 */
function unnamedSource(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  if (!/^(named|identified|quoted)$/.test(toks[k]!.lower) || toks[k - 1]?.lower !== "be")
    return null;
  for (let j = k - 2; j > floor && k - j <= 24; j--) {
    const t = toks[j]!;
    // ("who didn't wish to be identified": the contraction's mark.)
    if (!isWord(t) && !/^['’]$/.test(t.text)) return null;
    if (t.lower !== "who") continue;
    const head = toks[j - 1]!;
    // ("a man who prays here and who asked not to be named": the first clause's noun.)
    if (head.lower === "and") continue;
    if (!(head.cap || nounish(head))) return null;
    return { a: npLeftOf(toks, j - 1, floor).a, b: k + 1 };
  }
  return null;
}

/**
 * "Cruz and Rubio have both urged", "has nevertheless called", "have all characterized": a
 * quantifier floated after its subject (a word before it that can end one) is not the subject.
 */
function floatingQuantifier(toks: readonly Tok[], k: number, floor: number): boolean {
  if (!/^(all|both|nevertheless)$/.test(toks[k]!.lower) || k - 1 < floor) return false;
  const p = toks[k - 1]!;
  // ("And both vowed …": "both" is the subject.)
  if (!isWord(p) || /^(and|but|or|so|yet)$/.test(p.lower)) return false;
  return p.cap || PRE_CUE_WORDS.has(p.lower) || /^(which|who|they|we)$/.test(p.lower);
}

/**
 * The subject noun phrase of the cue at `cue`, looking left no further than `floor`.
 * Returns null for passives ("was told") and when no noun phrase ends before the cue.
 */
const BEGIN = new Set(["began", "begun", "begin", "begins", "started", "start", "starts"]);

export function leftSpeaker(toks: readonly Tok[], cue: number, floor: number): TokSpan | null {
  let k = cue - 1;
  let passive = false;
  // "Lawyers were quick to point out that …": the adjective and its "to" stand between the
  // auxiliary and the cue, which is not a passive.
  // ("seems ready to back …" is the writer's hedge.)
  const ready =
    k - 2 > floor &&
    toks[k]!.lower === "to" &&
    READY_TO.has(toks[k - 1]!.lower) &&
    BE.has(toks[k - 2]!.lower);
  if (ready) k -= 2;
  for (let before = -1; before !== k;) {
    before = k;
    // "officials started to portray …", "state media began calling …": the subject of the verb
    // that begins the act.
    if (k - 1 >= floor && toks[k]!.lower === "to" && BEGIN.has(toks[k - 1]!.lower)) k -= 2;
    else if (k >= floor && toks[cue]!.lower.endsWith("ing") && BEGIN.has(toks[k]!.lower)) k--;
    while (
      k >= floor &&
      isWord(toks[k]) &&
      (PRE_CUE_WORDS.has(toks[k]!.lower) ||
        floatingQuantifier(toks, k, floor) ||
        (!toks[k]!.cap && /ly$/.test(toks[k]!.lower) && !NOT_NOUNS.has(toks[k]!.lower)))
    ) {
      // "was told" is passive; "is telling" is not.
      if (BE.has(toks[k]!.lower) && !toks[cue]!.lower.endsWith("ing") && !ready) passive = true;
      k--;
    }
    // "have in particular noted", "have in the past blamed": an aside, then more auxiliaries.
    k = skipAsideBack(toks, k, floor);
  }
  if (passive) return null;
  // "…, then says he will …": a second verb of the sentence's subject, with none of its own.
  if (toks[k]?.text === "," && toks[k + 1]?.lower === "then") return null;
  // "Hoa this week said", "Lan last week endorsed", "police on Monday said".
  const beforeTime = k;
  k = skipTimeBack(toks, k, floor);
  // "Ana K. Ruiz (D-Ore.) told": skip a short parenthesis after the name.
  if (k >= floor && toks[k]!.text === ")") {
    let o = k - 1;
    while (o > floor && toks[o]!.text !== "(" && k - o < 20) o--;
    if (
      toks[o]?.text === "(" &&
      o - 1 >= floor &&
      (toks[o - 1]!.cap || toks[o - 1]!.kind === NUMBER)
    )
      k = o - 1;
  }
  // "Hanoi on Friday (Mar 8) rejected": the time may sit before the parenthesis too.
  k = skipTimeBack(toks, k, floor);
  if (k < floor) return null;
  const share = shareLeftOf(toks, k, floor);
  if (share !== null) return share;
  // "Joseph R. Biden Jr. said", "Apple Inc. said": the period of a name's suffix.
  if (suffixDot(toks, k, floor)) return { a: npLeftOf(toks, k - 1, floor).a, b: k + 1 };
  // "Mr. Manafort, citing “the magic of Trump,” said": the comma inside the closing mark.
  // (Not "‘The verdict was copied, almost word for word,’ said …": that quotation is the content.)
  let m = k;
  while (m > floor && /^[”"’']$/.test(toks[m]!.text)) m--;
  if (m < k && toks[m]!.text === "," && quotedAppositive(toks, m, floor)) k = m;
  const t = toks[k]!;
  if (t.text === "," || t.text === ")" || t.text === "—" || t.text === "–" || spacedHyphen(toks, k))
    return appositiveSubject(toks, k, floor);
  if (isWord(t) && SUBJECT_PRONOUNS.has(t.lower)) return { a: k, b: k + 1 };
  // "banners that said “We won”": a relative "that" after a noun, as "which" is.
  if (relativeThat(toks, k, cue, floor)) return { a: k, b: k + 1 };
  // "But said Lan: “…”": a conjunction opening the sentence is no subject.
  if (isWord(t) && /^(but|and|so|yet|or)$/.test(t.lower)) return null;
  const polled = polledGroup(toks, k, floor);
  // ("the order released Friday said": the time dates the document and stays in its phrase.)
  if (polled !== null) return { a: polled.a, b: Math.max(polled.b, beforeTime + 1) };
  const unnamed = unnamedSource(toks, k, floor);
  if (unnamed !== null) return unnamed;
  const relative = relativeSubject(toks, k, floor);
  if (relative !== null) return relative;
  const modified = baseFormSubject(toks, cue, k, floor);
  if (modified !== null) return modified;
  if (!(t.cap || nounish(t))) return null;
  return subjectPhrase(toks, npLeftOf(toks, k, floor), floor);
}

/** "40% say", "one in five say", "nine out of 10 say": a share of those asked as the subject. */
function shareLeftOf(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  const t = toks[k]!;
  if (t.text === "%")
    return k - 1 >= floor && toks[k - 1]!.kind === NUMBER ? { a: k - 1, b: k + 1 } : null;
  // ("in"/"of" first: the number-word test looks the word up in a record, which costs more.)
  const p = toks[k - 1]?.lower;
  if ((p !== "in" && p !== "of") || !numberToken(t)) return null;
  let a = k - 2;
  if (toks[a]?.lower === "out") a--;
  if (a < floor || !numberToken(toks[a])) return null;
  return { a, b: k + 1 };
}

const NAME_SUFFIXES = new Set(["jr", "sr", "inc", "co", "corp", "ltd", "bros", "llc"]);

function suffixDot(toks: readonly Tok[], k: number, floor: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  return (
    t.text === "." &&
    k - 1 > floor &&
    prev !== undefined &&
    prev.cap &&
    prev.end === t.start &&
    NAME_SUFFIXES.has(prev.lower)
  );
}

/**
 * "those surveyed said", "voters polled say": the people a poll asked, with its participle; "a
 * report released last year found": a document, with the participle that dates it.
 */
function polledGroup(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  const t = toks[k]!;
  if (!isWord(t) || k - 1 < floor) return null;
  const before = toks[k - 1]!;
  // "A report released last year found …": a document with the participle that dates it.
  if (!t.cap && /ed$/.test(t.lower) && isWord(before) && DOCUMENT_NOUNS.has(before.lower))
    return { a: npLeftOf(toks, k - 1, floor).a, b: k + 1 };
  if (!POLLED_PARTICIPLES.has(t.lower)) return null;
  if (isWord(before) && before.lower === "those") return { a: k - 1, b: k + 1 };
  if (!(before.cap || nounish(before))) return null;
  return { a: npLeftOf(toks, k - 1, floor).a, b: k + 1 };
}

const MODIFIERS = new Set([
  "early",
  "late",
  "recent",
  "latest",
  "preliminary",
  "final",
  "unofficial",
  "official",
  "initial",
  "partial",
]);

/** The noun phrase after an inverted cue: "said Le Hai Binh, …", "added the spokesperson." */
export function rightSpeaker(toks: readonly Tok[], from: number, limit: number): TokSpan | null {
  let k = from;
  if (k >= limit) return null;
  const first = toks[k]!;
  // ", published last month," / "said on Tuesday": when, not who.
  if (RELATIVE_TIME.has(first.lower) && TIME_NOUNS.has(toks[k + 1]?.lower ?? "")) return null;
  if (TIME_NOUNS.has(first.lower)) return null;
  if (isWord(first) && SUBJECT_PRONOUNS.has(first.lower) && first.lower !== "which")
    return { a: k, b: k + 1 };
  if (isWord(first) && DETERMINERS.has(first.lower)) k++;
  let head = -1;
  let lowers = 0;
  while (k < limit) {
    const t = toks[k]!;
    if (t.text === "." && head >= 0 && ABBREVIATION.has(toks[k - 1]!.lower)) {
      k++;
      continue;
    }
    // "said Jock A. Finlayson", "George H. W. Bush": an initial's stop inside a name.
    if (
      t.text === "." &&
      head >= 0 &&
      head === k - 1 &&
      /^[A-Z]$/.test(toks[k - 1]!.text) &&
      toks[k + 1]?.cap
    ) {
      k++;
      continue;
    }
    if (isPossessive(t) && head >= 0) {
      k++;
      continue;
    }
    if (isWord(t) && t.cap && nounish(t)) {
      head = k++;
      continue;
    }
    if (
      isWord(t) &&
      /^(of|for)$/.test(t.lower) &&
      head >= 0 &&
      (toks[k + 1]?.cap || toks[k + 1]?.lower === "the")
    ) {
      k += toks[k + 1]?.lower === "the" ? 2 : 1;
      continue;
    }
    if (t.kind === NUMBER || (nounish(t) && lowers < 4)) {
      if (isWord(t)) lowers++;
      head = k++;
      continue;
    }
    // "early returns", "recent surveys": a modifier that is no noun itself, before one.
    if (isWord(t) && !t.cap && lowers < 3 && MODIFIERS.has(t.lower) && nounish(toks[k + 1])) {
      lowers++;
      k++;
      continue;
    }
    break;
  }
  // "“…,” tweeted another.", "wrote one": a determiner standing alone for a person.
  if (head < 0 && k === from + 1 && STANDS_ALONE.test(first.lower) && !isWord(toks[k]))
    return { a: from, b: from + 1 };
  return head < 0 ? null : { a: from, b: head + 1 };
}

const STANDS_ALONE = /^(another|one|some|many|several|most|both|each)$/;
