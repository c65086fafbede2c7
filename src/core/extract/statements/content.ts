// Where reported content ends: at the unit's end, or earlier where reporting usually closes the
// reported clause ("…, adding that …", "…, which …", a dash), and its pieces over quotations.

import { NARRATED_SUBJECTS, PREPOSITIONS } from "../../lexicon/function-words.js";
import { PUNCT, type Tok, WORD } from "../../text/lex.js";
import { CLAUSE_OPENERS, FINITE, hasFiniteVerb } from "./clause.js";
import { negatedTo } from "./content-start.js";
import { cueAt } from "./cues.js";
import { cueVerbAt } from "./cue-verb-after-and.js";
import { clauseAfterAside, closingDash, dashAt, dashGoesOn } from "./dashes.js";
import { dashElaborates } from "./dash-elaboration.js";
import { taken } from "./draft.js";
import type { StatementDoc, Unit } from "./find.js";
import { nounish } from "./noun-phrase.js";
import { joinsGerund } from "./gerund-join.js";
import { parallelParticiple } from "./parallel-participle.js";
import { tenseClash } from "./tense-clash.js";
import { endsInfinitive, endsObject, INFINITIVE_ENDERS, verbBetween } from "./object-end.js";
import { describingClause, relativeInSubject } from "./relative-clause.js";
import { closesSubjectAside } from "./subject-aside.js";
import { appositiveCloses } from "./closing-appositive.js";

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

const NON_RESTRICTIVE = new Set([
  "which",
  "who",
  "while",
  "though",
  "although",
  "whereas",
  "where",
]);

const RELATIVE = new Set(["who", "which", "whose", "whom"]);

const REPORTING = new Set(["speech", "writing"]);

const PARTICIPLE_CLASSES = new Set(["speech", "writing", "evaluation"]);

/**
 * "calling it “baseless” and adding he hopes …", "– the envoy saying he was “encouraged” and Hoa
 * calling it …": a second participle attribution (with its own subject, a name, or none) after
 * "and"/"but" starts a statement of its own.
 */
function nextParticiple(toks: readonly Tok[], k: number): boolean {
  let j = k;
  if (toks[j]?.cap && toks[j]!.kind === WORD) j++;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  const c = cueAt(toks, j);
  // ("calling it a great meeting" names, with an intention verb's form.)
  return (
    c !== null && c.form.gerund && (PARTICIPLE_CLASSES.has(c.form.cls) || c.form.lemma === "call")
  );
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
  // ("…, a group that has defended bloggers since 2012": the verbs of its relative clause.)
  let relative = false;
  for (; j < b; j++) {
    const x = toks[j]!;
    if (x.text === ",") return j + 1;
    if (j > k && /^(that|who|which)$/.test(x.lower)) relative = true;
    if (x.kind === WORD && FINITE.has(x.lower) && !relative) return -1;
  }
  return b;
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
  opts: { subordinate?: boolean; object?: boolean; gerund?: boolean } = {},
): number {
  const toks = doc.toks;
  // "hoped to carry the state, the race will be tight": an infinitive ends before a new clause.
  const infinitive = toks[a]?.lower === "to" || negatedTo(toks, a);
  for (let k = a; k < u.b; k++) {
    // "urging them to resist what he is calling a land grab", "in which she said she …": a
    // statement nested inside the content, its attribution not set off, is part of it.
    // ("fines to deter what the council called “a threat to the river”": its quotation too.)
    if (taken(doc, k)) {
      // ("telling reporters he viewed the governor as “…”": the nested speaker opens it.)
      const opens = k === a && nestedSpeakerAt(doc, k, u.b);
      const nested = (k > a && toks[k - 1]!.kind !== PUNCT && doc.pieceOf[k]! < 0) || opens;
      if (!nested && !(doc.pieceOf[k]! >= 0 && k > a && taken(doc, k - 1))) return k;
      continue;
    }
    const t = toks[k]!;
    const piece = doc.pieceOf[k]!;
    if (piece >= 0) {
      // "the hearing “must end by noon,” referring to …": a comma inside the closing
      // mark ends the clause as one outside it would.
      const last = k + 1 >= u.b || doc.pieceOf[k + 1] !== piece;
      if (last && k > a && toks[k - 1]!.text === "," && k + 1 < u.b) {
        if (closesAtComma(doc, u, k, infinitive, opts.object === true)) return k + 1;
      }
      continue;
    }
    if (k === a) continue;
    // "While some saw these as bold moves, the uprisings were …": the clause ends at its comma.
    // "… achieve what experts think is needed: ending …", "(which it called biased)": so does a
    // relative clause at its colon or closing parenthesis.
    if (opts.subordinate && (t.text === "," || t.text === ":" || t.text === ")")) return k;
    // "voters who are expected to decide it and who remain loyal to him": a second relative
    // clause on the same noun says something else about it.
    if (opts.subordinate && /^(and|but)$/.test(t.lower) && RELATIVE.has(toks[k + 1]?.lower ?? ""))
      return k;
    if (opts.object && endsObject(doc, a, k)) return k;
    // "declined to comment because …", "pledged to close the centres after …": why and when
    // someone intends, not what ("vowed to resettle them before the rains" keeps its deadline).
    if (infinitive && t.kind === WORD && INFINITIVE_ENDERS.has(t.lower) && piece < 0) return k;
    if (infinitive && endsInfinitive(doc, k, u.b)) return k;
    if (t.text === ";") return k;
    if (dashAt(toks, k)) {
      // "the detainee – held since March – has no lawyer": a parenthetical, not the end.
      const close = closingDash(toks, k, u.b);
      if (close < 0) {
        if (dashGoesOn(toks, k) || dashElaborates(doc, a, k, u.b)) continue;
        return k;
      }
      // "When she opposed the decree — a pillar of his plan — it was a victory for …": the
      // sentence goes on after the aside with a clause of its own.
      // ("that – in his working life – he is …": the content's own clause comes after it.)
      const after = clauseAfterAside(doc, close + 1, u.b);
      const complete = opts.object || infinitive || verbBetween(toks, a, k);
      if (after === "clause" && complete) return k;
      // ("touted his record — “the longest expansion” — and promised …": the aside is the
      // object's; the subject's next verb is not.)
      if (after === "verb") return close;
      k = close;
      continue;
    }
    const n = toks[k + 1];
    if (n === undefined || k + 1 >= u.b) continue;
    if ((t.lower === "and" || t.lower === "but") && k > a + 1) {
      if (cueVerbAt(toks, k + 1) && !tenseClash(toks, a, k + 1)) return k;
      if (nextParticiple(toks, k + 1) && !joinsGerund(doc, a, k)) return k;
      if (opts.gerund && t.lower === "and" && parallelParticiple(doc, a, k)) return k;
    }
    if (t.text === ",") {
      // "a plan that, once the council signs it, will …": a clause word before the comma
      // still wants its clause.
      if (k > a && /^(that|which|who)$/.test(toks[k - 1]!.lower)) continue;
      // "his members, who lean Republican, would march behind him": a relative clause inside
      // the content's subject.
      const after = relativeInSubject(doc, u, a, k);
      if (after > k) {
        k = after - 1;
        continue;
      }
      if (closesSubjectAside(doc, u.a, a, k, u.b)) return k;
      if (appositiveCloses(doc, a, k, u.b, opts.object === true)) return k;
      if (closesAtComma(doc, u, k, infinitive, opts.object === true)) return k;
    }
  }
  return u.b;
}

/** A verb (or its adverb) right after "and": the clause before goes on with its own subject. */
function sharedVerb(t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  return FINITE.has(t.lower) || /^(also|then|later|still|even|only|not)$/.test(t.lower);
}

/** Does the comma at `k` (or the closing mark after a comma) end the content it is in? */
function closesAtComma(
  doc: StatementDoc,
  u: Unit,
  k: number,
  infinitive: boolean,
  object: boolean,
): boolean {
  const toks = doc.toks;
  const n = toks[k + 1];
  if (n === undefined || k + 1 >= u.b) return false;
  if (n.lower === "according" && toks[k + 2]?.lower === "to") return true;
  // "…, as have other deputies": others said the same; the comparison is the writer's.
  if (n.lower === "as" && /^(have|has|had|did|do|does)$/.test(toks[k + 2]?.lower ?? ""))
    return true;
  if (doc.pieceOf[k + 1]! < 0 && attributionAfter(toks, k + 1, u.b)) return true;
  if (infinitive && CLAUSE_OPENERS.has(n.lower) && hasFiniteVerb(doc, k + 1, u.b)) return true;
  if (PARTICIPLES.has(n.lower) && cueAt(toks, k + 1) !== null) return true;
  const goesOn = describingClause(doc, u, k, object);
  if (goesOn !== null) return !goesOn;
  if (NON_RESTRICTIVE.has(n.lower)) return true;
  return (
    (n.lower === "and" || n.lower === "but" || n.lower === "so" || n.lower === "yet") &&
    toks[k + 2]?.lower !== "that" &&
    // ("would not close the camp, but rather move the detainees": the claim's own contrast.)
    !(n.lower === "but" && /^(rather|instead)$/.test(toks[k + 2]?.lower ?? "")) &&
    // "…, and “we’ll find out what it means for us”": the quotation is the speaker's too.
    doc.pieceOf[k + 2]! < 0 &&
    // "the figures may be “far too low,” and have been disputed": a second verb of the same subject.
    !sharedVerb(toks[k + 2])
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

/**
 * A subject pronoun or a name at `k` right before a finite verb: the speaker of a statement
 * nested at the start of the content ("telling reporters he viewed …").
 */
function nestedSpeakerAt(doc: StatementDoc, k: number, b: number): boolean {
  const t = doc.toks[k]!;
  if (t.kind !== WORD || doc.pieceOf[k]! >= 0 || k + 1 >= b) return false;
  if (!NARRATED_SUBJECTS.has(t.lower)) return false;
  return cueAt(doc.toks, k + 1) !== null;
}
