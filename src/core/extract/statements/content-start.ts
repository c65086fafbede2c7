// Where reported content begins after a cue, by the cue's frames:
//   X said on Thursday that the trial was unfair.                 → "that the trial was unfair"
//   X vowed to appeal.                                            → "to appeal"
//   X called for the release of all prisoners.                    → "the release of all prisoners"
//   Asked whether he would appeal, the lawyer said no.            → "no"

import {
  CLAUSE_WORDS,
  DETERMINERS,
  PREPOSITIONS,
  TIME_WORDS,
  WH_WORDS,
} from "../../lexicon/function-words.js";
import { CHANNEL_NOUNS, DOCUMENT_NOUNS } from "../../lexicon/speech-cues.js";
import { PUNCT, WORD, type Tok } from "../../text/lex.js";
import { skipAdjuncts, skipObject } from "./bridge.js";
import { FINITE, hasFiniteVerb, opensFigure, pastTense, startsClause, titleDot } from "./clause.js";
import { cueAt, isVerbForm, isVerbFormMarked, type Cue } from "./cues.js";
import { countAdded } from "./added-count.js";
import { contactClause } from "./contact-clause.js";
import { bareClauseVerb } from "./bare-clause.js";
import { documentSubject } from "./document-subject.js";
import type { StatementDoc } from "./find.js";
import { nounish } from "./noun-phrase.js";
import { arguesACase, claimsAThing, holdsAThing, quotedObject } from "./object-kinds.js";
import { timeAt } from "./time-phrase.js";
import { prepositionTakesPerson, takesPerson } from "./person-object.js";
import { withholds } from "./withheld.js";

export interface Forward {
  /** First token of the content. */
  a: number;
  /** Tokens of the cue, extended over a governed preposition ("called for"). */
  cueEnd: number;
  /** A noun-phrase object ("denied the charges"), which ends sooner than a clause. */
  object: boolean;
  /**
   * The end of a word standing for the whole answer ("said no", "said as much"), where the
   * content stops (one word is enough); -1 for "the same …", which runs on as a clause would.
   */
  proFormEnd?: number;
  /** The object of a governed preposition ("called for the release of …"). */
  governed?: boolean;
  /** The relative word of a clause the attribution sits in ("which" in "which they say …"). */
  lead?: number;
}

const PREP_FRAMES = ["for", "of", "about", "on", "against"] as const;

const OBJECT_PRONOUNS = new Set([
  "him",
  "her",
  "them",
  "it",
  "us",
  "me",
  "himself",
  "herself",
  "themselves",
]);

function quoteWithin(doc: StatementDoc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (doc.pieceOf[k]! >= 0) return true;
    // ("calling Gov. Mike Pence “my partner”": a title's stop.)
    if (doc.toks[k]!.text === "." && titleDot(doc.toks, k)) continue;
    if (doc.toks[k]!.text === "." || doc.toks[k]!.text === ";") return false;
  }
  return false;
}

const GAP_RELATIVES = new Set(["which", "that", "who", "what"]);

/**
 * "which residents say flooded the road", "a ruling lawyers say allowed …": a relative clause whose
 * subject is the gap the cue's clause reports about, so a finite verb follows the cue at once.
 * Returns the content's first token (the verb), or -1.
 */
export function gapContent(doc: StatementDoc, c: Cue, speakerStart: number, limit: number): number {
  const toks = doc.toks;
  if (!c.form.bare || c.form.gerund) return -1;
  const before = toks[speakerStart - 1];
  if (before === undefined || before.kind !== WORD) return -1;
  if (!GAP_RELATIVES.has(before.lower) && !(c.tok - speakerStart === 1 && nounish(before)))
    return -1;
  const v = toks[c.tokEnd];
  if (v === undefined || c.tokEnd >= limit || v.kind !== WORD || v.cap) return -1;
  const finite =
    FINITE.has(v.lower) ||
    pastTense(v.lower) ||
    (/[^s]s$/.test(v.lower) && !/(ss|us|is|ous|ics)$/.test(v.lower));
  return finite ? c.tokEnd : -1;
}

/**
 * "which the mayor called “a disgrace”", "what economists call spending", "which he describes as
 * his second home": a relative clause whose object is the gap, so what the object is called
 * follows the cue at once. Returns that complement's first token, or -1.
 */
export function objectGapContent(
  doc: StatementDoc,
  c: Cue,
  speakerStart: number,
  limit: number,
): number {
  const toks = doc.toks;
  const before = toks[speakerStart - 1];
  if (before === undefined) return -1;
  // ("videos he calls “Voice of the Farmers”": no relative word, the name quoted at once.)
  const contact =
    c.tok - speakerStart === 1 &&
    contactClause(toks, speakerStart, c.form) &&
    doc.pieceOf[c.tokEnd]! >= 0 &&
    quotedNameEnd(doc, c.tokEnd) >= 0;
  if (!contact && !/^(which|that|what)$/.test(before.lower)) return -1;
  const t = toks[c.tokEnd];
  if (t === undefined || c.tokEnd + 1 >= limit) return -1;
  if (t.lower === "as" && (c.form.frames.has("obj") || c.form.frames.has("named"))) return c.tokEnd;
  if (!c.form.frames.has("named")) return -1;
  if (doc.pieceOf[c.tokEnd]! >= 0) return c.tokEnd;
  const plain =
    t.kind === WORD &&
    !t.cap &&
    !PREPOSITIONS.has(t.lower) &&
    !OBJECT_PRONOUNS.has(t.lower) &&
    !CLAUSE_WORDS.has(t.lower) &&
    !isVerbForm(t.lower);
  return plain ? c.tokEnd : -1;
}

function pronounThat(doc: StatementDoc, k: number, limit: number): boolean {
  const n = doc.toks[k + 1];
  if (n === undefined || k + 1 >= limit) return true;
  const opensNoClause = n.kind === PUNCT || (n.kind === WORD && PREPOSITIONS.has(n.lower));
  return opensNoClause && doc.pieceOf[k + 1]! < 0 && !hasFiniteVerb(doc, k, limit);
}

/**
 * "said during a visit to a clinic in Hue, Thua Thien Hue, that …": a "that" reached through
 * adjuncts only (no verb, quotation or sentence end before it). Returns its index, or -1.
 */
function thatAhead(doc: StatementDoc, from: number, limit: number): number {
  const toks = doc.toks;
  for (let k = from; k < Math.min(limit, from + 25); k++) {
    const t = toks[k]!;
    if (t.text === "." && titleDot(toks, k)) continue;
    // "said on VTV’s “Evening Bulletin” on Sunday that …": a title after a possessive.
    const piece = doc.pieceOf[k]!;
    if (piece >= 0 && k > from && /^['’]s$/.test(toks[k - 1]!.text)) {
      while (k + 1 < limit && doc.pieceOf[k + 1] === piece) k++;
      continue;
    }
    if (piece >= 0 || t.text === "." || t.text === ";" || t.text === ":") return -1;
    if (t.kind !== WORD) continue;
    // "hinted at that during a press briefing": "that" as a pronoun, followed by no clause.
    if (t.lower === "that") return k > from && !pronounThat(doc, k, limit) ? k : -1;
    if (t.cap) continue;
    // ("said in a report released Tuesday that …": a participle describing the channel.)
    const channel = CHANNEL_NOUNS.has(toks[k - 1]!.lower) || DOCUMENT_NOUNS.has(toks[k - 1]!.lower);
    if (channel && k > from && !FINITE.has(t.lower) && /ed$/.test(t.lower)) continue;
    if (FINITE.has(t.lower) || isVerbFormMarked(doc.marks[k]!) || /ed$/.test(t.lower)) return -1;
    if (WH_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * "warned the council to drop plans that would …": after the addressee, "to" and a verb is the
 * cue's infinitive, so a "that" further on is a relative word, not the reported clause.
 */
function infinitiveAt(toks: readonly Tok[], o: number, f: ReadonlySet<string>): boolean {
  const next = toks[o + 1];
  return (
    toks[o]?.lower === "to" &&
    f.has("obj-to") &&
    next !== undefined &&
    next.kind === WORD &&
    !next.cap &&
    !DETERMINERS.has(next.lower) &&
    !/s$/.test(next.lower)
  );
}

/** The content start after cue `c`, or null when no frame of the cue fits. */
export function forwardContent(doc: StatementDoc, c: Cue, limit: number): Forward | null {
  const toks = doc.toks;
  const f = c.form.frames;
  // "Court filings show the firm with a debt", "records show it paid $2 million".
  const document = c.form.cls === "evidence" && documentSubject(toks, c.tok, 0);
  if (f.has("that") || f.has("obj-that")) {
    // ("said Thursday during a visit to …, that …": a time, then the preposition.)
    const t = thatAhead(doc, c.tokEnd, limit);
    // (The lead is never before the cue's end: with no "that" past it, nothing to read.)
    if (t > c.tokEnd) {
      // (Not "promised Tuesday to begin …": an infinitive.)
      const time = timeAt(toks[c.tokEnd]) && toks[c.tokEnd + 1]?.lower !== "to";
      const lead = time ? c.tokEnd + 1 : c.tokEnd;
      // (Not "vowed to repeal the law, a provision that protects …": "to" and a verb is the
      // cue's infinitive, and the "that" a relative word further on.)
      const infinitive =
        toks[lead]?.lower === "to" &&
        f.has("to") &&
        !DETERMINERS.has(toks[lead + 1]?.lower ?? "") &&
        toks[lead + 1]?.cap !== true;
      if (t > lead && PREPOSITIONS.has(toks[lead]!.lower) && !infinitive)
        return { a: t, cueEnd: c.tokEnd, object: false };
    }
    // "is telling a crowded hall in Vinh, Nghe An, on Monday that …".
    if (f.has("obj-that")) {
      const o = skipObject(toks, c.tokEnd, limit);
      const t2 = o > c.tokEnd && !infinitiveAt(toks, o, f) ? thatAhead(doc, o, limit) : -1;
      if (t2 > o && PREPOSITIONS.has(toks[o]!.lower))
        return { a: t2, cueEnd: c.tokEnd, object: false };
    }
  }
  // "she said, “I am tired of waiting” about the appeal": a quotation after the cue's comma that
  // the sentence goes on from (one ending the sentence is the quotation rule's).
  if (f.has("quote") && toks[c.tokEnd]?.text === "," && doc.pieceOf[c.tokEnd + 1]! >= 0)
    return { a: c.tokEnd + 1, cueEnd: c.tokEnd, object: false };
  // "the crowd chanted “free them” and “no more jails” as …", "were shouting “give back our
  // land” at the officials": a quotation right after a cue that takes no clause is what was voiced, and the
  // sentence goes on from it as from an object.
  if (f.has("quote") && !f.has("that") && c.form.cls === "speech" && doc.pieceOf[c.tokEnd]! >= 0)
    return { a: c.tokEnd, cueEnd: c.tokEnd, object: true };
  const pro = proFormAt(doc, c, c.tokEnd, limit);
  if (pro !== null) return { a: c.tokEnd, cueEnd: c.tokEnd, object: true, proFormEnd: pro };
  const j = skipAdjuncts(toks, c.tokEnd, limit, c.form);
  if (j >= limit) return null;
  const t = toks[j]!;
  if (withholds(toks, c, j, limit)) return null;
  if (t.text === ":" && j + 1 < limit) return { a: j + 1, cueEnd: c.tokEnd, object: false };
  if (t.kind === WORD && t.lower === "that" && (f.has("that") || f.has("obj-that"))) {
    if (pronounThat(doc, j, limit)) return null;
    return { a: j, cueEnd: c.tokEnd, object: false };
  }
  // "vowed not to appeal": the negation is part of what is intended.
  if (negatedTo(toks, j) && f.has("to") && j === c.tokEnd)
    return { a: j, cueEnd: c.tokEnd, object: false };
  if (t.kind === WORD && t.lower === "to" && (f.has("to") || f.has("obj-to"))) {
    // "told reporters to wait" is an instruction; "vowed to appeal" an intention; "went on to
    // criticise …" reports, "went on to win the state" does not.
    const notReporting =
      (c.form.lemma === "go" && !cueVerbAhead(toks, j + 1)) ||
      // "warned of official efforts to use …": the governed preposition's object, not an addressee.
      PREP_FRAMES.some((p) => p === toks[c.tokEnd]?.lower && f.has(p));
    // ("urged the court not to …": the object's last word was the negation.)
    const not = j - 1 > c.tokEnd && negatedTo(toks, j - 1);
    if ((f.has("to") || j > c.tokEnd) && !notReporting)
      return { a: not ? j - 1 : j, cueEnd: c.tokEnd, object: false };
  }
  if (t.kind === WORD && f.has("wh") && WH_WORDS.has(t.lower))
    return { a: j, cueEnd: c.tokEnd, object: false };
  if (f.has("wh")) {
    // "asked the campaigns why …": an addressee, then the question.
    const k = skipObject(toks, c.tokEnd, limit);
    if (k > c.tokEnd && toks[k]?.kind === WORD && WH_WORDS.has(toks[k]!.lower))
      return { a: k, cueEnd: c.tokEnd, object: false };
  }
  const figure = opensFigure(toks, j);
  // "called for the release of …", "warned of a crackdown": the preposition right after the cue
  // is its frame's, not an adjunct (skipAdjuncts would pass over it).
  const prep = PREP_FRAMES.find((p) => p === toks[c.tokEnd]?.lower);
  if (
    prep !== undefined &&
    f.has(prep) &&
    c.tokEnd + 1 < limit &&
    !opensFigure(toks, c.tokEnd) &&
    !timeAt(toks[c.tokEnd + 1])
  ) {
    if (prepositionTakesPerson(toks, c, c.tokEnd + 1, limit)) return null;
    return { a: c.tokEnd + 1, cueEnd: c.tokEnd + 1, object: true, governed: true };
  }
  if (
    (f.has("that") || f.has("obj-that")) &&
    (c.form.bare || document) &&
    (startsClause(t) || figure) &&
    !holdsAThing(toks, c, j, limit) &&
    // "added 1 million jobs", "is adding roughly 182,000 jobs a month": a count, not a clause.
    !(c.form.lemma === "add" && countAdded(toks, j, limit)) &&
    !arguesACase(toks, c, j, limit) &&
    t.text !== "," &&
    bareClauseVerb(doc, j, limit) &&
    // "Nothing the minister said “will calm the families,” …": a verb first leaves the clause
    // no subject; the cue's object is the gap before it.
    !(doc.pieceOf[j]! >= 0 && FINITE.has(toks[j + 1]?.lower ?? "") && !toks[j + 1]!.cap)
  ) {
    return { a: j, cueEnd: c.tokEnd, object: false };
  }
  if (
    (f.has("obj") || document || quotedObject(doc, c, j, limit)) &&
    j === c.tokEnd &&
    (startsClause(t) || OBJECT_PRONOUNS.has(t.lower) || demonstrativeThat(toks, c, j, limit)) &&
    // ("the deputy backs “open hearings,” rejects …": a judgement's object in quotation marks; "citing
    // “…”" names a source, not a view.)
    (t.kind === WORD || (c.form.cls === "evaluation" && doc.pieceOf[j]! >= 0)) &&
    !claimsAThing(toks, c, j, limit) &&
    !arguesACase(toks, c, j, limit) &&
    !takesPerson(toks, c, j, limit)
  )
    return { a: j, cueEnd: c.tokEnd, object: true };
  // "called the verdict “a farce”": the object and its quoted name.
  // (A quotation right after the cue is a title: "a play called “Brokers”".)
  if (
    f.has("named") &&
    j === c.tokEnd &&
    doc.pieceOf[j]! < 0 &&
    (quoteWithin(doc, j, Math.min(limit, j + 12)) || namedAs(toks, j, limit))
  )
    return { a: j, cueEnd: c.tokEnd, object: true };
  // "cast the monks as “agitators”": the object and what it is taken for.
  if (f.has("as") && j === c.tokEnd && doc.pieceOf[j]! < 0 && quotedAs(doc, j, limit))
    return { a: j, cueEnd: c.tokEnd, object: true };
  if (f.has("obj-to")) {
    const k = skipObject(toks, c.tokEnd, limit);
    // "urged the court not to delay …", "asked reporters not to publish …".
    if (k > c.tokEnd + 1 && toks[k]?.lower === "to" && negatedTo(toks, k - 1))
      return { a: k - 1, cueEnd: c.tokEnd, object: false };
    if (k > c.tokEnd && negatedTo(toks, k)) return { a: k, cueEnd: c.tokEnd, object: false };
    if (k > c.tokEnd && toks[k]?.lower === "to") return { a: k, cueEnd: c.tokEnd, object: false };
    // "urged the authorities in Hanoi to …": the addressee may carry one prepositional phrase.
    if (k > c.tokEnd && ADDRESSEE_PREPOSITIONS.has(toks[k]?.lower ?? "")) {
      const m = skipObject(toks, k + 1, limit);
      if (m > k + 1 && toks[m]?.lower === "to") return { a: m, cueEnd: c.tokEnd, object: false };
    }
  }
  return null;
}

/**
 * "dismissed that suggestion as …": after a cue that takes no clause, "that" before a noun is a
 * demonstrative opening the object (a cue that takes a clause read its "that" above).
 */
function demonstrativeThat(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  const n = toks[j + 1];
  if (toks[j]?.lower !== "that" || c.form.frames.has("that") || j + 1 >= limit) return false;
  return n !== undefined && n.kind === WORD && !n.cap && nounish(n) && !isVerbForm(n.lower);
}

/** An object of a few words at `j`, then "as" and a quotation within a few words more. */
function quotedAs(doc: StatementDoc, j: number, limit: number): boolean {
  const toks = doc.toks;
  if (toks[j]?.kind !== WORD) return false;
  for (let k = j + 1; k < Math.min(limit, j + 10); k++) {
    const t = toks[k]!;
    if (doc.pieceOf[k]! >= 0 || t.kind === PUNCT) return false;
    if (t.lower === "as") return quoteWithin(doc, k + 1, Math.min(limit, k + 12));
  }
  return false;
}

/** "not to …", "never to …" at `k`. */
export function negatedTo(toks: readonly Tok[], k: number): boolean {
  return /^(not|never)$/.test(toks[k]?.lower ?? "") && toks[k + 1]?.lower === "to";
}

const ADDRESSEE_PREPOSITIONS = new Set(["in", "of", "at", "from"]);

/** "called him a political opportunist", "called Oz a quack": a person, then what they are called. */
function namedAs(toks: readonly Tok[], j: number, limit: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== WORD) return false;
  let k = j + 1;
  if (t.cap) while (k < Math.min(limit, j + 3) && toks[k]!.kind === WORD && toks[k]!.cap) k++;
  else if (/^(the|his|her|their|its)$/.test(t.lower)) {
    // "called the verdict unfounded", "called his arrest an arbitrary one".
    if (!plainWord(toks[k])) return false;
    k++;
    while (k < Math.min(limit, j + 4) && plainWord(toks[k]) && !complementAt(toks, k, limit)) k++;
  } else if (!/^(him|her|them|it)$/.test(t.lower)) return false;
  return complementAt(toks, k, limit, t.cap || /^(him|her|them|it)$/.test(t.lower));
}

// Endings of adjectives: "unsubstantiated", "baseless", "dangerous", "irresponsible".
const ADJECTIVE_ENDING = /(ed|ous|ful|less|ible|able|ic|al|ive|ent|ant|ist)$/;

/** What someone is called, at `k`: "a sham", "an irresponsible one", "rapists", "unsubstantiated". */
function complementAt(toks: readonly Tok[], k: number, limit: number, person = false): boolean {
  const t = toks[k];
  if (t === undefined || k + 1 > limit || t.kind !== WORD || t.cap) return false;
  if (/^(a|an)$/.test(t.lower)) return k + 1 < limit;
  const next = toks[k + 1];
  // A single word, ending the clause: "calling them rapists.", "called the charges baseless and …"
  // (an adjective, or a plural after a person: not "called the police station").
  const ends = next === undefined || next.kind !== WORD || /^(and|or|but)$/.test(next.lower);
  const kind = ADJECTIVE_ENDING.test(t.lower) || (person && /[^s]s$/.test(t.lower));
  return ends && kind && plainWord(t) && !TIME_WORDS.has(t.lower);
}

function plainWord(t: Tok | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === WORD &&
    !t.cap &&
    !PREPOSITIONS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !CLAUSE_WORDS.has(t.lower) &&
    !isVerbForm(t.lower)
  );
}

const ANSWERS = new Set(["no", "yes", "so", "otherwise"]);

/**
 * "the minister said no.", "Lan said as much", "41 said the same for the mayor": a word that
 * stands for what was said, after a speech cue, closing the clause.
 */
function proFormAt(doc: StatementDoc, c: Cue, j: number, limit: number): number | null {
  const toks = doc.toks;
  const t = toks[j];
  if (c.form.cls !== "speech" || t === undefined || j >= limit || doc.pieceOf[j]! >= 0) return null;
  let after = j + 1;
  if (t.lower === "as" && toks[j + 1]?.lower === "much") after = j + 2;
  else if (t.lower === "the" && toks[j + 1]?.lower === "same") return -1;
  else if (!ANSWERS.has(t.lower)) return null;
  // "said as much on Sunday.": a time or place may follow before the clause ends.
  const end = skipAdjuncts(toks, after, limit, null);
  const n = toks[end];
  return end >= limit || n === undefined || /^[.,;!?)”"’]$/.test(n.text) ? after : null;
}

/** A cue verb, or "list", at `k`: what "went on to …" reports. */
function cueVerbAhead(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.lower === "list" || cueAt(toks, k) !== null);
}

/**
 * The token after a quotation starting at `k` or within the few words after it ("the “Washington
 * cartel”"), or -1 when none does.
 */
export function quotedNameEnd(doc: StatementDoc, k: number): number {
  let q = k;
  while (q < k + 4 && doc.pieceOf[q]! < 0 && doc.toks[q]?.kind === WORD) q++;
  const piece = doc.pieceOf[q]!;
  if (piece < 0) return -1;
  let e = q;
  while (doc.pieceOf[e + 1] === piece) e++;
  // "the “fraudulent” nomination of …": a quoted modifier, not the name.
  const n = doc.toks[e + 1];
  const ends =
    n === undefined ||
    n.kind !== WORD ||
    doc.toks.slice(e - 2, e).some((t) => t.text === ",") ||
    /^(and|but|or)$/.test(n.lower) ||
    PREPOSITIONS.has(n.lower);
  return ends ? e + 1 : -1;
}
