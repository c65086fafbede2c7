// Reported (indirect) speech and mixed quotes, in the three positions news puts the attribution:
//   Hang said Vietnam would take part in the next round of talks.      → forward
//   Mr. Dung then affirmed that he had broken no law.                  → forward, explicit "that"
//   The trial was a farce, his lawyer said on Thursday.                → end-attributed
//   The trial was a farce, said the lawyer.                            → end-attributed, inverted
//   The verdict, the lawyer said, had been written in advance.         → parenthetical: two segments
//   The ministry said the activist had “violated the law”.             → mixed (kind from the marks)

import { MONTHS } from "../../../lexicon/function-words.js";
import { DOCUMENT_NOUNS } from "../../../lexicon/speech-cues.js";
import { PUNCT, WORD, type Tok, wordCount } from "../../../text/lex.js";
import { asksAnonymity } from "../anonymity.js";
import { skipAdjuncts } from "../bridge.js";
import type { Cue } from "../cues.js";
import { afterAppositive, contentEnd, extendOverQuotes } from "../content.js";
import { verbBetween } from "../object-end.js";
import { commaBeforeClause, mainClauseStart, pastParenthesis } from "../clause-after-comma.js";
import { dashAt, dashGoesOn } from "../dashes.js";
import { withoutTrailingChannel } from "../trailing-channel.js";
import {
  forwardContent,
  gapContent,
  objectGapContent,
  quotedNameEnd,
  type Forward,
} from "../content-start.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { type TokSpan } from "../noun-phrase.js";
import { opensSharedClause } from "../shared-subject.js";
import { isCommaLike, leftSpeaker, rightSpeaker } from "../speaker.js";
import { skipTimeBack } from "../time-phrase.js";

const GAP_LEADS = new Set(["which", "that", "who", "what"]);

const END = new Set([".", "!", "?", "…", ")", "”", '"', "’"]);

/** Where the left context of token `k` stops: the unit start or the last claimed token. */
function floorOf(doc: StatementDoc, unitStart: number, k: number): number {
  let f = k;
  while (f > unitStart && !taken(doc, f - 1)) f--;
  return f;
}

/** After the cue (and speaker, if inverted), only adjuncts and the sentence end remain? */
function endsHere(
  toks: readonly Tok[],
  from: number,
  limit: number,
  c: Cue,
): { end: boolean; resume: number } {
  let j = skipAdjuncts(toks, from, limit, c.form);
  // "… said in a letter sent to the court on Monday.": a participle describing the channel.
  if (j < limit && toks[j]!.kind === WORD && !toks[j]!.cap && /ed$/.test(toks[j]!.lower))
    j = skipAdjuncts(toks, j + 1, limit, null);
  // "It is the court's duty, he said, to hear …", "…, Hoa said, since most of them live
  // downstream": a clause goes on past the comma, so the comma closed the attribution.
  if (j < limit && toks[j]!.kind === WORD && !toks[j]!.cap && toks[j]!.lower !== "that")
    j = commaBeforeClause(toks, from, j);
  // "…, said Mr. Binh (a view every lawyer shares).": an aside in parentheses right after.
  if (j === from) j = pastParenthesis(toks, j, limit);
  while (j < limit && END.has(toks[j]!.text)) j++;
  // "…, he said; his agents found them …": a semicolon closes the attribution.
  if (j >= limit || toks[j]!.text === ";") return { end: true, resume: -1 };
  if (toks[j]!.text === ",") {
    const n = toks[j + 1];
    // ", adding …" / ", according to …": a new attribution follows, this one is done.
    if (n !== undefined && n.kind === WORD && /ing$/.test(n.lower))
      return { end: true, resume: -1 };
    // ", on condition of anonymity." — only an adjunct after the comma: nothing resumes.
    let e = skipAdjuncts(toks, j + 1, limit, null);
    while (e < limit && END.has(toks[e]!.text)) e++;
    if (e >= limit) return { end: true, resume: -1 };
    return { end: true, resume: j + 1 };
  }
  return { end: false, resume: -1 };
}

function segmentOf(doc: StatementDoc, a: number, b: number): [number, number] | null {
  if (a >= b) return null;
  return trimSegment(doc.text, doc.toks[a]!.start, doc.toks[b - 1]!.end);
}

/**
 * Where content before an end attribution may start: "In Quang Tri, a district the union
 * expected to win with ease, turnout will decide it, the organiser said" holds a nested
 * statement ("expected …"), so this passes back over what other statements took, to a quotation,
 * a claimed stop or the unit start.
 */
function nestedFloor(doc: StatementDoc, unitStart: number, floor: number): number {
  const toks = doc.toks;
  // An attribution set off by commas ("…, his lawyer said, …", "according to X,") is a
  // statement of its own before this one: its taken words touch a comma.
  const setOff = (k: number) =>
    taken(doc, k) && (toks[k + 1]?.text === "," || toks[k - 1]?.text === ",");
  let f = floor;
  while (f > unitStart && doc.pieceOf[f - 1]! < 0) {
    const t = toks[f - 1]!;
    if ((t.kind === PUNCT && taken(doc, f - 1)) || setOff(f - 1)) break;
    f--;
  }
  return f;
}

/** Indirect and mixed statements of unit `ui`. */
export function reportedSpeech(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (const c of doc.cues[ui]!) {
    if (taken(doc, c.tok) || asksAnonymity(toks, c.tok, c.tokEnd)) continue;
    const floor = floorOf(doc, u.a, c.tok);
    const found = leftSpeaker(toks, c.tok, floor);
    // "When asked if …": a subordinator is no subject (rule 09 reads the question).
    const sp = found !== null && isSubordinator(toks, found) ? null : found;
    // "…, saying she applauded him", "… and said she applauded him": the clause is what the
    // cue before it reports, for the sentence's subject (rule 05).
    if (sp !== null && opensSharedClause(doc, ui, sp)) continue;
    let d: Draft | null = null;
    if (sp !== null) {
      const commaBefore = sp.a - 1 >= floor && isCommaLike(toks, sp.a - 1);
      const objectGap = objectGapContent(doc, c, sp.a, u.b);
      const gap = objectGap >= 0 ? objectGap : gapContent(doc, c, sp.a, u.b);
      // "which critics say was her best speech": the relative word is content too, before the
      // attribution that interrupts its clause.
      const lead = sp.a - 1;
      const leads = gap >= 0 && GAP_LEADS.has(toks[lead]!.lower) && !taken(doc, lead);
      // "which the mayor called “a disgrace,” blaming …": the quoted name is all of it.
      const named = objectGap >= 0 ? quotedNameEnd(doc, objectGap) : -1;
      const fw: Forward | null =
        gap >= 0
          ? {
              a: gap,
              cueEnd: c.tokEnd,
              object: false,
              ...(leads ? { lead } : {}),
              ...(named >= 0 ? { proFormEnd: named } : {}),
            }
          : forwardContent(doc, c, u.b);
      const tail = endsHere(toks, c.tokEnd, u.b, c);
      // "The trial was unfair, his lawyer said." — only verbs that report content do this.
      const reports = c.form.frames.has("that") || c.form.frames.has("quote");
      // "…, as the lawyer said." / "As Clyburn noted, those voters …": "as" sets the
      // attribution off like a comma.
      const as = sp.a - 1 >= floor && toks[sp.a - 1]!.lower === "as" && reports && tail.end;
      // "…, which have ruled against the plan.": a relative word after a comma opens a clause
      // about the noun before it; it is no speaker of what precedes.
      const relativeWord = sp.b - sp.a === 1 && /^(who|which|whom)$/.test(toks[sp.a]!.lower);
      if (commaBefore && tail.end && reports && !relativeWord)
        d = endAttributed(
          doc,
          ui,
          nestedFloor(doc, u.a, floor),
          sp.a - 1,
          sp,
          c,
          tail.resume,
          false,
        );
      else if (as && sp.a - 2 >= floor && isCommaLike(toks, sp.a - 2))
        d = endAttributed(doc, ui, floor, sp.a - 2, sp, c, -1, false);
      else if (as && tail.resume > 0 && openingAs(toks, floor, sp.a - 1))
        d = forward(doc, ui, sp, c, { a: tail.resume, cueEnd: c.tokEnd, object: false }, false);
      else if (
        fw !== null &&
        (!c.form.gerund || progressive(toks, c, sp) || documentGerund(toks, c, sp)) &&
        !(fw.governed === true && reportedBefore(doc, ui, c))
      ) {
        // "…, who endorsed Cruz in May, …": relative clauses that evaluate rather than report
        // are description, and any relative clause ends at its comma.
        const relative = sp.b - sp.a === 1 && /^(who|which|that)$/.test(toks[sp.a]!.lower);
        const weak = c.form.cls === "evaluation" || c.form.cls === "intention";
        if (!(relative && weak))
          d = forward(
            doc,
            ui,
            sp,
            c,
            fw,
            relative || gap >= 0 || subordinate(toks, sp, floor) || documentGerund(toks, c, sp),
          );
      }
    } else if (
      floor < c.tok &&
      isCommaLike(toks, c.tok - 1) &&
      // (Not "…, among others, reject the term": only a reporting verb comes before its speaker.)
      (c.form.frames.has("that") || c.form.frames.has("quote"))
    ) {
      // "…, said the spokesperson." — the speaker comes after the cue.
      const rs = rightSpeaker(toks, c.tokEnd, u.b);
      if (rs !== null && !c.form.gerund) {
        const tail = endsHere(toks, rs.b, u.b, c);
        if (tail.end)
          d = endAttributed(
            doc,
            ui,
            nestedFloor(doc, u.a, floor),
            c.tok - 1,
            rs,
            c,
            tail.resume,
            true,
          );
      }
    }
    // "…, clapping, singing and chanting.": a verb of manner ("sang", "shouted") that reports
    // only quotations reports nothing without one.
    const quoteOnly = c.form.frames.size === 1 && c.form.frames.has("quote");
    if (d !== null && quoteOnly && !quotes(doc, d)) d = null;
    if (d !== null) {
      claimDraft(doc, d);
      out.push(d);
    }
  }
  return out;
}

/**
 * "The union said some of the workers would march for Hoa": a cue governing a
 * preposition after a reporting verb of the same sentence is inside what was reported.
 */
function reportedBefore(doc: StatementDoc, ui: number, c: Cue): boolean {
  for (const o of doc.cues[ui]!) {
    if (o.tok >= c.tok) break;
    const reports = o.form.frames.has("that") || o.form.bare;
    if (reports && (o.form.cls === "speech" || o.form.cls === "writing")) return true;
  }
  return false;
}

/** Some token of the draft's content lies inside a quotation. */
function quotes(doc: StatementDoc, d: Draft): boolean {
  for (const [a, b] of d.segments) {
    for (let k = doc.idx.tokenAt(a); k < doc.toks.length && doc.toks[k]!.start < b; k++)
      if (doc.pieceOf[k]! >= 0) return true;
  }
  return false;
}

/** "As …" opens the sentence (past "But", "And"). */
function openingAs(toks: readonly Tok[], floor: number, k: number): boolean {
  let j = floor;
  while (j < k && toks[j]!.kind === WORD && /^(but|and|so|yet)$/i.test(toks[j]!.text)) j++;
  return j === k;
}

/** "no polls showing Trump ahead": a document's participle right after the document. */
function documentGerund(toks: readonly Tok[], c: Cue, sp: TokSpan): boolean {
  return (
    c.form.gerund &&
    c.form.cls === "evidence" &&
    sp.b === c.tok &&
    DOCUMENT_NOUNS.has(toks[c.tok - 1]!.lower)
  );
}

/** "Trump is telling voters that …": a gerund after "is" is a finite verb, not a participle. */
function progressive(toks: readonly Tok[], c: Cue, sp: TokSpan): boolean {
  for (let k = c.tok - 1; k >= sp.b; k--) {
    const w = toks[k]!.lower;
    if (/^(is|are|was|were|been|be|’s|'s|am)$/.test(w)) return true;
  }
  return false;
}

const SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "when",
  "whenever",
  "if",
  "as",
  "because",
  "since",
  "after",
  "before",
  "until",
  "unless",
  "whereas",
  "once",
]);

// "If the province acts alone, he argued, it will lose markets": a condition is part of the claim.
const CONDITIONS = new Set(["if", "unless"]);

function isSubordinator(toks: readonly Tok[], sp: TokSpan): boolean {
  return sp.b - sp.a === 1 && SUBORDINATORS.has(toks[sp.a]!.lower);
}

/** "While some say …, …": the attribution sits in a subordinate clause. */
function subordinate(toks: readonly Tok[], sp: TokSpan, floor: number): boolean {
  const k = sp.a - 1;
  if (k >= floor && toks[k]!.kind === WORD && SUBORDINATORS.has(toks[k]!.lower)) return true;
  // "While he struggles to persuade voters that he understands their fear, Emanuel said …": the
  // sentence opens with a subordinator and no comma has closed its clause yet.
  const first = toks[floor];
  if (first === undefined || first.kind !== WORD || !SUBORDINATORS.has(first.lower)) return false;
  for (let j = floor + 1; j < sp.a; j++) if (toks[j]!.text === "," || dashAt(toks, j)) return false;
  return true;
}

function forward(
  doc: StatementDoc,
  ui: number,
  sp: TokSpan,
  c: Cue,
  fw: Forward,
  sub: boolean,
): Draft | null {
  const u = doc.units[ui]!;
  const { a, cueEnd } = fw;
  const pro = fw.proFormEnd;
  let b =
    pro !== undefined && pro >= 0
      ? pro
      : contentEnd(doc, u, a, { subordinate: sub, object: fw.object });
  // "endorsed Cruz last week": a time phrase ending an object is when, not what.
  if (fw.object) b = withoutTrailingTime(doc, a, b);
  // "denounced the decree in their weekly radio appearance", "declined to comment for this story".
  // ("explained his decision in an appearance on VTV": a noun phrase without a verb too.)
  const nounPhrase = !verbBetween(doc.toks, a - 1, b);
  if (fw.object || nounPhrase || doc.toks[a]!.lower === "to") b = withoutTrailingChannel(doc, a, b);
  // "endorsed Cruz", "backed her": one word is a whole object when it names someone.
  const named = fw.object && (doc.toks[a]!.cap || /^(him|her|them)$/.test(doc.toks[a]!.lower));
  if (wordCount(doc.toks, a, b) < (pro !== undefined || named || fw.lead !== undefined ? 1 : 2))
    return null;
  const seg = segmentOf(doc, a, b);
  if (seg === null) return null;
  const segments = extendOverQuotes(doc, a, b, seg[0], seg[1]);
  if (fw.lead !== undefined) {
    const t = doc.toks[fw.lead]!;
    segments.unshift([t.start, t.end]);
  }
  return {
    segments,
    speaker: spanOf(doc, sp),
    cue: spanOf(doc, { a: c.tok, b: cueEnd }),
    form: c.form,
    rule: "04-forward",
    groups: [],
    unit: ui,
  };
}

/** `[a, b)` without a time phrase at its end ("… Cruz last week."), quotations left alone. */
function withoutTrailingTime(doc: StatementDoc, a: number, b: number): number {
  let e = b - 1;
  while (e > a && doc.toks[e]!.kind === PUNCT && doc.pieceOf[e]! < 0) e--;
  if (doc.pieceOf[e]! >= 0) return b;
  // ("announced his candidacy in June 2015": the year after its month.)
  const year =
    /^(19|20)\d\d$/.test(doc.toks[e]!.text) && Object.hasOwn(MONTHS, doc.toks[e - 1]?.lower ?? "");
  if (year) e--;
  const back = skipTimeBack(doc.toks, e, a);
  return back < e ? back + 1 : year ? e + 1 : b;
}

function endAttributed(
  doc: StatementDoc,
  ui: number,
  floor: number,
  comma: number,
  sp: TokSpan,
  c: Cue,
  resume: number,
  inverted: boolean,
): Draft | null {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  // Content before: from the unit start, or the last dash or semicolon, to the comma.
  // A pair of dashes ("costs -- health care, energy -- which makes …") is a parenthesis, and a
  // dash before "but" or "and" goes on with the same content.
  let a = floor;
  for (let k = comma - 1; k > floor; k--) {
    const x = toks[k]!.text;
    if (doc.pieceOf[k]! >= 0) continue;
    if (x === ";" || x === ":") {
      a = k + 1;
      break;
    }
    if (!dashAt(toks, k)) continue;
    if (dashGoesOn(toks, k)) continue;
    const after = toks[k + 1]?.text === "-" ? k + 2 : k + 1;
    let open = k - 1;
    while (open > floor && !(dashAt(toks, open) && toks[open]!.text === x)) open--;
    if (open > floor) {
      k = open;
      continue;
    }
    a = after;
    break;
  }
  while (a < comma && toks[a]!.kind === WORD && /^(but|and|so|yet)$/.test(toks[a]!.lower)) a++;
  // "Yet, her aides say, Syria remains a priority": only the conjunction stands before.
  const before = wordCount(toks, a, comma);
  if (before < 1 && (resume < 0 || inverted)) return null;
  // Content before the attribution is a clause ("Likewise, Vietnam rejected it." is not one),
  // unless the attribution interrupts it ("Voters, Clinton suggested, need not worry").
  // "…, said Rob Egge, executive director of the fund, …": his appositive is not content.
  let from = resume;
  for (let n = 0; inverted && from >= 0 && from < u.b && n < 3; n++) {
    const next = afterAppositive(toks, from, u.b);
    if (next < 0) break;
    from = next < u.b ? next : -1;
  }
  // "…, whose members lobby all campaigns": a relative clause about the speaker, not content.
  if (inverted && from >= 0 && /^(who|whose|which|where)$/.test(toks[from]?.lower ?? "")) from = -1;
  const resumes = from >= 0 && from < u.b;
  if (before < 3 && !resumes) return null;
  const segs: [number, number][] = [];
  // "When asked about the raid, the minister said, “…”": the question's clause is not the answer.
  const lead = toks[a]!;
  const question =
    resumes &&
    lead.kind === WORD &&
    ((SUBORDINATORS.has(lead.lower) && !CONDITIONS.has(lead.lower)) || lead.lower === "asked");
  // "As the sea fills with bases, it is his job, he said, to …": the main clause after the
  // subordinate one is content.
  const main = question ? mainClauseStart(doc, a, comma) : a;
  const s1 = before > 0 && main >= 0 ? segmentOf(doc, main, comma) : null;
  if (s1 !== null) segs.push(...extendOverQuotes(doc, main, comma, s1[0], s1[1]));
  if (resumes) {
    const b = contentEnd(doc, u, from);
    if (wordCount(toks, from, b) >= 2) {
      const s2 = segmentOf(doc, from, b);
      if (s2 !== null) segs.push(s2);
    }
  }
  if (segs.length === 0) return null;
  return {
    segments: segs,
    speaker: spanOf(doc, sp),
    cue: spanOf(doc, { a: c.tok, b: c.tokEnd }),
    form: c.form,
    rule: resumes ? "04-parenthetical" : "04-end",
    groups: [],
    unit: ui,
  };
}
