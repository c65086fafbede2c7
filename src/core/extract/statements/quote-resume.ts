// A quotation's sentence that goes on after its attribution:
//   “It was mere chance,” he said, that both men had prayed there.    → “…” | that both men …
//   “Family leave,” the handbook states, becomes available “after a year.”
// and one that the quotation finishes after a fronted phrase:
//   When the police came, the abbot said, “we kept praying.”         → When … came | “…”

import { PREPOSITIONS } from "../../lexicon/function-words.js";
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

/**
 * "When the police came, the abbot said, “we kept praying.”": a quotation opening in lower case
 * after an attribution finishes the sentence the words before the attribution began, so they
 * are said too. `from` is where the sentence (or the words after an earlier quotation) starts,
 * `speaker` the attribution's first token; one phrase only, with no comma, dash or quotation of
 * its own. Null when it does not apply.
 */
export function frontedContent(
  doc: StatementDoc,
  from: number,
  speaker: number,
  pieceStart: number,
): [number, number] | null {
  const toks = doc.toks;
  const first = doc.text.slice(pieceStart + 1, pieceStart + 2);
  if (!/\p{Ll}/u.test(first)) return null;
  const comma = speaker - 1;
  if (toks[comma]?.text !== "," || wordCount(toks, from, comma) < 1) return null;
  for (let k = from; k < comma; k++) {
    if (doc.pieceOf[k]! >= 0 || taken(doc, k)) return null;
    if (/^[,;:—–()-]$/.test(toks[k]!.text) && !(k === from + 1 && toks[k]!.text === ","))
      return null;
  }
  // A clause the quotation completes ("If the court rules, …", "So when …", "But, …") or the
  // subject of its verb ("Tran Van Hieu, she said, “has never …”"); not a phrase about the
  // speaker ("Leaning into the crowd, she added, “…”") nor a time or place ("In 2014, …").
  let k = from;
  if (/^(so|and|but|yet)$/.test(toks[k]!.lower)) k++;
  const clause = k === comma || FRONTED_CLAUSE.has(toks[k]!.lower);
  let name = !PREPOSITIONS.has(toks[from]!.lower);
  for (let j = from; j < comma; j++) name &&= toks[j]!.kind === WORD && toks[j]!.cap;
  if (!clause && !(name && comma - from <= 4)) return null;
  return trimSegment(doc.text, toks[from]!.start, toks[comma - 1]!.end);
}

const FRONTED_CLAUSE = new Set([
  "when",
  "if",
  "because",
  "although",
  "though",
  "since",
  "while",
  "once",
  "unless",
  "until",
  "whether",
]);
