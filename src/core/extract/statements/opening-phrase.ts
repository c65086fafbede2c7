// A participle in the phrase that opens a sentence, and the subject it shares:
//   After announcing his candidacy in May, Hoa promised …              → Hoa announced
//   A month after announcing his backing for the plan, Hoa still …    → Hoa announced
// and where the main clause starts after an opening clause:
//   When Hieu, the family's lawyer was asked …, he laughed and said …  → he said

import { NARRATED_SUBJECTS } from "../../lexicon/function-words.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import type { Span } from "../../types.js";
import { finiteWord, pastTense, sForm } from "./clause.js";
import { cueAt, isVerbForm, type Cue } from "./cues.js";
import { spanOf, type Draft } from "./draft.js";
import type { StatementDoc, Unit } from "./find.js";
import { rightSpeaker } from "./speaker.js";

/**
 * "After announcing his candidacy in May, Hoa promised …", "One month after announcing …, Hoa
 * still believes …": a participle in the phrase that opens the sentence shares the subject that
 * follows the phrase's comma.
 */
export function openingParticipleSubject(doc: StatementDoc, u: Unit, c: Cue): Span | null {
  const toks = doc.toks;
  if (!inOpeningPhrase(doc, u, c)) return null;
  let comma = c.tokEnd;
  while (comma < u.b && toks[comma]!.text !== "," && comma - c.tok < 25) comma++;
  if (toks[comma]?.text !== ",") return null;
  const sp = rightSpeaker(toks, comma + 1, u.b);
  if (sp === null) return null;
  // ("Hoa still believes …": the noun phrase reader runs on over lower-case words.)
  for (let k = sp.a + 1; k < sp.b; k++) if (verbAfter(toks[k])) sp.b = k;
  if (!verbAfter(toks[sp.b])) return null;
  return spanOf(doc, sp);
}

/** A verb (or an adverb before one) right after the subject. */
function verbAfter(t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  return (
    finiteWord(t) ||
    sForm(t.lower) ||
    cueAt([t], 0) !== null ||
    /ly$/.test(t.lower) ||
    /^(still|also|then)$/.test(t.lower)
  );
}

/**
 * The participle `c` follows "after"/"before"/"while"/"since"/"upon"/"by" that opens the sentence,
 * alone or after a span of time ("One month after announcing …", "Shortly before leaving …").
 */
export function inOpeningPhrase(doc: StatementDoc, u: Unit, c: Cue): boolean {
  const toks = doc.toks;
  const sub = c.tok - 1;
  if (!c.form.gerund || !/^(after|before|while|since|upon|by)$/.test(toks[sub]?.lower ?? ""))
    return false;
  for (let k = u.a; k < sub; k++) {
    const t = toks[k]!;
    const span =
      t.kind === NUMBER ||
      /^(one|two|three|four|five|a|an|few|several|just|shortly|soon|long|only|even|days?|hours?|weeks?|months?|years?)$/i.test(
        t.text,
      ) ||
      (/ly$/.test(t.lower) && t.kind === WORD);
    if (!span) return false;
  }
  return true;
}

/**
 * "When Tran Van Hieu, the family's lawyer was asked …, he laughed and said": the comma after
 * `from` and before the cue at `cue` that a subject pronoun and its verb follow, where the main
 * clause starts after an opening clause with a comma of its own; -1 when there is none.
 */
export function pronounClause(doc: StatementDoc, from: number, cue: number): number {
  const toks = doc.toks;
  for (let k = cue - 3; k > from; k--) {
    if (toks[k]!.text !== "," || doc.pieceOf[k]! >= 0) continue;
    if (NARRATED_SUBJECTS.has(toks[k + 1]!.lower) && pastVerb(toks[k + 2])) return k;
  }
  return -1;
}

/** A past or other verb form, lower case, right after a subject. */
export function pastVerb(verb: Tok | undefined): boolean {
  return (
    verb !== undefined &&
    verb.kind === WORD &&
    !verb.cap &&
    (pastTense(verb.lower) || isVerbForm(verb.lower))
  );
}

const OPENING_SUBORDINATORS =
  /^(when|while|after|before|if|although|though|because|since|once|until)$/;

/**
 * "When the lawyer asked the court to delay it, the judge declined, citing …": the statements
 * before are inside the opening subordinate clause; the main clause after its comma has the
 * subject the participle shares.
 */
export function mainAfterOpeningClause(
  doc: StatementDoc,
  u: Unit,
  c: Cue,
  earlier: readonly Draft[],
): Span | null {
  const toks = doc.toks;
  let v = u.a;
  while (v < c.tok && /^(but|and|so|yet)$/i.test(toks[v]!.text)) v++;
  if (!OPENING_SUBORDINATORS.test(toks[v]?.lower ?? "")) return null;
  let comma = v + 1;
  while (comma < c.tok && !(toks[comma]!.text === "," && doc.pieceOf[comma]! < 0)) comma++;
  if (comma >= c.tok - 1) return null;
  comma = Math.max(comma, pronounClause(doc, comma, c.tok));
  // (Only when every statement before sits inside the opening clause.)
  if (earlier.some((d) => d.cue!.start > toks[comma]!.start)) return null;
  const first = toks[comma + 1]!;
  const sp = NARRATED_SUBJECTS.has(first.lower)
    ? { a: comma + 1, b: comma + 2 }
    : rightSpeaker(toks, comma + 1, c.tok);
  if (sp === null) return null;
  return sp.b < c.tok && pastVerb(toks[sp.b]) ? spanOf(doc, sp) : null;
}
