// Cue verbs whose other sense takes a person as object: letting someone in, interrogating them,
// canvassing for a candidate.
//   The hospital admitted the prisoner on Monday.   → no statement
//   Police questioned him for six hours.            → no statement
//   The singer campaigned for Le Van Hoa in 2021.   → no statement (a cause would be one)
//   The ministry admitted the mistake.              → "the mistake"
//   Lawyers questioned the decision.                → "the decision"

import { DETERMINERS, OBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { WORD, type Tok } from "../../text/lex.js";
import { isRoleWord } from "../mentions/name-lexicon.js";
import { titleDot } from "./clause.js";
import type { Cue } from "./cues.js";

const PERSON_SENSE = new Set(["admit", "question", "defend"]);
/** Cue verbs whose governed preposition takes a person in their other sense. */
const PERSON_AFTER_PREPOSITION = new Set(["campaign"]);
/** Cue verbs whose other sense takes a place: "villagers defended their land". */
const PLACE_SENSE = new Set(["defend"]);
const PLACES = new Set(
  "land lands home homes house houses farm farms village villages border borders territory city town country homeland post base pagoda church temple".split(
    " ",
  ),
);

/** The object at `j` is a place held against force ("defended their land"), not a position. */
function placeObject(toks: readonly Tok[], j: number, limit: number): boolean {
  for (let k = j; k < Math.min(limit, j + 4); k++) {
    const w = toks[k]!;
    if (w.kind !== WORD) return false;
    if (PLACES.has(w.lower)) return !possessiveAt(toks[k + 1]) && toks[k + 1]?.lower !== "of";
  }
  return false;
}

function possessiveAt(t: Tok | undefined): boolean {
  return t !== undefined && /^['’]s?$/.test(t.text);
}

/** Cue `c`, with its object at `j`, is used in its sense that takes a person. */
export function takesPerson(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  if (!PERSON_SENSE.has(c.form.lemma) || j !== c.tokEnd) return false;
  if (PLACE_SENSE.has(c.form.lemma) && placeObject(toks, j, limit)) return true;
  return personAt(toks, j, limit);
}

/** "campaigned for Le Van Hoa": the preposition's object at `j` is a person, not a cause. */
export function prepositionTakesPerson(
  toks: readonly Tok[],
  c: Cue,
  j: number,
  limit: number,
): boolean {
  return PERSON_AFTER_PREPOSITION.has(c.form.lemma) && personAt(toks, j, limit);
}

function personAt(toks: readonly Tok[], j: number, limit: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || j >= limit) return false;
  if (OBJECT_PRONOUNS.has(t.lower)) return true;
  // "questioned Le Van Tam for six hours" (not "questioned Hanoi's record").
  if (t.cap) {
    let k = j;
    // ("Mr. Trump's veracity": a title's stop inside the name.)
    while (k < limit && ((toks[k]!.kind === WORD && toks[k]!.cap) || titleDot(toks, k))) k++;
    return !possessiveAt(toks[k]);
  }
  // "admitted the prisoner", "questioned two activists" (not "the lawyer's account").
  if (!DETERMINERS.has(t.lower)) return false;
  for (let k = j + 1; k < Math.min(limit, j + 3); k++) {
    const w = toks[k]!;
    if (w.kind !== WORD) return false;
    const singular = w.lower.endsWith("s") ? w.lower.slice(0, -1) : w.lower;
    if (isRoleWord(w.lower) || isRoleWord(singular))
      return !possessiveAt(toks[k + 1]) && toks[k + 1]?.lower !== "of";
  }
  return false;
}
