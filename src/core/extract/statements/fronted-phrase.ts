// A phrase that opens a sentence before its subject: "In an interview with VTV in late May, the
// minister boasted about …", "After the hearing, the lawyer spoke angrily about …". It says
// where or when, never what was said, so it is no content an end attribution can take.

import { PREPOSITIONS } from "../../lexicon/function-words.js";
import { WORD } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import type { StatementDoc } from "./find.js";

/** Tokens `[a, b)` are a prepositional phrase with no verb and no quotation in it. */
export function frontedPhrase(doc: StatementDoc, a: number, b: number): boolean {
  const toks = doc.toks;
  const first = toks[a];
  if (first === undefined || first.kind !== WORD || !PREPOSITIONS.has(first.lower)) return false;
  for (let k = a; k < b; k++) {
    if (doc.pieceOf[k]! >= 0 || finiteWord(toks[k])) return false;
  }
  return true;
}
