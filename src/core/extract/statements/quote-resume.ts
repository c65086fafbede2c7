// A quotation's sentence that goes on after its attribution:
//   “It was bad luck,” he said, that both men had prayed there.       → “…” | that both men …
//   “Family leave,” the handbook states, becomes available “after a year.”

import { WORD, wordCount, type Tok } from "../../text/lex.js";
import { skipAdjuncts } from "./bridge.js";
import { FINITE } from "./clause.js";
import { isRoleWord } from "../mentions/name-lexicon.js";
import { contentEnd, extendOverQuotes } from "./content.js";
import { taken, trimSegment } from "./draft.js";
import type { StatementDoc, Unit } from "./find.js";

/**
 * The content after an attribution ending at token `end` that trails a quotation: after a comma,
 * "that" and its clause or a verb the quotation is the subject of. Null when the sentence ends
 * or something else follows ("…, he said, adding …", "…, said Lan, a lawyer").
 */
export function resumeAfterAttribution(
  doc: StatementDoc,
  u: Unit,
  end: number,
): [number, number][] | null {
  const toks = doc.toks;
  let j = skipAdjuncts(toks, end, u.b, null);
  // ("wrote in a letter, that …": the adjuncts took the comma before "that".)
  if (toks[j]?.lower === "that" && toks[j - 1]?.text === ",") j--;
  const n = toks[j + 1];
  if (toks[j]?.text !== "," || j + 1 >= u.b || n === undefined || n.kind !== WORD) return null;
  if (taken(doc, j + 1) || doc.pieceOf[j + 1]! >= 0) return null;
  const that = n.lower === "that" && toks[j + 2]?.kind === WORD;
  // ("…, asked about it in an interview": a participle describes the speaker; "…, press
  // secretary for …": an appositive.)
  const verb =
    FINITE.has(n.lower) ||
    (/^[a-z]+[^su]s$/.test(n.text) && !isRoleWord(n.lower) && !nounAfter(toks[j + 2]));
  if (!that && !verb) return null;
  const a = j + 1;
  const b = contentEnd(doc, u, a);
  if (wordCount(toks, a, b) < 3) return null;
  const s = trimSegment(doc.text, toks[a]!.start, toks[b - 1]!.end);
  return s === null ? null : extendOverQuotes(doc, a, b, s[0], s[1]);
}

/** "communications director", "press secretary": the word after a plural-looking noun is a noun. */
function nounAfter(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === WORD && !t.cap && isRoleWord(t.lower);
}
