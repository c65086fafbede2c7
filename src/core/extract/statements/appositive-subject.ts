// The subject before comma-set-off phrases: "X, a lawyer, said", "X, who …, said", "Sen. Ana K. Ruiz
// (D-Ore.), said", "Mr. Manafort, citing “…,” said"; and whether a name and its appositive stand
// before a cue word ("Jan Brewer, an early supporter, calls …").

import { finiteWord } from "./clause.js";
import { AUXILIARIES, CLAUSE_WORDS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { ROLE_MODIFIERS } from "../../lexicon/titles.js";
import { NUMBER, type Tok, WORD } from "../../text/lex.js";
import { isRoleWord } from "../mentions/name-lexicon.js";
import { isVerbForm } from "./cues.js";
import {
  isWord,
  nounish,
  npLeftOf,
  postmodified,
  SUBJECT_PRONOUNS,
  type TokSpan,
} from "./noun-phrase.js";
import { DAYS, timeChunk } from "./time-phrase.js";

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
  // "Then the company, only two months later, announced …".
  "then",
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

function appositiveLike(toks: readonly Tok[], a: number, b: number): boolean {
  if (a >= b) return false;
  const t = toks[a]!;
  if (t.kind === NUMBER) return true;
  if (t.text === "(") return true;
  if (!isWord(t)) return false;
  if (APPOSITIVE_STARTS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isRoleWord(t.lower))
    return true;
  // "The prisoners, most of them farmers, say …", "some of whom were released": a share of the
  // noun before.
  if (toks[a + 1]?.lower === "of" && /^(them|whom|us)$/.test(toks[a + 2]?.lower ?? "")) return true;
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

/**
 * A finite verb in `[from, to)` outside a relative clause: the pieces after the noun phrase
 * are a clause of their own ("…, son Ghassan and his wife had been travelling, wrote …").
 */
function clauseAfter(toks: readonly Tok[], from: number, to: number): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (/^(who|which|whose|whom)$/.test(t.lower)) relative = true;
    else if (t.text === ",") relative = false;
    else if (!relative && finiteWord(t)) return true;
  }
  return false;
}

/** Where a head noun phrase ends in chunk `[a, b)`: its last token, if it can head an NP. */
function chunkHead(toks: readonly Tok[], a: number, b: number): number {
  let k = b - 1;
  // "Sen. Ana K. Ruiz (D-Ore.),": the parenthesis after the name.
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

/** "Kall -- co-editor of the book -- said": a hyphen standing for a dash. */
export function spacedHyphen(toks: readonly Tok[], k: number): boolean {
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
export function appositiveSubject(
  toks: readonly Tok[],
  comma: number,
  floor: number,
): TokSpan | null {
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
  let dayPlace = false;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]! + 1;
    const b = bounds[i + 1]!;
    // "Late on Friday, her lawyer, Tran Van Hieu, says": a time phrase opens the sentence.
    if (a >= b || timeChunk(toks, a, b)) continue;
    // "Tuesday at Hue University in Hue, TT, …": a day and where (and the rest of the place's
    // name), not who.
    if (DAYS.has(toks[a]!.lower) && PREPOSITIONS.has(toks[a + 1]?.lower ?? "")) {
      dayPlace = true;
      continue;
    }
    if (dayPlace && b - a <= 3 && toks.slice(a, b).every((t) => t.cap || t.text === ".")) continue;
    dayPlace = false;
    let rest = true;
    // (An empty piece is the second mark of a "--" dash.)
    for (let j = i + 1; j + 1 < bounds.length && rest; j++) {
      const [pa, pb] = [bounds[j]! + 1, bounds[j + 1]!];
      rest = pa >= pb || appositiveLike(toks, pa, pb) || timeChunk(toks, pa, pb);
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
    // "His wife and two children, who live in Hanoi, said": two noun phrases joined by "and".
    if (
      before?.lower === "and" &&
      np.a - 2 >= a &&
      npLeftOf(toks, np.a - 2, a).a === a &&
      !clauseAfter(toks, b, comma)
    )
      return { a, b: np.b };
    // "A parish priest in the district, who …, said": the head keeps its prepositional phrase.
    const whole = postmodified(toks, a, np);
    if (whole !== null) return whole;
    // "The tally which counts detained bloggers, said": a head with its relative clause.
    const relative = relativeChunk(toks, a, b);
    if (relative !== null) return relative;
  }
  return null;
}

/** The quotation closing at the comma `m` opened after an earlier comma (inside an appositive). */
export function quotedAppositive(toks: readonly Tok[], m: number, floor: number): boolean {
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

/**
 * The comma at `k` closes an appositive ("an early supporter of Trump", "the group's director")
 * opened by a comma right after a name.
 */
export function namedAppositive(
  toks: readonly Tok[],
  k: number,
  floor: number,
  isName: (k: number) => boolean,
): boolean {
  for (let j = k - 1; j > floor && k - j <= 12; j--) {
    const t = toks[j]!;
    if (t.text === ",") {
      const name = toks[j - 1];
      const first = toks[j + 1];
      return (
        name !== undefined &&
        name.cap &&
        isName(j - 1) &&
        first !== undefined &&
        /^(a|an|the|his|her|its|their)$/.test(first.lower)
      );
    }
    if (t.kind !== WORD && t.text !== "’s" && t.text !== "'s" && t.text !== ".") return false;
    if (t.kind === WORD && !t.cap && (AUXILIARIES.has(t.lower) || isVerbForm(t.lower)))
      return false;
  }
  return false;
}
