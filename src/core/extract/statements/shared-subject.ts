// The subject a cue shares with its sentence when it has none of its own ("…, saying …", "… and
// added …"): the speaker of the statement before it, the subject of the clause it is joined to,
// or the noun phrase the sentence opens with (past datelines, time phrases and places).

import { PREPOSITIONS, PRE_CUE_WORDS } from "../../lexicon/function-words.js";
import { WORD, type Tok } from "../../text/lex.js";
import type { Span } from "../../types.js";
import { skipAdjuncts } from "./bridge.js";
import { finiteWord, pastTense, sForm } from "./clause.js";
import { cueAt, isVerbForm, type Cue } from "./cues.js";
import { spanOf, taken, type Draft } from "./draft.js";
import type { StatementDoc, Unit } from "./find.js";
import { type TokSpan } from "./noun-phrase.js";
import { contactClause } from "./contact-clause.js";
import {
  mainAfterOpeningClause,
  openingParticipleSubject,
  pronounClause,
} from "./opening-phrase.js";
import { afterIssuedDocument } from "./issued-document.js";
import { isCommaLike, leftSpeaker, rightSpeaker } from "./speaker.js";

const OPENERS = new Set([
  "here",
  "there",
  "now",
  "then",
  "today",
  "yesterday",
  "meanwhile",
  "later",
  "earlier",
  "separately",
  "instead",
  "still",
  "however",
  "also",
  "asked",
  "speaking",
  "earlier",
  // Subordinate clauses before the main one: "When asked …, he laughed and said …".
  "when",
  "if",
  "although",
  "though",
  "because",
  "once",
  "while",
]);

/** The token before the cue, past adverbs and auxiliaries ("and then said", "and has said"). */
function before(toks: readonly Tok[], c: Cue, floor: number): number {
  let k = c.tok - 1;
  while (
    k > floor &&
    toks[k]!.kind === WORD &&
    (PRE_CUE_WORDS.has(toks[k]!.lower) || /ly$/.test(toks[k]!.lower))
  )
    k--;
  return k;
}

export function sharesSubject(toks: readonly Tok[], c: Cue, u: Unit, anyGerund = false): boolean {
  const k = before(toks, c, u.a);
  if (k < u.a) return false;
  const t = toks[k]!;
  if (c.form.gerund) {
    // "is saying" is a finite verb with its own subject.
    if (/^(is|are|was|were|be|been|’s|'s|am)$/.test(t.lower)) return false;
    // Before a quotation any participle shares the subject ("sent a text saying: “…”"); in
    // reported speech only a set-off one does (", saying …", "and adding …").
    // "…, calling it “slander” and saying …": a participle coordinated with one set off.
    return (
      anyGerund ||
      isCommaLike(toks, k) ||
      /^(while|by|and|but|after|before)$/.test(t.lower) ||
      (c.form.cls !== "evidence" && afterIssuedDocument(toks, k, u.a))
    );
  }
  // "… and said …": a finite cue with no subject of its own ("… worship at home and tell the
  // world" is an infinitive, the subject's as much as the worship).
  const finite = c.form.past || (c.form.present && !c.form.base);
  // ("…, then says …": "then" after a comma joins as "and" does.)
  const then = t.text === "," && toks[k + 1]?.lower === "then";
  if (!finite || !(t.lower === "and" || t.lower === "but" || t.lower === "then" || then))
    return false;
  return !passive(toks, k, c);
}

/**
 * A subject read into its predicate: no verb, adverb or joined name follows it, or a name in it
 * is followed by a present tense ("Hanoi sees the rise of …").
 */
function overran(toks: readonly Tok[], sp: TokSpan): boolean {
  if (!predicateAt(toks[sp.b])) return true;
  for (let k = sp.a + 1; k < sp.b; k++) {
    const t = toks[k]!;
    if (t.kind === WORD && !t.cap && sForm(t.lower) && toks[k - 1]!.cap) return true;
  }
  return false;
}

/**
 * Whether a subject can end before `t`: a verb, an adverb, a joined or set-off name follows it.
 * "Farmers made up the shortfall by selling …" reads "Farmers made up the shortfall" as a noun
 * phrase when the verb is not known; what follows it ("by") then shows the subject overran.
 */
function predicateAt(t: Tok | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind !== WORD) return /^[,(—–-]$/.test(t.text);
  if (t.cap) return false;
  return (
    finiteWord(t) ||
    sForm(t.lower) ||
    /ly$/.test(t.lower) ||
    PRE_CUE_WORDS.has(t.lower) ||
    /^(and|who|which|whose)$/.test(t.lower)
  );
}

const BE_FORMS = new Set(["be", "been", "being", "is", "are", "was", "were"]);

/**
 * "… had been taken from his cell and told that he could leave", "… and had been denied
 * books": a participle whose subject is spoken to, not speaking.
 */
function passive(toks: readonly Tok[], and: number, c: Cue): boolean {
  for (let k = and + 1; k < c.tok; k++) if (BE_FORMS.has(toks[k]!.lower)) return true;
  // "told that …", "asked to …": a cue that needs its listener has none.
  const next = toks[c.tokEnd]?.lower ?? "";
  if (c.form.past && /^(told|asked|ordered|instructed)$/.test(toks[c.tok]!.lower))
    return next === "that";
  return false;
}

/** A past participle and "by" at `v`. */
function byParticiple(toks: readonly Tok[], v: number): boolean {
  const w = toks[v]!.lower;
  return (pastTense(w) || /en$/.test(w)) && toks[v + 1]?.lower === "by";
}

function subjectStart(t: Tok | undefined): boolean {
  return (
    t !== undefined && t.kind === WORD && (t.cap || /^(the|a|an|his|her|their|its)$/.test(t.lower))
  );
}

/** The main clause's subject: the last speaker before the cue, or the sentence's opening phrase. */
export function subjectOf(
  doc: StatementDoc,
  u: Unit,
  c: Cue,
  drafts: readonly Draft[],
): Span | null {
  const toks = doc.toks;
  // (Statements of this sentence only: "… Lan said, “…” She went on by saying, “…”" is
  // "She"'s.)
  const earlier: Draft[] = [];
  const cueStart = toks[c.tok]!.start;
  for (const d of drafts) {
    if (d.cue === null || d.cue.start < u.start || d.cue.start >= cueStart) continue;
    if (d.speaker !== null && !embedded(doc, d)) earlier.push(d);
  }
  const nearer = clauseSubject(doc, u, c, earlier[earlier.length - 1]?.cue?.end ?? u.start);
  if (nearer !== null) return nearer;
  const main = earlier.length > 0 ? mainAfterOpeningClause(doc, u, c, earlier) : null;
  if (main !== null) return main;
  if (earlier.length > 0) return earlier[earlier.length - 1]!.speaker;
  const reporter = reporterBefore(doc, u, c);
  if (reporter !== null) return reporter;
  const opening = openingParticipleSubject(doc, u, c);
  if (opening !== null) return opening;
  let v = pastDateline(toks, u.a, c.tok);
  while (v < c.tok && toks[v]!.kind === WORD && /^(but|and|so|yet|also|then)$/.test(toks[v]!.lower))
    v++;
  // "In an interview with VTV, the minister …", "Here in Da Lat, Mr. Khanh …": past the opening phrase,
  // and past a second one ("On Thursday, after remaining silent for weeks, the bishop …").
  const first = toks[v]!;
  if (opensPhrase(toks, v)) {
    for (let n = 0; n < 2 && opensPhrase(toks, v); n++) {
      const by = byParticiple(toks, v);
      for (let k = v + 1; k < Math.min(c.tok, v + (by ? 24 : 14)); k++) {
        // ("Chastened by the protests, as well as by the ruling, the ministry …": to the subject.)
        if (toks[k]!.text === "," && (!by || subjectStart(toks[k + 1]))) {
          v = k + 1;
          break;
        }
      }
      if (n === 0) v = pastPlaceName(toks, v, c.tok);
    }
    v = Math.max(v, pronounClause(doc, v - 1, c.tok) + 1);
  } else if (first.kind === WORD && first.cap) {
    // "An hour later, she sent a message saying …": a time phrase, not the subject; nor is an
    // adverb set off by a comma ("Recently, however, it issued a paper … calling for …").
    const adverb = /ly$/.test(first.lower) && toks[v + 1]?.text === ",";
    for (let k = v + 1; k < Math.min(c.tok, v + 5); k++) {
      if (toks[k]!.text !== ",") continue;
      if (TIME_ENDS.has(toks[k - 1]!.lower) || adverb) v = k + 1;
      break;
    }
    while (adverb && toks[v]?.lower === "however" && toks[v + 1]?.text === ",") v += 2;
  }
  const sp = rightSpeaker(toks, v, c.tok);
  if (sp === null) return null;
  // "Police arrested him, saying …": a past-tense verb ends the subject.
  // ("The retired neurosurgeon …": not a participle right after a determiner.)
  for (let k = sp.a + 1; k < sp.b; k++) {
    const t = toks[k]!;
    if (!t.cap && pastTense(t.lower) && !/^(the|a|an)$/.test(toks[k - 1]!.lower)) sp.b = k;
  }
  if (toks[before(toks, c, u.a)]!.lower === "by" && overran(toks, sp)) return null;
  return sp.b < c.tok ? spanOf(doc, sp) : null;
}

/**
 * "Protest groups have complained, and the ACLU has sued the city, saying …": a clause joined by
 * "and"/"but" (or after a semicolon, a relative "which" or "where") with a subject of its own
 * between the last statement's cue (offset `after`) and the participle; its subject speaks.
 */
function clauseSubject(doc: StatementDoc, u: Unit, c: Cue, after: number): Span | null {
  const toks = doc.toks;
  for (let k = c.tok - 2; k > u.a && toks[k]!.start >= after; k--) {
    const t = toks[k]!;
    const joins =
      t.text === ";" ||
      (t.kind === WORD &&
        /^(and|but|which|where|though|although|whereas)$/.test(t.lower) &&
        isCommaLike(toks, k - 1));
    if (!joins || doc.pieceOf[k]! >= 0) continue;
    // ("…, though in a briefing last week it used stronger words, saying …": past the adjuncts.)
    const s0 = /^(though|although|whereas)$/.test(t.lower)
      ? skipAdjuncts(toks, k + 1, c.tok, null)
      : k + 1;
    const sp = rightSpeaker(toks, s0, c.tok);
    if (sp === null) return null;
    let v = sp.b;
    while (v < c.tok && PRE_CUE_WORDS.has(toks[v]!.lower)) v++;
    // The subject's own verb, in the past ("has already sued", "called").
    const verb = toks[v];
    const past =
      verb !== undefined &&
      verb.kind === WORD &&
      !verb.cap &&
      (pastTense(verb.lower) || isVerbForm(verb.lower));
    return past ? spanOf(doc, sp) : null;
  }
  return null;
}

/**
 * "… would not say how she meant to reopen the camp, saying …": a statement whose
 * speaker opens an embedded question is no clause the participle can share a subject with.
 */
function embedded(doc: StatementDoc, d: Draft): boolean {
  const k = doc.idx.tokenAt(d.speaker!.start);
  // ("… in videos he calls “…,” pointing to …": the participle is the sentence subject's.)
  if (contactClause(doc.toks, k, d.form)) return true;
  return /^(how|why|whether|what|where)$/.test(doc.toks[k - 1]?.lower ?? "");
}

/** An opening phrase starts at `v`: a preposition, an opener, a participle. */
function opensPhrase(toks: readonly Tok[], v: number): boolean {
  const t = toks[v];
  return (
    t !== undefined &&
    t.kind === WORD &&
    (PREPOSITIONS.has(t.lower) ||
      OPENERS.has(t.lower) ||
      /ing$/.test(t.lower) ||
      // "Chastened by the protests, the ministry …": a participle phrase describing the subject.
      byParticiple(toks, v))
  );
}

/** "HANOI — Deputy Minister Pham Van Khanh …": a dateline in capitals and its dash open no subject. */
function pastDateline(toks: readonly Tok[], a: number, limit: number): number {
  let k = a;
  while (k < limit && toks[k]!.kind === WORD && toks[k]!.text === toks[k]!.text.toUpperCase()) k++;
  if (k === a || k >= limit || !/^[—–-]$/.test(toks[k]!.text)) return a;
  return k + 1;
}

const TIME_ENDS = new Set(["later", "earlier", "ago", "afterward", "afterwards"]);

/**
 * "In Salem, New Hampshire, Trump …": the rest of a place name after the opening phrase's comma
 * (capitalised words, a comma, then another capitalised word) is not the subject either.
 */
function pastPlaceName(toks: readonly Tok[], v: number, limit: number): number {
  let k = v;
  while (k < limit && toks[k]!.kind === WORD && toks[k]!.cap) k++;
  if (k === v || k - v > 3 || toks[k]?.text !== ",") return v;
  const after = toks[k + 1];
  return after !== undefined && k + 1 < limit && after.kind === WORD && after.cap ? k + 1 : v;
}

/**
 * "…, Ms. Lan said, adding, “…”" / "…, said Ms. Lan, adding …": the participle goes with the
 * attribution right before it, found by a later rule than this statement's.
 */
function reporterBefore(doc: StatementDoc, u: Unit, c: Cue): Span | null {
  const toks = doc.toks;
  const comma = c.tok - 1;
  if (comma <= u.a || toks[comma]!.text !== ",") return null;
  const said = (k: number): boolean => {
    const vc = k > u.a ? cueAt(toks, k) : null;
    return vc !== null && vc.form.cls === "speech" && vc.form.past;
  };
  if (said(comma - 1)) {
    const sp = leftSpeaker(toks, comma - 1, u.a);
    // ("“…,” he said, adding …": the quotation's comma sits inside its closing mark.)
    const ok = sp !== null && sp.b === comma - 1 && isCommaLike(toks, sp.a - 1);
    return ok ? spanOf(doc, sp) : null;
  }
  // The inverted form: the verb, then a name of up to three words.
  for (let k = comma - 1; k >= Math.max(u.a, comma - 3); k--) {
    const t = toks[k]!;
    if (t.kind !== WORD || !t.cap) return null;
    if (said(k - 1) && toks[k - 2]?.text === ",") {
      const sp = rightSpeaker(toks, k, comma);
      return sp === null ? null : spanOf(doc, sp);
    }
  }
  return null;
}

/**
 * For a cue with no subject of its own ("…, saying …", "… but added …"): the subject of the
 * sentence, as a token span, or null when the cue has a subject or none can be found.
 */
export function sharedSubject(
  doc: StatementDoc,
  u: Unit,
  c: Cue,
  drafts: readonly Draft[],
): TokSpan | null {
  if (!sharesSubject(doc.toks, c, u, true)) return null;
  const sp = subjectOf(doc, u, c, drafts);
  if (sp === null) return null;
  return { a: doc.idx.tokenAt(sp.start), b: doc.idx.tokenAt(sp.end - 1) + 1 };
}

const SHARED_REPORTING = new Set(["speech", "writing"]);

/**
 * The speaker `sp` opens the clause of a speech cue that shares the sentence's subject and has
 * no speaker of its own: "…, saying (that) she applauded him", "… and said he wants …".
 */
export function opensSharedClause(doc: StatementDoc, ui: number, sp: TokSpan): boolean {
  const toks = doc.toks;
  let k = sp.a - 1;
  if (toks[k]?.lower === "that") k--;
  const c = doc.cues[ui]!.find((x) => x.tokEnd === k + 1);
  if (c === undefined || !SHARED_REPORTING.has(c.form.cls)) return false;
  return !taken(doc, c.tok) && sharesSubject(toks, c, doc.units[ui]!);
}
