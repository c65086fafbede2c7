// What is reported through a second speech verb inside an object or an intention:
//   published the findings of its inquiry by announcing that the camp would close
//     → "that the camp would close" (the cue runs to "announcing")
//   sought to calm investors in saying that the port would reopen within a week
// The object says how the report was made; the gerund's content is what was reported.

import { WORD } from "../../text/lex.js";
import { cueAt } from "./cues.js";
import type { StatementDoc } from "./find.js";
import { verbBetween } from "./object-end.js";

const REPORTING = new Set(["speech", "writing"]);

/**
 * The token after a speech gerund after "by"/"in" inside `[a, b)`, when that content has no
 * finite verb before it (an object or an infinitive), or -1.
 */
export function innerReport(doc: StatementDoc, a: number, b: number): number {
  const toks = doc.toks;
  for (let j = a + 1; j + 2 < b; j++) {
    const t = toks[j]!;
    // ("Lan ‘absolutely right’ in saying …": a headline's words voiced are its content.)
    if (doc.pieceOf[j]! >= 0) return -1;
    if (t.kind !== WORD || (t.lower !== "by" && t.lower !== "in")) continue;
    const c = cueAt(toks, j + 1);
    if (c === null || !c.form.gerund || !REPORTING.has(c.form.cls)) continue;
    return verbBetween(toks, a - 1, j) ? -1 : c.tokEnd;
  }
  return -1;
}
