// Where reported content begins after a cue and where it ends.
//   X said on Thursday that the trial was unfair, adding that …  → "that the trial was unfair"
//   X vowed to appeal.                                            → "to appeal"
//   X called for the release of all prisoners.                    → "the release of all prisoners"

import {
  AUXILIARIES,
  IRREGULAR_PAST,
  PREPOSITIONS,
  WH_WORDS,
} from "../../lexicon/function-words.js";
import { NUMBER, PUNCT, WORD, type Tok } from "../../text/lex.js";
import { skipAdjuncts, skipObject } from "./bridge.js";
import { cueAt, documentSubject, isVerbForm, type Cue } from "./cues.js";
import { taken } from "./draft.js";
import type { StatementDoc, Unit } from "./find.js";
import { ABBREVIATED_TITLES } from "../mentions/name-lexicon.js";
import { nounish } from "./speaker.js";

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
}

const PREP_FRAMES = ["for", "of", "about", "on", "against"] as const;
const CLAUSE_OPENERS = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "there",
  "this",
  "these",
  "those",
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "no",
  "nobody",
  "none",
  "some",
  "many",
  "most",
  "all",
  "every",
  "any",
  "such",
  "if",
  "what",
  "while",
  "although",
  "when",
  "because",
]);

const FINITE: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  "’s",
  "'s",
  "’re",
  "’ll",
  "’d",
  "won’t",
  "can’t",
  "don’t",
  "doesn’t",
  "didn’t",
  "isn’t",
  "wasn’t",
  "aren’t",
  "weren’t",
  "won't",
  "can't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
]);

/** The period of an abbreviated title ("Mr.", "Sen.", "Gov.") right before a name. */
function titleDot(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    prev !== undefined &&
    next !== undefined &&
    prev.end === toks[k]!.start &&
    Object.hasOwn(ABBREVIATED_TITLES, prev.lower) &&
    next.kind === WORD &&
    next.cap
  );
}

/**
 * A clause without "that" needs a finite verb: "said the trial was unfair" is reported speech,
 * "maintains an overwhelming lead" and "added 178,000 jobs" are not.
 */
function hasFiniteVerb(doc: StatementDoc, a: number, limit: number): boolean {
  const toks = doc.toks;
  // "said they’re likely to …": the verb inside the subject's contraction.
  if (/['’](d|ll|re|ve|m)$/.test(toks[a]?.lower ?? "")) return true;
  for (let k = a + 1; k < Math.min(limit, a + 24); k++) {
    const t = toks[k]!;
    // "said Mr. Obama was …": a title's period does not end the clause.
    if (t.text === "." && titleDot(toks, k)) continue;
    if (t.text === ";" || t.text === ":" || t.text === ".") return false;
    // "in May": the month, not the modal.
    if (t.cap && t.lower === "may") continue;
    if (FINITE.has(t.lower)) return true;
    if (t.kind !== WORD || t.cap) continue;
    if (/['’](d|ll|re|ve|m)$|n['’]t$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
    if (/ed$/.test(t.lower) && t.lower.length > 3) return true;
    const c = cueAt(toks, k);
    if (c !== null && (c.form.past || (c.form.present && !c.form.base))) return true;
    // "… the economy favors the wealthy": a present-tense verb after a noun.
    if (
      /[^s]s$/.test(t.lower) &&
      k > a &&
      (toks[k - 1]!.cap ||
        PRON_SUBJECTS.has(toks[k - 1]!.lower) ||
        (toks[k - 1]!.kind === WORD && /([^s]|ss|us|is)$/.test(toks[k - 1]!.lower))) &&
      !/(ss|us|is|ous|ics)$/.test(t.lower) &&
      // "a news conference": no verb follows an article.
      !ARTICLE_BEFORE.has(toks[k - 1]!.lower)
    ) {
      const next = toks[k + 1];
      if (next !== undefined && (next.kind !== WORD || !/(ly)$/.test(next.lower))) return true;
    }
  }
  return false;
}

const PRON_SUBJECTS = new Set(["he", "she", "it", "who", "that", "which", "this"]);
const ARTICLE_BEFORE = new Set(["a", "an", "the", "his", "its", "their", "our", "my", "your"]);

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

function startsClause(t: Tok | undefined): boolean {
  if (t === undefined || t.kind === PUNCT) return t?.text === "“" || t?.text === '"';
  if (t.kind !== WORD) return true;
  if (t.cap || CLAUSE_OPENERS.has(t.lower) || nounish(t)) return true;
  // "they’re", "we’ll": a subject with its verb.
  const contraction = CONTRACTION.exec(t.lower);
  return contraction !== null && CLAUSE_OPENERS.has(t.lower.slice(0, contraction.index));
}

const CONTRACTION = /['’](d|ll|re|ve|m|s)$/;

function quoteWithin(doc: StatementDoc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (doc.pieceOf[k]! >= 0) return true;
    if (doc.toks[k]!.text === "." || doc.toks[k]!.text === ";") return false;
  }
  return false;
}

const GAP_RELATIVES = new Set(["which", "that", "who"]);

/**
 * "which they say left a vacuum", "a decision experts say allowed …": a relative clause whose
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
    IRREGULAR_PAST.has(v.lower) ||
    (/ed$/.test(v.lower) && v.lower.length > 3) ||
    (/[^s]s$/.test(v.lower) && !/(ss|us|is|ous|ics)$/.test(v.lower));
  return finite ? c.tokEnd : -1;
}

function pronounThat(doc: StatementDoc, k: number, limit: number): boolean {
  const n = doc.toks[k + 1];
  if (n === undefined || k + 1 >= limit) return true;
  const opensNoClause = n.kind === PUNCT || (n.kind === WORD && PREPOSITIONS.has(n.lower));
  return opensNoClause && doc.pieceOf[k + 1]! < 0 && !hasFiniteVerb(doc, k, limit);
}

/** The content start after cue `c` in unit `u`, or null when no frame of the cue fits. */
/**
 * "said during a taping of a town hall in Buffalo, New York, that …": a "that" reached through
 * adjuncts only (no verb, quotation or sentence end before it). Returns its index, or -1.
 */
function thatAhead(doc: StatementDoc, from: number, limit: number): number {
  const toks = doc.toks;
  for (let k = from; k < Math.min(limit, from + 25); k++) {
    const t = toks[k]!;
    if (t.text === "." && titleDot(toks, k)) continue;
    if (doc.pieceOf[k]! >= 0 || t.text === "." || t.text === ";" || t.text === ":") return -1;
    if (t.kind !== WORD) continue;
    // "hinted at that in a news conference": "that" as a pronoun, followed by no clause.
    if (t.lower === "that") return k > from && !pronounThat(doc, k, limit) ? k : -1;
    if (t.cap) continue;
    if (FINITE.has(t.lower) || isVerbForm(t.lower) || /ed$/.test(t.lower)) return -1;
    if (WH_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

export function forwardContent(doc: StatementDoc, c: Cue, limit: number): Forward | null {
  const toks = doc.toks;
  const f = c.form.frames;
  // "Polling averages show Clinton with a lead", "records show it raised $57 million".
  const document = c.form.cls === "evidence" && documentSubject(toks, c.tok, 0);
  if (f.has("that") || f.has("obj-that")) {
    const t = thatAhead(doc, c.tokEnd, limit);
    if (t > c.tokEnd && PREPOSITIONS.has(toks[c.tokEnd]!.lower))
      return { a: t, cueEnd: c.tokEnd, object: false };
    // "is telling a packed crowd in Windham, New Hampshire, on Monday that …".
    if (f.has("obj-that")) {
      const o = skipObject(toks, c.tokEnd, limit);
      const t2 = o > c.tokEnd ? thatAhead(doc, o, limit) : -1;
      if (t2 > o && PREPOSITIONS.has(toks[o]!.lower))
        return { a: t2, cueEnd: c.tokEnd, object: false };
    }
  }
  // "she said, “I am so sick of it” about her record": a quotation after the cue's comma that
  // the sentence goes on from (one ending the sentence is the quotation rule's).
  if (f.has("quote") && toks[c.tokEnd]?.text === "," && doc.pieceOf[c.tokEnd + 1]! >= 0)
    return { a: c.tokEnd + 1, cueEnd: c.tokEnd, object: false };
  const pro = proFormAt(doc, c, c.tokEnd, limit);
  if (pro !== null) return { a: c.tokEnd, cueEnd: c.tokEnd, object: true, proFormEnd: pro };
  const j = skipAdjuncts(toks, c.tokEnd, limit, c.form);
  if (j >= limit) return null;
  const t = toks[j]!;
  if (t.text === ":" && j + 1 < limit) return { a: j + 1, cueEnd: c.tokEnd, object: false };
  if (t.kind === WORD && t.lower === "that" && (f.has("that") || f.has("obj-that"))) {
    if (pronounThat(doc, j, limit)) return null;
    return { a: j, cueEnd: c.tokEnd, object: false };
  }
  if (t.kind === WORD && t.lower === "to" && (f.has("to") || f.has("obj-to"))) {
    // "told reporters to wait" is an instruction; "vowed to appeal" an intention; "went on to
    // criticise …" reports, "went on to win the state" does not.
    const notReporting = c.form.lemma === "go" && !cueVerbAhead(toks, j + 1);
    if ((f.has("to") || j > c.tokEnd) && !notReporting)
      return { a: j, cueEnd: c.tokEnd, object: false };
  }
  if (t.kind === WORD && f.has("wh") && WH_WORDS.has(t.lower))
    return { a: j, cueEnd: c.tokEnd, object: false };
  if (f.has("wh")) {
    // "asked the campaigns why …": an addressee, then the question.
    const k = skipObject(toks, c.tokEnd, limit);
    if (k > c.tokEnd && toks[k]?.kind === WORD && WH_WORDS.has(toks[k]!.lower))
      return { a: k, cueEnd: c.tokEnd, object: false };
  }
  for (const p of PREP_FRAMES) {
    if (f.has(p) && t.lower === p && j === c.tokEnd && j + 1 < limit)
      return { a: j + 1, cueEnd: j + 1, object: true };
  }
  if (
    (f.has("that") || f.has("obj-that")) &&
    (c.form.bare || document) &&
    startsClause(t) &&
    // "maintains a wide lead", "boasts a 45-point lead": what is held, not what is said.
    !(HOLDING.has(c.form.lemma) && /^(a|an)$/.test(t.lower)) &&
    // "added 1 million jobs", "is adding roughly 182,000 jobs a month": a count, not a clause.
    !(c.form.lemma === "add" && countAt(toks, j) && !auxiliaryAhead(toks, j, limit)) &&
    t.text !== "," &&
    hasFiniteVerb(doc, j, limit)
  ) {
    return { a: j, cueEnd: c.tokEnd, object: false };
  }
  if (
    (f.has("obj") || document) &&
    j === c.tokEnd &&
    (startsClause(t) || OBJECT_PRONOUNS.has(t.lower)) &&
    t.kind === WORD
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
  if (f.has("obj-to")) {
    const k = skipObject(toks, c.tokEnd, limit);
    if (k > c.tokEnd && toks[k]?.lower === "to") return { a: k, cueEnd: c.tokEnd, object: false };
    // "urged the authorities in Hanoi to …": the addressee may carry one prepositional phrase.
    if (k > c.tokEnd && ADDRESSEE_PREPOSITIONS.has(toks[k]?.lower ?? "")) {
      const m = skipObject(toks, k + 1, limit);
      if (m > k + 1 && toks[m]?.lower === "to") return { a: m, cueEnd: c.tokEnd, object: false };
    }
  }
  return null;
}

const ADDRESSEE_PREPOSITIONS = new Set(["in", "of", "at", "from"]);

/** "called him a political opportunist", "called Oz a quack": a person, then what they are called. */
function namedAs(toks: readonly Tok[], j: number, limit: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== WORD) return false;
  let k = j + 1;
  if (t.cap) while (k < Math.min(limit, j + 3) && toks[k]!.kind === WORD && toks[k]!.cap) k++;
  else if (!/^(him|her|them)$/.test(t.lower)) return false;
  return k + 1 < limit && /^(a|an)$/.test(toks[k]!.lower);
}

const ANSWERS = new Set(["no", "yes", "so", "otherwise"]);
const HOLDING = new Set(["maintain", "boast"]);
const APPROXIMATELY = new Set(["roughly", "about", "nearly", "some", "almost", "around", "over"]);

/** "added 20 people had been arrested": an auxiliary or past tense makes the count a subject. */
function auxiliaryAhead(toks: readonly Tok[], j: number, limit: number): boolean {
  for (let k = j + 1; k < Math.min(limit, j + 12); k++) {
    const w = toks[k]!.lower;
    if (toks[k]!.text === "," || toks[k]!.text === ".") return false;
    if (FINITE.has(w) || IRREGULAR_PAST.has(w) || (/ed$/.test(w) && w.length > 3)) return true;
  }
  return false;
}

function countAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t === undefined) return false;
  if (t.kind === NUMBER) return true;
  return t.kind === WORD && APPROXIMATELY.has(t.lower) && toks[j + 1]?.kind === NUMBER;
}

/**
 * "the candidate said no.", "Mook said as much", "43 said the same for Sanders": a word that
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

const PARTICIPLES = new Set([
  "saying",
  "adding",
  "noting",
  "arguing",
  "insisting",
  "claiming",
  "warning",
  "calling",
  "accusing",
  "stressing",
  "explaining",
  "citing",
  "describing",
  "urging",
  "asking",
  "suggesting",
  "stating",
  "pointing",
  "emphasizing",
  "emphasising",
  "telling",
  "declaring",
  "vowing",
  "promising",
  "charging",
  "alleging",
  "writing",
  "referring",
  "recalling",
  "acknowledging",
  "admitting",
  "conceding",
  "complaining",
  "predicting",
  "recounting",
  "reiterating",
  "asserting",
  "contending",
  "maintaining",
  "denying",
  "boasting",
  "lamenting",
  "announcing",
  "pledging",
  "demanding",
]);

const NON_RESTRICTIVE = new Set(["which", "who", "while", "though", "although", "whereas"]);
const AUX = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "then",
  "also",
  "later",
  "went",
  "made",
  "did",
]);

/** "… and called for …": an attribution verb after "and" is the speaker's next statement. */
function cueVerbAt(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (AUX.has(toks[j]?.lower ?? "")) j++;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  const c = cueAt(toks, j);
  // "… and warned …" and "… and has vowed …" are the speaker's next statement; "… and
  // thought …" may be the content's.
  const speech =
    c !== null &&
    (c.form.cls === "speech" || c.form.cls === "writing" || c.form.cls === "intention");
  return c !== null && speech && (c.form.past || (c.form.present && !c.form.base));
}

const REPORTING = new Set(["speech", "writing"]);
const PARTICIPLE_CLASSES = new Set(["speech", "writing", "evaluation"]);

/**
 * "calling it “illogical” and saying he wants …", "– Ryan saying he was “encouraged” and Trump
 * calling it …": a second participle attribution (with its own subject, a name, or none) after
 * "and"/"but" starts a statement of its own.
 */
function nextParticiple(toks: readonly Tok[], k: number): boolean {
  let j = k;
  if (toks[j]?.cap && toks[j]!.kind === WORD) j++;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  const c = cueAt(toks, j);
  return c !== null && c.form.gerund && PARTICIPLE_CLASSES.has(c.form.cls);
}

/** A reporting verb in a finite form at `k` ("said", "says", "wrote"), not "saying" or "say". */
function reportingVerbAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  const c = cueAt(toks, k);
  return (
    c !== null &&
    REPORTING.has(c.form.cls) &&
    !c.form.gerund &&
    (c.form.past || (c.form.present && !c.form.base))
  );
}

/**
 * An attribution of the words before the comma at `k - 1`: ", said Dan Ortiz" or ", Ortiz said"
 * / ", officials said" (a short subject, then the verb, then the sentence goes on or ends). The
 * content it closes is the attribution's, not the clause of a cue earlier in the sentence.
 */
function attributionAfter(toks: readonly Tok[], k: number, b: number): boolean {
  if (reportingVerbAt(toks, k)) return true;
  for (let j = k; j < Math.min(b, k + 6); j++) {
    const t = toks[j]!;
    if (j > k && reportingVerbAt(toks, j)) {
      const n = toks[j + 1];
      return n === undefined || j + 1 >= b || n.kind === PUNCT || PREPOSITIONS.has(n.lower);
    }
    // A subject: names, "the/his lawyer", "officials", a pronoun; an abbreviation's period.
    const abbrevDot = t.text === "." && j > k && toks[j - 1]!.cap && toks[j - 1]!.text.length <= 3;
    if (t.kind !== WORD && !abbrevDot) return false;
    if (t.kind === WORD && (FINITE.has(t.lower) || cueAt(toks, j) !== null)) return false;
  }
  return false;
}

/**
 * The speaker's appositive at `k`, after an inverted attribution ("…, said Rob Egge, executive
 * director of the Housing Fund, …"): a noun phrase without a finite verb up to the next comma.
 * Returns the token after that comma (where content may resume), the unit end, or -1 when `k`
 * starts no appositive ("…, said Ms. Tran, the trial was unfair" — rare, but a clause).
 */
export function afterAppositive(toks: readonly Tok[], k: number, b: number): number {
  let j = k;
  if (toks[j]?.lower === "and" && /^(a|an|the)$/.test(toks[j + 1]?.lower ?? "")) j++;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return -1;
  if (!/^(a|an|the)$/.test(t.lower) && !nounish(t)) return -1;
  for (; j < b; j++) {
    const x = toks[j]!;
    if (x.text === ",") return j + 1;
    if (x.kind === WORD && FINITE.has(x.lower)) return -1;
  }
  return b;
}

/** The index of the dash closing a parenthetical opened at `k`, or -1. */
function closingDash(toks: readonly Tok[], k: number, b: number): number {
  const d = toks[k]!.text;
  for (let j = k + 1; j < Math.min(b, k + 30); j++) if (toks[j]!.text === d) return j;
  return -1;
}

/**
 * The last token (exclusive) of content starting at `a` in unit `u`: the unit's end, or earlier
 * where reporting usually closes the reported clause: before ", according to", a participle
 * attribution (", saying …"), a coordinated clause (", and …", "but …", "and called …"), a
 * non-restrictive clause (", which …", ", while …"), a dash, or content another statement took.
 */
export function contentEnd(
  doc: StatementDoc,
  u: Unit,
  a: number,
  opts: { subordinate?: boolean } = {},
): number {
  const toks = doc.toks;
  // "hoped to carry the state, the race will be tight": an infinitive ends before a new clause.
  const infinitive = toks[a]?.lower === "to";
  for (let k = a; k < u.b; k++) {
    if (taken(doc, k)) return k;
    const t = toks[k]!;
    const piece = doc.pieceOf[k]!;
    if (piece >= 0) {
      // "things “should be wrapped up by Cleveland,” referring to …": a comma inside the closing
      // mark ends the clause as one outside it would.
      const last = k + 1 >= u.b || doc.pieceOf[k + 1] !== piece;
      if (last && k > a && toks[k - 1]!.text === "," && k + 1 < u.b) {
        if (closesAtComma(doc, u, k, infinitive)) return k + 1;
      }
      continue;
    }
    if (k === a) continue;
    // "While some saw these as bold moves, the uprisings were …": the clause ends at its comma.
    if (opts.subordinate && t.text === ",") return k;
    if (t.text === ";") return k;
    if (t.text === "—" || t.text === "–" || (t.text === "-" && t.start > toks[k - 1]!.end)) {
      // "an unborn baby – up until its birth – has no rights": a parenthetical, not the end.
      const close = closingDash(toks, k, u.b);
      if (close < 0) return k;
      k = close;
      continue;
    }
    const n = toks[k + 1];
    if (n === undefined || k + 1 >= u.b) continue;
    if ((t.lower === "and" || t.lower === "but") && k > a + 2) {
      if (cueVerbAt(toks, k + 1) || nextParticiple(toks, k + 1)) return k;
    }
    if (t.text === "," && closesAtComma(doc, u, k, infinitive)) return k;
  }
  return u.b;
}

/** Does the comma at `k` (or the closing mark after a comma) end the content it is in? */
function closesAtComma(doc: StatementDoc, u: Unit, k: number, infinitive: boolean): boolean {
  const toks = doc.toks;
  const n = toks[k + 1];
  if (n === undefined || k + 1 >= u.b) return false;
  if (n.lower === "according" && toks[k + 2]?.lower === "to") return true;
  if (doc.pieceOf[k + 1]! < 0 && attributionAfter(toks, k + 1, u.b)) return true;
  if (infinitive && CLAUSE_OPENERS.has(n.lower) && hasFiniteVerb(doc, k + 1, u.b)) return true;
  if (PARTICIPLES.has(n.lower) && cueAt(toks, k + 1) !== null) return true;
  if (NON_RESTRICTIVE.has(n.lower)) return true;
  return (
    (n.lower === "and" || n.lower === "but" || n.lower === "so" || n.lower === "yet") &&
    toks[k + 2]?.lower !== "that" &&
    // "…, and “we’ll see what it translates to”": the quotation is the speaker's too.
    doc.pieceOf[k + 2]! < 0
  );
}

/**
 * Content `[start, end)` (offsets) grown over quotations that start inside it: to the end of a
 * quotation that runs past the sentence, plus its pieces in later paragraphs as extra segments.
 */
export function extendOverQuotes(
  doc: StatementDoc,
  a: number,
  b: number,
  start: number,
  end: number,
): [number, number][] {
  let out = end;
  const extra: [number, number][] = [];
  const seen = new Set<number>();
  for (let k = a; k < b; k++) {
    const qi = doc.pieceOf[k]!;
    if (qi < 0) continue;
    const q = doc.quotes.pieces[qi]!;
    if (seen.has(q.group)) continue;
    seen.add(q.group);
    out = Math.max(out, q.end);
    for (const gi of doc.quotes.groups[q.group]!) {
      const p = doc.quotes.pieces[gi]!;
      if (p.para !== q.para) extra.push([p.start, p.end]);
    }
  }
  return [[start, out], ...extra];
}
