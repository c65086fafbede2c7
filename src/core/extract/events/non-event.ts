// Clauses that name an event without reporting one: a condition, a possibility, a denial, a
// demand ("if convicted", "could face arrest", "no one is arrested", "requested her immediate
// release"), what is feared ("the risk of arrest") or yet to come ("after his release", told of
// the future).

import { NON_EVENT_CUES } from "../../lexicon/event-triggers.js";
import { isSpace } from "../../text/chars.js";
import { tailStart } from "../../text/tail-start.js";
import type { Span } from "../../types.js";
import type { TriggerHit } from "./find.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import { HeadWords } from "./letter-pairs.js";

const NON_EVENT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NON_EVENT_CUES]
    .sort((a, b) => b.length - a.length)
    // "on May 30 last year and indicted …": the month, not the modal.
    .map((c) => (c === "may" ? "may(?!\\s+\\p{N})" : escapeRegExp(c)))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);
/** Clause boundaries a non-event cue does not reach across. */
const CLAUSE_BREAK = /[;:,“”"()]|\b(?:but|while|after|when|since|because|who|which)\b/giu;
/** How many words before the trigger a non-event cue may stand. */
const CUE_WINDOW = 6;
/** "the risk of arrest": the trigger names what is feared. */
const RISK_OF = /\b(?:risk|fear|threat|danger)\s+of\s*$/i;

/**
 * True when the trigger sits in a clause that does not report an event: a condition, a
 * possibility, a denial, a demand ("if convicted", "could face arrest", "no one is arrested",
 * "requested her immediate release", "awaiting trial").
 */
export function isNonEvent(text: string, sentence: Span, hit: TriggerHit): boolean {
  // Only the last CUE_WINDOW words can hold a cue: a clause break before them changes nothing,
  // so the scan starts just before them (at a space, where the regexes read the same).
  const start = tailStart(text, sentence.start, hit.start, CUE_WINDOW);
  return (
    // Most triggers have no cue's first word before them: no clause breaks or window to read.
    (mayHoldCue(text, start, hit.start) && cueInClause(text, start, hit.start)) ||
    (endsWithOf(text, sentence.start, hit.start) &&
      RISK_OF.test(text.slice(tailStart(text, sentence.start, hit.start, 2), hit.start))) ||
    (hit.form === "noun" && yetToCome(text, sentence, hit)) ||
    (hit.type === "appeal" && PLEA.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40))))
  );
}

/** "I appeal to them not to vote …", "appealed to the public for calm": a plea, not a court's. */
const PLEA =
  /^\s+to\s+(?:them|him|her|us|you|everyone|the\s+public|people|voters|all|the\s+international\s+community)\b/i;

/**
 * Whether a cue stands in the last CUE_WINDOW words of `text[start, at)` after its last clause
 * break. The window's words are runs of the text after `start` (its first word starts at
 * `start`, a clause break or a space), so a cue word found by `mayHoldCue` in the window is found
 * from `start` too: the check above loses nothing.
 */
function cueInClause(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    from = m.index + m[0].length;
  // The last CUE_WINDOW words after the break, joined by single spaces.
  const stop = start + from;
  let window = "";
  let end = at;
  for (let n = 0; n < CUE_WINDOW; n++) {
    while (end > stop && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === stop) break;
    let wordStart = end;
    while (wordStart > stop && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, end);
    window = n === 0 ? word : `${word} ${window}`;
    end = wordStart;
  }
  return mayHoldCue(text, end, at) && NON_EVENT_RE.test(window);
}

/**
 * Whether `text[floor, end)` ends with "of" (any case) and white space, as every `RISK_OF` match
 * does: most triggers follow no "of", and skip the slice and the pattern.
 */
export function endsWithOf(text: string, floor: number, end: number): boolean {
  let i = end;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return (
    i - 2 >= floor &&
    (text.charCodeAt(i - 2) | 0x20) === 0x6f &&
    (text.charCodeAt(i - 1) | 0x20) === 0x66
  );
}

/** "after his release", "upon her arrest": a time told by someone's event. */
const WHEN_POSSESSED = /\b(?:after|upon|following|until|before)\s+(?:his|her|their)\s+$/iu;
/** Marks a clause does not reach back across. */
const CLAUSE_MARKS = ';:“”"';
/** A verb of the clause that tells what is yet to come. */
const FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to)\b|['’]ll\b/iu;

/**
 * "He will serve three years of probation after his release": an event that times something yet
 * to come has not happened either.
 */
function yetToCome(text: string, sentence: Span, hit: TriggerHit): boolean {
  const lead = text.slice(Math.max(sentence.start, hit.start - 24), hit.start);
  if (!WHEN_POSSESSED.test(lead)) return false;
  let from = hit.start - lead.length;
  while (from > sentence.start && !CLAUSE_MARKS.includes(text[from - 1]!)) from--;
  return FUTURE.test(text.slice(from, hit.start));
}

/** The first words of the non-event cues ("could", "no" of "no one", "n" of "n't"). */
const CUE_HEADS = new HeadWords(NON_EVENT_CUES.map((c) => /^[a-z]+/.exec(c)![0]));

/**
 * Whether `text[from, to)` has a word a non-event cue starts with: if not, `NON_EVENT_RE` cannot
 * match the window of its words.
 */
const mayHoldCue = (text: string, from: number, to: number): boolean =>
  CUE_HEADS.mayHold(text, from, to);
