// The noun phrase a cue attributes to: left of the cue ("the ministry said"), after it in
// inversions ("said Le Hai Binh, the spokesperson …"), past appositives and relative clauses
// ("Angelique Brunner, a developer, which …, said" → "Angelique Brunner").

import {
  CLAUSE_WORDS,
  DETERMINERS,
  PREPOSITIONS,
  POLLED_PARTICIPLES,
  PRE_CUE_WORDS,
} from "../../lexicon/function-words.js";
import { isNumberWord } from "../../lexicon/number-words.js";
import { ORG_HEADS } from "../../lexicon/organisations.js";
import { DOCUMENT_NOUNS } from "../../lexicon/speech-cues.js";
import { ROLE_MODIFIERS } from "../../lexicon/titles.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import { VN_FAMILY, isRoleWord } from "../mentions/name-lexicon.js";
import { ABBREVIATION, PRONOUN } from "../mentions/word-maps.js";
import { isVerbForm } from "./cues.js";

/** A token range `[a, b)`. */
export interface TokSpan {
  a: number;
  b: number;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "i", "we", "you", "who", "which"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "’s", "'s"]);
const NOT_NOUNS = new Set([
  "ally",
  "family",
  "rally",
  "assembly",
  "daily",
  "supply",
  "italy",
  "july",
]);
const DISCOURSE = new Set([
  "however",
  "meanwhile",
  "moreover",
  "furthermore",
  "still",
  "instead",
  "indeed",
  "likewise",
  "similarly",
  "nevertheless",
  "nonetheless",
  "separately",
  "meantime",
  "afterward",
  "afterwards",
  "earlier",
  "later",
  "previously",
  "yesterday",
  "today",
  "overall",
  "finally",
  "first",
  "second",
  "third",
  "again",
  "otherwise",
  "thus",
  "therefore",
  "besides",
  "anyway",
]);
const NP_OPENERS = new Set([
  "that",
  "when",
  "while",
  "because",
  "as",
  "if",
  "since",
  "after",
  "before",
  "although",
  "though",
]);
const PARTICIPLE_ADJECTIVES = new Set([
  "clad",
  "known",
  "born",
  "flanked",
  "surrounded",
  "seen",
  "shown",
  "driven",
  "chosen",
  "sworn",
]);
const APPOSITIVE_STARTS = new Set([
  "a",
  "an",
  "the",
  "who",
  "whom",
  "which",
  "whose",
  "his",
  "her",
  "their",
  "its",
  "one",
  "then",
  "now",
  "also",
  "both",
  "former",
  "including",
  "like",
  "as",
  "himself",
  "herself",
  "itself",
  "themselves",
  "currently",
  "once",
  "another",
  "each",
  "speaking",
  "citing",
  "in",
  "on",
  "at",
  "during",
  "while",
  "when",
  "after",
  "before",
  "according",
  "for",
  "with",
  "by",
  "of",
  "from",
]);

function isWord(t: Tok | undefined): boolean {
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

/** A comma, or a closing quotation mark with the comma inside it (`“…,”`). */
export function isCommaLike(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  if (t.text === ",") return true;
  if (t.text === "'" && toks[k - 1]?.text === "'") return toks[k - 2]?.text === ",";
  return /^[”"’»]$/.test(t.text) && toks[k - 1]?.text === ",";
}

function isPossessive(t: Tok | undefined): boolean {
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
  // "last month Zaw Min Tun confirmed": a time phrase before the subject is not part of it.
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
    if (!(toks[j]!.cap || /^(of|the)$/.test(w))) return false;
  }
  return false;
}

const TO_ROLES = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "envoy",
  "ambassador",
  "adviser",
  "advisor",
]);

function appositiveLike(toks: readonly Tok[], a: number, b: number): boolean {
  if (a >= b) return false;
  const t = toks[a]!;
  if (t.kind === NUMBER) return true;
  if (t.text === "(") return true;
  if (!isWord(t)) return false;
  if (APPOSITIVE_STARTS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isRoleWord(t.lower))
    return true;
  // "Hunter, meanwhile, told …": an aside.
  if (b - a === 1 && DISCOURSE.has(t.lower)) return true;
  // "wearing a cowboy hat", "reacting to the news", "clad in red": a participle describing the
  // subject; "“The Apprentice,”": a title.
  if (!t.cap && t.lower.endsWith("ing") && t.lower.length > 5) return true;
  if (!t.cap && (/ed$/.test(t.lower) || PARTICIPLE_ADJECTIVES.has(t.lower))) return true;
  if (/^[“"‘«]$/.test(t.text)) return true;
  // "Democrat of California", "R-Texas", "Vietnam’s ambassador".
  if (t.cap && b - a <= 14) {
    for (let k = a; k < b; k++) if (isVerbForm(toks[k]!.lower) && !toks[k]!.cap) return false;
    return true;
  }
  return false;
}

/** Where a head noun phrase ends in chunk `[a, b)`: its last token, if it can head an NP. */
function chunkHead(toks: readonly Tok[], a: number, b: number): number {
  let k = b - 1;
  // "Sen. Jack Reed (D-R.I.),": the parenthesis after the name.
  if (toks[k]?.text === ")") {
    let o = k - 1;
    while (o > a && toks[o]!.text !== "(") o--;
    if (o > a) k = o - 1;
  }
  while (k >= a && (toks[k]!.text === ")" || toks[k]!.text === "’")) k--;
  if (k < a) return -1;
  const t = toks[k]!;
  if (isWord(t) && SUBJECT_PRONOUNS.has(t.lower)) return k;
  // "However, X said": a discourse word alone is no subject.
  if (k === a && isWord(t) && (CLAUSE_WORDS.has(t.lower) || DISCOURSE.has(t.lower))) return -1;
  // Introductory phrases ("In a statement", "On Thursday") have no subject in them.
  const first = toks[a]!;
  if (isWord(first) && PREPOSITIONS.has(first.lower) && !first.cap) return -1;
  // "Returning to the question of …,": a participle phrase.
  if (isWord(first) && /ing$/.test(first.lower) && first.lower.length > 5 && a < b - 1) return -1;
  if (isWord(first) && first.cap && PREPOSITIONS.has(first.lower)) return -1;
  return t.cap || nounish(t) ? k : -1;
}

const TIME_NOUNS = new Set([
  "week",
  "month",
  "year",
  "weekend",
  "morning",
  "afternoon",
  "evening",
  "night",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "today",
  "yesterday",
]);

const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

// Words that make a time noun a time phrase: "last month", "on Tuesday", "this week".
const RELATIVE_TIME = new Set(["last", "this", "next", "on", "in", "early", "late", "earlier"]);

/** "Officials in turn threatened", "the ministry, for its part, said": an aside, not the subject. */
function skipAsideBack(toks: readonly Tok[], k: number, floor: number): number {
  const t = toks[k];
  if (t === undefined || k - 1 <= floor) return k;
  const p = toks[k - 1]!.lower;
  if (p === "in" && /^(turn|response|return|reply)$/.test(t.lower)) return k - 2;
  if (t.lower === "part" && /^(its|his|her|their|our)$/.test(p) && toks[k - 2]?.lower === "for")
    return k - 3;
  return k;
}

/** Step back over a time adjunct ending at `k` ("this week", "on Monday", "in May"). */
export function skipTimeBack(toks: readonly Tok[], k: number, floor: number): number {
  const t = toks[k];
  if (t === undefined || k <= floor || !TIME_NOUNS.has(t.lower)) return k;
  // "on Tuesday night": a part of a day after its weekday.
  if (
    DAY_PARTS.has(t.lower) &&
    k - 1 > floor &&
    /day$/.test(toks[k - 1]!.lower) &&
    toks[k - 1]!.cap
  )
    return skipTimeBack(toks, k - 1, floor);
  // "this past week": the "past" between.
  if (
    toks[k - 1]?.lower === "past" &&
    /^(this|the)$/.test(toks[k - 2]?.lower ?? "") &&
    k - 3 >= floor
  )
    return k - 3;
  const p = toks[k - 1]!;
  if (/^(this|last|next|on|in|early|late|earlier)$/.test(p.lower) && k - 2 >= floor) {
    // "who shared a cell with him until last year said": the adjunct closes a relative clause.
    if (/^(until|till|since)$/.test(toks[k - 2]!.lower) && k - 3 >= floor) return k - 3;
    return k - 2;
  }
  // "Trump Monday said": a bare weekday after the subject.
  if (t.cap && /day$/.test(t.lower) && (p.cap || p.kind === WORD)) return k - 1;
  return k;
}

/**
 * The subject noun phrase of the cue at `cue`, looking left no further than `floor`.
 * Returns null for passives ("was told") and when no noun phrase ends before the cue.
 */
export function leftSpeaker(toks: readonly Tok[], cue: number, floor: number): TokSpan | null {
  let k = cue - 1;
  let passive = false;
  while (
    k >= floor &&
    isWord(toks[k]) &&
    (PRE_CUE_WORDS.has(toks[k]!.lower) ||
      (!toks[k]!.cap && /ly$/.test(toks[k]!.lower) && !NOT_NOUNS.has(toks[k]!.lower)))
  ) {
    // "was told" is passive; "is telling" is not.
    if (BE.has(toks[k]!.lower) && !toks[cue]!.lower.endsWith("ing")) passive = true;
    k--;
  }
  if (passive) return null;
  // "Trump this week said", "Cruz last week endorsed", "police on Monday said".
  k = skipTimeBack(toks, skipAsideBack(toks, k, floor), floor);
  // "Harry M. Reid (D-Nev.) told": skip a short parenthesis after the name.
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
  // "Vietnam on Thursday (Apr 21) criticised": the time may sit before the parenthesis too.
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
  const polled = polledGroup(toks, k, floor);
  if (polled !== null) return polled;
  if (!(t.cap || nounish(t))) return null;
  const np = closeTo(toks, npLeftOf(toks, k, floor), floor);
  return relativeAntecedent(toks, postmodified(toks, floor, np) ?? np, floor);
}

/** "people close to the vice president", "sources familiar with the talks": who they are near. */
function closeTo(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan {
  const h = np.a - 3;
  if (h < floor) return np;
  const near = `${toks[np.a - 2]!.lower} ${toks[np.a - 1]!.lower}`;
  if (near !== "close to" && near !== "familiar with") return np;
  const head = toks[h]!;
  if (!isWord(head) || !(nounish(head) || head.lower === "those")) return np;
  return { a: npLeftOf(toks, h, floor).a, b: np.b };
}

/** "40% say", "one in five say", "nine out of 10 say": a share of those asked as the subject. */
function shareLeftOf(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  const t = toks[k]!;
  if (t.text === "%")
    return k - 1 >= floor && toks[k - 1]!.kind === NUMBER ? { a: k - 1, b: k + 1 } : null;
  const numeric = (x: Tok | undefined): boolean =>
    x !== undefined && (x.kind === NUMBER || (x.kind === WORD && isNumberWord(x.lower)));
  if (!numeric(t) || !/^(in|of)$/.test(toks[k - 1]?.lower ?? "")) return null;
  let a = k - 2;
  if (toks[a]?.lower === "out") a--;
  if (a < floor || !numeric(toks[a])) return null;
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

/**
 * "a diplomat who tried to attend the hearing said": the noun phrase before the cue ends a
 * relative clause; the subject is the noun the clause describes, with the clause.
 */
function relativeAntecedent(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan {
  for (let j = np.a - 1; j > floor && np.a - j <= 10; j--) {
    const t = toks[j]!;
    if (!isWord(t)) return np;
    if (t.lower !== "who") continue;
    const head = j - 1;
    if (j === np.a - 1 || !(toks[head]!.cap || nounish(toks[head]))) return np;
    return { a: npLeftOf(toks, head, floor).a, b: np.b };
  }
  return np;
}

/** "Kall -- co-editor of the book -- said": a hyphen standing for a dash. */
function spacedHyphen(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.text !== "-") return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    (prev !== undefined && prev.end < t.start) ||
    (next?.text === "-" && next.start === t.end) ||
    prev?.text === "-"
  );
}

/** "X, a lawyer, said" / "X, who …, said": the subject before the comma-set-off phrases. */
function appositiveSubject(toks: readonly Tok[], comma: number, floor: number): TokSpan | null {
  const commas: number[] = [];
  let depth = 0;
  for (let k = comma; k >= floor; k--) {
    const x = toks[k]!.text;
    if (x === ")") depth++;
    else if (x === "(") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (x === "," || x === "–" || x === "—" || spacedHyphen(toks, k)))
      commas.push(k);
  }
  commas.reverse(); // left to right; the last is `comma`
  const bounds = [floor - 1, ...commas];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]! + 1;
    const b = bounds[i + 1]!;
    // "Earlier Tuesday, his campaign manager, Jeff Weaver, says": a time phrase opens the sentence.
    if (a >= b || timeChunk(toks, a, b)) continue;
    let rest = true;
    // (An empty piece is the second mark of a "--" dash.)
    for (let j = i + 1; j + 1 < bounds.length && rest; j++) {
      const [pa, pb] = [bounds[j]! + 1, bounds[j + 1]!];
      rest = pa >= pb || appositiveLike(toks, pa, pb);
    }
    if (!rest) continue;
    const head = chunkHead(toks, a, b);
    if (head < 0) continue;
    // The head chunk must be a plain noun phrase ("But Smith"), not a clause ending in a noun.
    const np = SUBJECT_PRONOUNS.has(toks[head]!.lower)
      ? { a: head, b: head + 1 }
      : npLeftOf(toks, head, a);
    // "… ago that Michael Bloomberg, who …, said": the noun phrase may follow a clause word.
    const before = toks[np.a - 1];
    let plain = np.a === a || (before !== undefined && NP_OPENERS.has(before.lower));
    if (!plain) {
      plain = true;
      for (let j = a; j < np.a && plain; j++) plain = CLAUSE_WORDS.has(toks[j]!.lower);
    }
    if (plain) return np;
    // "A parish priest in the district, who …, said": the head keeps its prepositional phrase.
    const whole = postmodified(toks, a, np);
    if (whole !== null) return whole;
    // "The survey which collects the views of economists, said": a head with its relative clause.
    const relative = relativeChunk(toks, a, b);
    if (relative !== null) return relative;
  }
  return null;
}

/** The quotation closing at the comma `m` opened after an earlier comma (inside an appositive). */
function quotedAppositive(toks: readonly Tok[], m: number, floor: number): boolean {
  let o = m - 1;
  while (o > floor && !/^[“"‘']$/.test(toks[o]!.text)) o--;
  for (let j = o - 1; j > floor; j--) if (toks[j]!.text === ",") return true;
  return false;
}

/** `[a, b)` is a noun phrase then "which"/"who" and its clause: the whole chunk. */
function relativeChunk(toks: readonly Tok[], a: number, b: number): TokSpan | null {
  for (let j = a + 1; j < b && j - a <= 6; j++) {
    const t = toks[j]!;
    if (!isWord(t)) return null;
    if (t.lower !== "which" && t.lower !== "who") continue;
    const np = npLeftOf(toks, j - 1, a);
    return np.a === a ? { a, b } : null;
  }
  return null;
}

const TIME_WORDS_ALONE = new Set(["later", "earlier", "yesterday", "today", "meanwhile"]);

/** `[a, b)` is only a time phrase: "Earlier Tuesday", "On Monday", "Last week", "Meanwhile". */
function timeChunk(toks: readonly Tok[], a: number, b: number): boolean {
  // "Just last week, …".
  const from = toks[a]?.lower === "just" || toks[a]?.lower === "only" ? a + 1 : a;
  for (let k = from; k < b; k++) {
    const w = toks[k]!.lower;
    if (!(TIME_NOUNS.has(w) || RELATIVE_TIME.has(w) || TIME_WORDS_ALONE.has(w))) return false;
  }
  return true;
}

// Prepositions that attach a phrase to the noun before them ("a priest in the district").
const POSTMODIFIER_PREPOSITIONS = new Set(["of", "for", "in", "at", "on", "from", "with"]);

/**
 * `np` ends a chain of noun phrases joined by prepositions that starts exactly at `a`
 * ("the head of the Committee for Religious Affairs of An Giang province"): the whole chain,
 * whose first noun phrase is the head. Null when anything else stands before it.
 */
function postmodified(toks: readonly Tok[], a: number, np: TokSpan): TokSpan | null {
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
  return head < 0 ? null : { a: from, b: head + 1 };
}
