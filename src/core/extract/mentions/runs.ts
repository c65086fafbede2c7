// Capitalised runs: the candidate names of a sentence, found in one left-to-right pass.
//   "Lt. Gen. Tran Quoc Hung of the Ministry of Public Security told reporters"
//     → [Lt. Gen. Nguyen Thanh Son] [Ministry of Public Security]

import {
  COLLECTIVE_POSSESSORS,
  NAME_PARTICLES,
  NON_ACTOR_HEADS,
} from "../../lexicon/organisations.js";
import { CALENDAR_WORDS } from "../../lexicon/function-words.js";
import { NUMBER, PUNCT, WORD, type Tok } from "../../text/lex.js";
import { ORG_HEADS, ROLES_BY_LAST } from "./name-lexicon.js";
import { ABBREVIATION, HONORIFIC } from "./word-maps.js";

/** A run of tokens `[start, end)` that may name an actor. */
export interface Run {
  start: number;
  end: number;
}

const JOINING_PUNCT = new Set(["’s", "'s", "’", "'", "&"]);
const JOINERS_AFTER_HEAD = new Set(["of", "for", "on"]);

/** "Secretary of State": a role phrase that itself contains the joiner. */
function roleWithOf(prev: Tok, joiner: Tok, next: Tok): boolean {
  const list = ROLES_BY_LAST.get(next.lower);
  return (
    list !== undefined &&
    list.some((w) => w.length === 3 && w[0] === prev.lower && w[1] === joiner.lower)
  );
}

function isCapWord(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === WORD && t.cap;
}

function isDotAbbrev(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const dot = toks[i + 1];
  if (dot === undefined || dot.text !== "." || dot.start !== t.end) return false;
  if (ABBREVIATION.has(t.lower)) return true;
  // An initial inside a name: "Elijah E. Cummings", "George W. Bush".
  return t.text.length === 1 && i > 0 && toks[i - 1]!.cap && isCapWord(toks[i + 2]);
}

/** Can the run that ends just before `i` continue through token `i`? Returns tokens consumed. */
function joinAt(toks: readonly Tok[], i: number, end: number, hasHead: boolean): number {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (i + 1 >= end) return 0;
  const prev = toks[i - 1]!;
  // "Ministry of Public Security", "Institute for Development Studies", "Director of the …".
  const headBefore = ORG_HEADS.has(prev.lower) || NON_ACTOR_HEADS.has(prev.lower);
  if (JOINERS_AFTER_HEAD.has(t.lower) && (headBefore || roleWithOf(prev, t, next!))) {
    // "The Phnom Penh Municipal Court on Tuesday": a day or month after "on" is no part of it.
    if (t.lower === "on" && CALENDAR_WORDS.has(next!.lower)) return 0;
    if (isCapWord(next)) return 1;
    if (next!.lower === "the" && isCapWord(toks[i + 2]) && i + 2 < end) return 2;
    return 0;
  }
  // "Ministry of Labour, Invalids and Social Affairs" style: "and" inside an organisation name.
  if ((t.lower === "and" || t.text === "&") && hasHead && isCapWord(next)) {
    return ORG_HEADS.has(prev.lower) ? 0 : 1;
  }
  // "People’s Procuracy", "Vietnam Women’s Union".
  if (
    (t.text === "’s" || t.text === "'s" || t.text === "’" || t.text === "'") &&
    t.start === prev.end &&
    COLLECTIVE_POSSESSORS.has(prev.lower) &&
    isCapWord(next)
  )
    return 1;
  // "Osama bin Laden", "Ursula von der Leyen".
  if (t.kind === WORD && !t.cap && NAME_PARTICLES.has(t.lower) && isCapWord(next)) return 1;
  // "General Department 2 of …", "The 88 Project".
  if (
    t.kind === NUMBER &&
    (ORG_HEADS.has(prev.lower) || isCapWord(next)) &&
    t.start === prev.end + 1
  )
    return 1;
  return 0;
}

/**
 * Runs of capitalised words in tokens `[from, to)` (one sentence). Titles written with a stop
 * ("Dr.", "Lt. Gen.") stay inside the run, so that the name after them is found with its title.
 */
export function capitalisedRuns(toks: readonly Tok[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (!isCapWord(t)) {
      i++;
      continue;
    }
    const start = i;
    let hasHead = ORG_HEADS.has(t.lower);
    let j = i + 1;
    if (isDotAbbrev(toks, i)) j = i + 2;
    for (;;) {
      if (j >= to) break;
      const u = toks[j]!;
      if (isCapWord(u)) {
        if (ORG_HEADS.has(u.lower)) hasHead = true;
        j = isDotAbbrev(toks, j) ? j + 2 : j + 1;
        continue;
      }
      if (u.kind === PUNCT && !JOINING_PUNCT.has(u.text)) break;
      const n = joinAt(toks, j, to, hasHead);
      if (n === 0) break;
      if (JOINERS_AFTER_HEAD.has(u.lower)) hasHead = true;
      j += n;
    }
    // A trailing abbreviation stop belongs to a title only ("Mr." alone is not a run).
    let end = j;
    while (end > start && toks[end - 1]!.text === ".") end--;
    if (end - start === 1 && HONORIFIC.get(t.lower) !== undefined && !isCapWord(toks[end])) {
      i = j;
      continue;
    }
    out.push({ start, end });
    i = j;
  }
  return out;
}
