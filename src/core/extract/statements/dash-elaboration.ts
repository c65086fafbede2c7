// A lone dash that opens the speaker's own elaboration of what was just said: "said the trial was
// a sham — a hearing that nobody could attend", "warned the dam could fail — putting three
// villages at risk". A participle phrase, or a noun phrase with a relative clause of its own,
// goes on with the content; "— he added …", "— which …", "— but the court …" do not, nor a
// short noun phrase alone, the writer's comment ("said 40 were held — a record").

import { SUBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { WORD } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import { cueAt } from "./cues.js";
import type { StatementDoc } from "./find.js";

// Words after the dash that open a clause or a relative clause of their own.
const OWN_CLAUSE = new Set([
  ...SUBJECT_PRONOUNS,
  "there",
  "this",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "whether",
  "as",
  "while",
  "according",
]);

/**
 * Does the lone dash at `k` go on with an elaboration up to the unit end `b`? Only after a
 * clause (content from `a` with a verb): after an object ("denied the charges — a claim …") the
 * phrase is the writer's.
 */
export function dashElaborates(doc: StatementDoc, a: number, k: number, b: number): boolean {
  const toks = doc.toks;
  if (!clauseVerb(doc, a, k)) return false;
  const i = toks[k + 1]?.text === "-" ? k + 2 : k + 1;
  const w = toks[i];
  if (w === undefined || i >= b || w.kind !== WORD || w.cap || doc.pieceOf[i]! >= 0) return false;
  // ("— noting that …", "— adding …": the speaker's next statement.)
  const cls = cueAt(toks, i)?.form.cls;
  if (OWN_CLAUSE.has(w.lower) || cls === "speech" || cls === "writing") return false;
  for (let j = i; j < b; j++) {
    const t = toks[j]!;
    // ("a verdict that nobody could appeal": the verb of the noun's own relative clause.)
    if (/^(that|who|which)$/.test(t.lower)) return true;
    if (t.text === ";" || t.text === ":" || doc.pieceOf[j]! >= 0) return false;
    if (finiteWord(t) || (!t.cap && cueAt(toks, j)?.form.past === true)) return false;
  }
  // A short noun phrase alone ("— a record for the province") is the writer's comment.
  return /ing$/.test(w.lower);
}

// A finite verb of the content's own before the dash; one inside a quoted name ("called it a
// “let the river run” plan") does not make an object a clause.
function clauseVerb(doc: StatementDoc, a: number, k: number): boolean {
  for (let j = a + 1; j < k; j++) if (doc.pieceOf[j]! < 0 && finiteWord(doc.toks[j])) return true;
  return false;
}
