// Attribution carried by a noun, with the speaker as its possessor:
//   The ministry’s claim that no one is detained for their views was rejected by the group.
//   Hang’s assertion that trials are public drew criticism.
//   The lawyer drew criticism for her remark at the trial that “the court is not independent.”
//   The report contradicts the contention of the ministry that the detainees are well treated.
//   The lawyer’s answer was that the law is clear.
//   The lawyer made the point that the charge carries a heavy sentence.
//   The minister repeated his claim that no one is detained.     → the minister

import { PREPOSITIONS } from "../../../lexicon/function-words.js";
import { CLAIM_NOUNS, OWN_CLAIM_VERBS } from "../../../lexicon/speech-cues.js";
import { PUNCT, WORD, type Tok } from "../../../text/lex.js";
import { FINITE, pastTense, startsClause } from "../clause.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { npLeftOf, type TokSpan } from "../noun-phrase.js";
import { leftSpeaker } from "../speaker.js";
import { triggerMark } from "../trigger-marks.js";

/** Prepositions of a short adjunct between the noun and its clause ("… at the trial that"). */
const ADJUNCT_PREPOSITIONS = new Set(["at", "in", "on", "during", "before", "to"]);
/** Words in such an adjunct or in an "of"/"by" possessor, at most. */
const PHRASE_WORDS = 6;
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
/** What is made as a claim is: "made the point that …", "made the case that …". */
const MADE_POINTS = new Set(["point", "case", "argument"]);
const CLAIM_OR_POINT = triggerMark([...CLAIM_NOUNS, ...MADE_POINTS]);
const MAKE = new Set(["make", "makes", "made", "making"]);

export function nominal(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (let k = u.a + 2; k + 2 < u.b; k++) {
    if ((doc.marks[k]! & CLAIM_OR_POINT) === 0) continue;
    const t = toks[k]!;
    const made = MADE_POINTS.has(t.lower) ? madePoint(toks, k, u.a) : null;
    if (made === null && !CLAIM_NOUNS.has(t.lower)) continue;
    if (taken(doc, k) || doc.pieceOf[k]! >= 0) continue;
    const found = made ?? possessor(doc, k, u.a, u.b);
    if (found === null) continue;
    const { sp, that: a } = found;
    // "that" and a clause, not a relative clause on the noun ("the statement that was read").
    const first = toks[a + 1]!;
    if (!startsClause(first) || FINITE.has(first.lower) || pastTense(first.lower)) continue;
    // ("her view on bail is close to that of the prosecutor": a pronoun.)
    if (first.lower === "of" || PREPOSITIONS.has(first.lower)) continue;
    // The noun phrase is often a subject or an object: its clause ends at the next comma.
    // (A point made is the sentence's own object: its clause runs on as a reported one does.)
    const b = contentEnd(doc, u, a, { subordinate: made === null });
    if (b - a < 3) continue;
    const seg = trimSegment(doc.text, toks[a]!.start, toks[b - 1]!.end);
    if (seg === null) continue;
    const d: Draft = {
      segments: extendOverQuotes(doc, a, b, seg[0], seg[1]),
      speaker: spanOf(doc, sp),
      cue: spanOf(doc, { a: k, b: k + 1 }),
      form: null,
      rule: "08-nominal",
      groups: [],
      unit: ui,
    };
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

/**
 * Who holds the claim noun at `k` and where its "that" is: "X’s claim that", "her repeated
 * claim that", "her remark at the trial that", "the contention of X that".
 */
function possessor(
  doc: StatementDoc,
  k: number,
  floor: number,
  limit: number,
): { sp: TokSpan; that: number } | null {
  const toks = doc.toks;
  const after = toks[k + 1]!;
  // "the contention of the ministry that …", "a claim by state media that …".
  if (after.lower === "of" || after.lower === "by") {
    const that = thatWithin(toks, k + 2, limit);
    if (that < 0 || that === k + 2 || !/^(the|a|an)$/.test(toks[k - 1]?.lower ?? "")) return null;
    if (taken(doc, k + 2)) return null;
    return { sp: { a: k + 2, b: that }, that };
  }
  let that = -1;
  if (after.lower === "that") that = k + 1;
  // "The lawyer’s answer was that “the law is clear.”"
  else if (/^(was|is)$/.test(after.lower) && toks[k + 2]?.lower === "that") that = k + 2;
  else if (ADJUNCT_PREPOSITIONS.has(after.lower)) that = thatWithin(toks, k + 2, limit);
  if (that < 0) return null;
  // The possessor: "X’s claim", "X’s repeated claim", "her claim" (one modifier at most).
  let p = k - 1;
  if (toks[p]!.kind === WORD && !toks[p]!.cap && p - 1 > floor && possessive(toks[p - 1]!)) p--;
  const owner = toks[p]!;
  if (owner.kind === WORD && POSSESSIVE_PRONOUNS.has(owner.lower)) {
    if (taken(doc, p)) return null;
    // "The minister repeated his claim that …": the claim is the subject's, who speaks again.
    const again = OWN_CLAIM_VERBS.has(toks[p - 1]?.lower ?? "")
      ? leftSpeaker(toks, p - 1, floor)
      : null;
    return { sp: again ?? { a: p, b: p + 1 }, that };
  }
  if (!/^['’]s?$/.test(owner.text) || p - 1 < floor) return null;
  // (An adjunct only after a pronoun's claim, as the possessive's was always read without.)
  if (that !== k + 1 && toks[k + 1]!.lower !== "was" && toks[k + 1]!.lower !== "is") return null;
  const head = p - 1;
  if (!(toks[head]!.cap || toks[head]!.kind === WORD) || taken(doc, head)) return null;
  return { sp: npLeftOf(toks, head, floor), that };
}

/**
 * "The lawyer also made the point that …", "has made the case that …": the maker of the point
 * holds it.
 */
function madePoint(
  toks: readonly Tok[],
  k: number,
  floor: number,
): { sp: TokSpan; that: number } | null {
  if (toks[k + 1]!.lower !== "that" || toks[k - 1]!.lower !== "the") return null;
  const verb = k - 2;
  if (verb <= floor || !MAKE.has(toks[verb]!.lower)) return null;
  const sp = leftSpeaker(toks, verb, floor);
  return sp === null ? null : { sp, that: k + 1 };
}

function possessive(t: Tok): boolean {
  return /^['’]s?$/.test(t.text) || (t.kind === WORD && POSSESSIVE_PRONOUNS.has(t.lower));
}

/** "that" within a short phrase of words from `j`, with no punctuation or verb before it. */
function thatWithin(toks: readonly Tok[], j: number, limit: number): number {
  for (let i = j; i < Math.min(limit, j + PHRASE_WORDS + 1); i++) {
    const t = toks[i]!;
    if (t.kind === WORD && t.lower === "that") return i;
    if (t.kind === PUNCT && t.text !== "." && t.text !== "-") return -1;
    if (t.kind === WORD && FINITE.has(t.lower)) return -1;
  }
  return -1;
}
