// Attributions that name no source, in the two forms news uses most:
//   Asked whether he would appeal, Mr. Tri said no.              → the question put to him
//   When asked by reporters about the verdict, the lawyer …      → the reporters' question
//   The court is expected to announce the verdict on Friday.      → an expectation of no one named
// The first gives the question (its asker when "by …" names one); the second the whole clause,
// subject included, since what is expected is the subject's doing.

import { PREPOSITIONS } from "../../../lexicon/function-words.js";
import { WORD, type Tok } from "../../../text/lex.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc, Unit } from "../find.js";
import { rightSpeaker } from "../speaker.js";
import { triggerMark } from "../trigger-marks.js";
import type { Span } from "../../../types.js";

const QUESTION_OPENERS = new Set(["about", "whether", "if", "what", "why", "how", "when", "who"]);
const BE = new Set(["is", "are", "was", "were"]);
const PASSIVE_BE = new Set([...BE, "been", "being"]);
const ASKED_MARK = triggerMark(["asked"]);
const BE_MARK = triggerMark(BE);
const PASSIVE_BE_MARK = triggerMark(PASSIVE_BE);
const EXPECTED_ADVERBS = new Set(["widely", "also", "now", "still", "generally", "largely"]);
const ASKED_ADVERBS = new Set(["also", "later", "again", "then", "once", "never", "not", "first"]);
const OPENING_WORDS = new Set(["and", "but", "so", "yet", "still", "now", "meanwhile"]);

export function draftOf(
  doc: StatementDoc,
  ui: number,
  a: number,
  b: number,
  cue: Span,
  speaker: Span | null,
): Draft | null {
  const toks = doc.toks;
  if (b - a < 2) return null;
  const seg = trimSegment(doc.text, toks[a]!.start, toks[b - 1]!.end);
  if (seg === null) return null;
  return {
    segments: extendOverQuotes(doc, a, b, seg[0], seg[1]),
    speaker,
    cue,
    form: null,
    rule: "09-unsourced",
    groups: [],
    unit: ui,
  };
}

/** "Asked whether …," / "when asked by X about …,": the question, to the clause's comma. */
function asked(doc: StatementDoc, ui: number, u: Unit, k: number): Draft | null {
  const toks = doc.toks;
  const t = toks[k]!;
  // "Asked whether …", "When asked …", and "…, the minister said when asked by journalists whether …".
  const opens = k === u.a || (k > u.a && /^(when|after|once)$/i.test(toks[k - 1]!.text));
  if (!opens || t.lower !== "asked" || taken(doc, k)) return null;
  return question(doc, ui, u, k, k);
}

/**
 * "he was asked what became of the vote", "she has been asked whether …": the question put
 * to the subject, by no one named (or by the "by …" phrase).
 */
function passiveAsked(doc: StatementDoc, ui: number, u: Unit, k: number): Draft | null {
  const toks = doc.toks;
  if (!PASSIVE_BE.has(toks[k]!.lower)) return null;
  let e = k + 1;
  while (e < u.b && (ASKED_ADVERBS.has(toks[e]!.lower) || /ly$/.test(toks[e]!.lower))) e++;
  if (toks[e]?.lower !== "asked" || taken(doc, e) || taken(doc, k)) return null;
  return question(doc, ui, u, k, e);
}

/** The question after "asked" at `k` (the cue from `cueStart`), to the clause's comma. */
function question(
  doc: StatementDoc,
  ui: number,
  u: Unit,
  cueStart: number,
  k: number,
): Draft | null {
  const toks = doc.toks;
  let j = k + 1;
  let speaker: Span | null = null;
  // "asked by host John Dickerson": the asker.
  if (toks[j]?.lower === "by") {
    let e = j + 1;
    while (e < u.b && toks[e]!.kind === WORD && !QUESTION_OPENERS.has(toks[e]!.lower)) e++;
    const sp = rightSpeaker(toks, j + 1, e);
    if (sp === null) return null;
    speaker = spanOf(doc, sp);
    j = sp.b;
  }
  // "He was asked, “Would you have told her?”": the question quoted.
  let q = j;
  if (q < u.b && /^[,:]$/.test(toks[q]!.text)) q++;
  const piece = q < u.b ? doc.pieceOf[q]! : -1;
  if (piece >= 0 && toks[q]!.kind !== WORD) {
    let e = q;
    while (e + 1 < u.b && doc.pieceOf[e + 1] === piece) e++;
    return draftOf(doc, ui, q, e + 1, spanOf(doc, { a: cueStart, b: k + 1 }), speaker);
  }
  // "asked at a press conference on Friday in Hanoi about …": the occasion is not the question.
  while (j < u.b && toks[j]!.kind === WORD && !QUESTION_OPENERS.has(toks[j]!.lower)) {
    if (!PREPOSITIONS.has(toks[j]!.lower) && !toks[j]!.cap && j === k + 1) break;
    j++;
  }
  if (j >= u.b || !QUESTION_OPENERS.has(toks[j]!.lower) || j - k > 12) return null;
  const b = contentEnd(doc, u, j, { subordinate: true });
  return draftOf(doc, ui, j, b, spanOf(doc, { a: cueStart, b: k + 1 }), speaker);
}

export const CLAUSE_BOUNDS = new Set(["who", "which", "that"]);
const PERSONAL_SUBJECTS = new Set(["he", "she", "they", "we", "i"]);
const SUBORDINATORS = new Set(["while", "as", "because", "when", "where", "if", "though", "since"]);

/**
 * Where the subject of the verb at `v` starts: the clause it is in ("…, and Trump is expected",
 * "voters who are expected") or, for a sentence's main clause, past an opening phrase.
 */
export function subjectStart(toks: readonly Tok[], u: Unit, v: number): number {
  // "… at the hearing where he is widely expected to plead guilty": a subject pronoun is the whole subject
  // (not "it" or "you", which may be the object of a verb before: "whoever shared it is …").
  if (v - 1 > u.a && PERSONAL_SUBJECTS.has(toks[v - 1]!.lower)) return v - 1;
  for (let k = v - 1; k >= Math.max(u.a, v - 12); k--) {
    const t = toks[k]!;
    if (t.text === ",") {
      let a = k + 1;
      while (a < v && toks[a]!.kind === WORD && OPENING_WORDS.has(toks[a]!.lower)) a++;
      return a < v ? a : v;
    }
    if (t.kind !== WORD) continue;
    if (CLAUSE_BOUNDS.has(t.lower)) return k;
    if (SUBORDINATORS.has(t.lower)) return k + 1;
  }
  let a = u.a;
  while (a < v && toks[a]!.kind === WORD && OPENING_WORDS.has(toks[a]!.lower)) a++;
  const first = toks[a];
  if (first === undefined || first.kind !== WORD) return a;
  const opener = PREPOSITIONS.has(first.lower) || (!first.cap && /ly$/.test(first.lower));
  if (!opener) return a;
  for (let k = a + 1; k < v; k++) if (toks[k]!.text === ",") return k + 1;
  return a;
}

/** "X is (widely) expected to …": the clause, subject included, with no one as its source. */
function expected(doc: StatementDoc, ui: number, u: Unit, k: number): Draft | null {
  const toks = doc.toks;
  if (!BE.has(toks[k]!.lower) || k === u.a) return null;
  let e = k + 1;
  while (e < u.b && EXPECTED_ADVERBS.has(toks[e]!.lower)) e++;
  if (toks[e]?.lower !== "expected" || e + 1 >= u.b) return null;
  // "as expected", "than expected" are comparisons; "expected that" has an agent elsewhere.
  const next = toks[e + 1]!;
  if (next.kind !== WORD || next.lower === "that" || next.lower === "by") return null;
  for (let j = k; j <= e; j++) if (taken(doc, j) || doc.pieceOf[j]! >= 0) return null;
  const a = subjectStart(toks, u, k);
  if (a >= k || taken(doc, a)) return null;
  // "the hearing, which is expected to last one day, would be closed": a relative clause ends at
  // its comma.
  const b = contentEnd(doc, u, e + 1, { subordinate: CLAUSE_BOUNDS.has(toks[a]!.lower) });
  if (b <= e + 1) return null;
  return draftOf(doc, ui, a, b, spanOf(doc, { a: k, b: e + 1 }), null);
}

export function unsourced(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const out: Draft[] = [];
  for (let k = u.a; k < u.b; k++) {
    if ((doc.marks[k]! & ASKED_MARK) === 0) continue;
    const d = asked(doc, ui, u, k);
    if (d !== null) {
      claimDraft(doc, d);
      out.push(d);
      break;
    }
  }
  for (let k = u.a + 1; k + 2 < u.b; k++) {
    if ((doc.marks[k]! & BE_MARK) === 0) continue;
    const d = expected(doc, ui, u, k);
    if (d === null) continue;
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

/**
 * Questions put to someone in the passive, read before the reported-speech rule so that a cue
 * inside the question ("was asked whether he had written …") does not take it apart.
 */
export function passiveQuestions(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const out: Draft[] = [];
  for (let k = u.a + 1; k + 2 < u.b; k++) {
    if ((doc.marks[k]! & PASSIVE_BE_MARK) === 0) continue;
    const d = passiveAsked(doc, ui, u, k);
    if (d === null) continue;
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}
