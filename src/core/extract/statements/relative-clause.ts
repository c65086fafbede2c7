// Clauses after a comma inside reported content: a relative clause inside the content's subject,
// and clauses that describe something in the content rather than end it.
//   said his members, who lean towards the party, would march behind him → one clause
//   vowed to build a new dam, which would flood three villages           → goes on
//   said police had visited Mai, who said she had done nothing wrong    → ends at the comma

import { finiteWord, sForm, titleDot } from "./clause.js";
import { cueAt } from "./cues.js";
import type { StatementDoc, Unit } from "./find.js";
import { verbBetween } from "./object-end.js";
import { WORD } from "../../text/lex.js";

/**
 * The comma at `k` opens ", which …," or ", who …," (or a short appositive with no verb) after
 * the content's subject (no verb yet since `a`), and a verb follows the closing comma, also as
 * the first word of a quotation ("Ms. Lan, who runs a shelter, “is a danger to no one”"): the
 * token after that comma, else -1.
 */
export function relativeInSubject(doc: StatementDoc, u: Unit, a: number, k: number): number {
  const toks = doc.toks;
  const w = toks[k + 1]?.lower;
  // "his band and Le Van Minh, AKA DJ Minh, wrote …": a short appositive, with no verb.
  const appositive = w !== "which" && w !== "who";
  if (k - a > 8 || verbBetween(toks, a - 1, k)) return -1;
  for (let j = k + 2; j < Math.min(u.b - 1, k + 40); j++) {
    const t = toks[j]!;
    // ("who voted for Mr. Obama," : a title's stop does not end the clause.)
    if (t.text === "." && titleDot(toks, j)) continue;
    if (t.text === ";" || t.text === "." || doc.pieceOf[j]! >= 0) return -1;
    if (appositive && (j - k > 10 || finiteWord(t))) return -1;
    if (t.text !== ",") continue;
    const opens = doc.pieceOf[j + 1]! >= 0 && toks[j + 1]!.kind !== WORD;
    const n = toks[opens ? j + 2 : j + 1]!;
    // ("developers, who are seeking funds, say …": a cue's base form after a plural.)
    const plural = /[^s]s$/.test(toks[k - 1]!.lower);
    const base =
      plural && n.kind === WORD && !n.cap && cueAt(toks, opens ? j + 2 : j + 1)?.form.base;
    const verb = finiteWord(n) || (n.kind === WORD && !n.cap && sForm(n.lower)) || base === true;
    return verb ? j + 1 : -1;
  }
  return -1;
}

/**
 * The comma at `k` opens a clause that describes something in the content: true when the content
 * goes on over it, false when it ends there, null when no such clause opens. "…, who has run a
 * shelter for years", "…, which would flood three villages", "…, though his family did not",
 * "…, so the fines must be repaid" go on; one holding a cue verb of its own ("…, who argued that
 * …") ends the content. A noun-phrase object ends at ", which" ("referring to the hearing, which
 * …"), and ", so" before a quotation is left to the rules for quotations.
 */
export function describingClause(
  doc: StatementDoc,
  u: Unit,
  k: number,
  object: boolean,
): boolean | null {
  const w = doc.toks[k + 1]?.lower;
  const opens =
    w === "who" ||
    w === "though" ||
    (w === "so" && !object && doc.pieceOf[k + 2]! < 0) ||
    (w === "which" && !object);
  return opens ? !relativeReports(doc, k + 2, u.b) : null;
}

/** A cue verb in the relative clause from `k` to its comma or the unit end. */
function relativeReports(doc: StatementDoc, k: number, b: number): boolean {
  // ("…, which is about $1,200, according to the court": already another statement's content.)
  if (doc.claimed[k - 1]! > 0) return true;
  for (let j = k; j < b && doc.toks[j]!.text !== ","; j++) {
    const c = cueAt(doc.toks, j);
    const verb = c !== null && (c.form.past || c.form.gerund || !c.form.nounLike);
    if (verb && !doc.toks[j]!.cap) return true;
  }
  return false;
}
