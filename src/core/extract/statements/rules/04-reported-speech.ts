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
import type { Cue } from "../cues.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { hasFiniteVerb } from "../clause.js";
import { verbBetween } from "../object-end.js";
import { dashAt } from "../dashes.js";
import { relativeIssuer } from "../issued-document.js";
import { innerReport } from "../inner-report.js";
import { withoutTrailingChannel } from "../trailing-channel.js";
import {
  forwardContent,
  gapContent,
  objectGapContent,
  quotedNameEnd,
  type Forward,
} from "../content-start.js";
import { claimDraft, segmentOf, spanOf, taken, type Draft } from "../draft.js";
import {
  endAttributed,
  endsHere,
  nestedFloor,
  invertedWithClause,
  pastSpeakerClause,
  SUBORDINATORS,
} from "../end-attribution.js";
import type { StatementDoc } from "../find.js";
import { type TokSpan } from "../noun-phrase.js";
import { opensSharedClause } from "../shared-subject.js";
import { isCommaLike, leftSpeaker, rightSpeaker } from "../speaker.js";
import { skipTimeBack } from "../time-phrase.js";

/** Requests made of someone, which a relative clause reports as its antecedent's words. */
const REQUESTS: ReadonlySet<string> = new Set(["urge", "exhort", "implore", "request"]);

/** "urged", "called on" (not "called for" or "called it …"). */
const isRequest = (toks: readonly Tok[], c: Cue): boolean =>
  REQUESTS.has(c.form.lemma) || (c.form.lemma === "call" && toks[c.tok + 1]?.lower === "on");

const GAP_LEADS = new Set(["which", "that", "who", "what"]);

/** Where the left context of token `k` stops: the unit start or the last claimed token. */
function floorOf(doc: StatementDoc, unitStart: number, k: number): number {
  let f = k;
  while (f > unitStart && !taken(doc, f - 1)) f--;
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
    const found = relativeIssuer(toks, c.tok, floor) ?? leftSpeaker(toks, c.tok, floor);
    // "When asked if …": a subordinator is no subject (rule 09 reads the question).
    const sp = found !== null && isSubordinator(toks, found) ? null : found;
    // "…, saying she applauded him", "… and said she applauded him": the clause is what the
    // cue before it reports, for the sentence's subject (rule 05).
    if (sp !== null && opensSharedClause(doc, ui, sp)) continue;
    // "…, said an official who had sat in on the talks.": inverted, whatever a comma before the
    // cue let the left look find.
    const who = floor < c.tok ? invertedWithClause(doc, ui, c, floor) : null;
    if (who !== null) {
      claimDraft(doc, who);
      out.push(who);
      continue;
    }
    let d: Draft | null = null;
    if (sp !== null) {
      const commaBefore = sp.a - 1 >= floor && isCommaLike(toks, sp.a - 1);
      // "The trial was unfair, his lawyer said." — only verbs that report content do this.
      const reports = c.form.frames.has("that") || c.form.frames.has("quote");
      // "…, as the lawyer said." / "As Mr. Dung noted, those farmers …": "as" sets the
      // attribution off like a comma.
      const asWord = sp.a - 1 >= floor && toks[sp.a - 1]!.lower === "as" && reports;
      // (What follows the cue is read only when a comma or "as" sets the attribution off.)
      const tail = (commaBefore && reports) || asWord ? endsHere(toks, c.tokEnd, u.b, c) : NO_TAIL;
      const as = asWord && tail.end;
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
      else d = forwardFrom(doc, ui, c, sp, floor);
    } else if (
      floor < c.tok &&
      isCommaLike(toks, c.tok - 1) &&
      // (Not "…, among others, reject the term": only a reporting verb comes before its speaker.)
      (c.form.frames.has("that") || c.form.frames.has("quote"))
    ) {
      // "…, said the spokesperson." — the speaker comes after the cue.
      const rs = rightSpeaker(toks, c.tokEnd, u.b);
      if (rs !== null && !c.form.gerund) {
        const tail = endsHere(toks, pastSpeakerClause(toks, rs.b, u.b), u.b, c);
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

const NO_TAIL = { end: false, resume: -1 };

/** The forward statement of cue `c` with speaker `sp` ("Hang said Vietnam would …"), if any. */
function forwardFrom(
  doc: StatementDoc,
  ui: number,
  c: Cue,
  sp: TokSpan,
  floor: number,
): Draft | null {
  const u = doc.units[ui]!;
  const toks = doc.toks;
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
  if (
    fw === null ||
    (c.form.gerund && !progressive(toks, c, sp) && !documentGerund(toks, c, sp)) ||
    (fw.governed === true && reportedBefore(doc, ui, c))
  )
    return null;
  // "…, who endorsed Cruz in May, …": relative clauses that evaluate rather than report
  // are description, and any relative clause ends at its comma.
  const relative = sp.b - sp.a === 1 && /^(who|which|that)$/.test(toks[sp.a]!.lower);
  // ("…, which called on Vietnam to amend the code, …": a request names its maker.)
  const weak = c.form.cls === "evaluation" || (c.form.cls === "intention" && !isRequest(toks, c));
  if (relative && weak) return null;
  return forward(
    doc,
    ui,
    sp,
    c,
    fw,
    relative || gap >= 0 || subordinate(doc, sp, floor) || documentGerund(toks, c, sp),
  );
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

/**
 * The subordinate clause at `k` comes before the sentence's main clause ("After the flood, while
 * the mayor praised …, the villagers …"), not after it ("… because the speaker has told reporters
 * he is “in no hurry” to back her, even though …": that one runs to the sentence's end).
 */
function beforeMainClause(doc: StatementDoc, k: number, floor: number): boolean {
  const toks = doc.toks;
  // ("…, and while he said …, it is unlikely …": a new clause opens after "and".)
  if (/^(and|but)$/.test(toks[k - 1]?.lower ?? "")) return true;
  // ("The visit made it clear: as he welcomed the guests, …": a new sentence after a colon.)
  let from = floor;
  for (let j = k - 1; j > floor; j--) {
    if (/^[:;]$/.test(toks[j]!.text) || dashAt(toks, j)) {
      from = j + 1;
      break;
    }
  }
  return !hasFiniteVerb(doc, from, k);
}

function isSubordinator(toks: readonly Tok[], sp: TokSpan): boolean {
  return sp.b - sp.a === 1 && SUBORDINATORS.has(toks[sp.a]!.lower);
}

/** "While some say …, …": the attribution sits in a subordinate clause. */
function subordinate(doc: StatementDoc, sp: TokSpan, floor: number): boolean {
  const toks = doc.toks;
  const k = sp.a - 1;
  if (k >= floor && toks[k]!.kind === WORD && SUBORDINATORS.has(toks[k]!.lower))
    return beforeMainClause(doc, k, floor);
  // "While he works to convince residents that he understands their fear, the mayor said …": the
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
  let { a, cueEnd } = fw;
  const pro = fw.proFormEnd;
  let b =
    pro !== undefined && pro >= 0
      ? pro
      : contentEnd(doc, u, a, { subordinate: sub, object: fw.object, gerund: c.form.gerund });
  // "published the findings by announcing that …": what the gerund reports.
  const objectLike = fw.object || doc.toks[a]!.lower === "to";
  const inner =
    pro === undefined && fw.lead === undefined && objectLike ? innerReport(doc, a, b) : -1;
  if (inner > 0) a = cueEnd = inner;
  // "endorsed Cruz last week": a time phrase ending an object is when, not what.
  if (fw.object && inner < 0) b = withoutTrailingTime(doc, a, b);
  // "denounced the decree in their weekly radio appearance", "declined to comment for this broadcast".
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
  // ("announced his bid in March 2016": the year after its month.)
  const year =
    /^(19|20)\d\d$/.test(doc.toks[e]!.text) && Object.hasOwn(MONTHS, doc.toks[e - 1]?.lower ?? "");
  if (year) e--;
  const back = skipTimeBack(doc.toks, e, a);
  return back < e ? back + 1 : year ? e + 1 : b;
}
