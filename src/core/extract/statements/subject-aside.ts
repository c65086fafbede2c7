// An attribution inside an aside on the sentence's subject: the aside's closing comma ends the
// content, and the verb after it is the subject's, not the speaker's.
//   Lan, who through her lawyer declined to comment, was raised in Vinh. → "to comment"
//   The verdict, in which the judge cited national security, was read on Friday.
//   Activists in Hue, fearing reprisals, stayed away from the court.

import { IRREGULAR_PAST, PREPOSITIONS } from "../../lexicon/function-words.js";
import { PUNCT, WORD, type Tok } from "../../text/lex.js";
import { FINITE, finiteWord, sForm } from "./clause.js";
import { dashAt } from "./dashes.js";
import type { StatementDoc } from "./find.js";

/**
 * Does the comma at `k` close an aside that opened before the content at `a`? It does when the
 * last comma before the content opened a relative clause ("…, who …", "…, in which …") or a
 * participle ("…, fearing …"), the content has opened no comma, dash or parenthesis of its own,
 * and a finite verb follows (after at most one "-ly" adverb: "…, ultimately did not …"): that
 * verb is the sentence subject's, not the reported clause's.
 */
export function closesSubjectAside(
  doc: StatementDoc,
  floor: number,
  a: number,
  k: number,
  b: number,
): boolean {
  const toks = doc.toks;
  let j = k + 1;
  if (isLyAdverb(toks[j]) && j + 1 < b) j++;
  // ("…, represents one of …": a present tense too, unless a plural noun's verb follows it.)
  const present = sForm(toks[j]!.lower) && !toks[j]!.cap && !finiteWord(toks[j + 1]);
  if (j >= b || doc.pieceOf[j]! >= 0 || !(finiteWord(toks[j]) || present)) return false;
  // ("…, compared with last year", "…, distracted from the work": a participle, not a verb.)
  const w = toks[j]!.lower;
  const regular = !FINITE.has(w) && !IRREGULAR_PAST.has(w);
  // ("…, repeatedly failed to …": after an adverb it is the verb.)
  if (regular && j === k + 1 && PREPOSITIONS.has(toks[j + 1]?.lower ?? "")) return false;
  for (let i = a; i < k; i++) if (opensAside(toks, i)) return false;
  for (let i = a - 1; i > floor; i--) {
    if (opensAside(toks, i)) return toks[i]!.text === "," && asideOpener(toks, i + 1);
  }
  return false;
}

function opensAside(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  return t.kind === PUNCT && (t.text === "," || t.text === "(" || dashAt(toks, i));
}

/** "who", "which", "in which", "through whom", "fearing": what opens an aside on a subject. */
function asideOpener(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  // ("who’d", "who's": the relative with its auxiliary.)
  if (RELATIVES.has(t.lower.replace(/['’](d|s|ve|ll)$/, ""))) return true;
  if (PREPOSITIONS.has(t.lower) && RELATIVES.has(toks[i + 1]?.lower ?? "")) return true;
  return /ing$/.test(t.lower) && t.lower.length > 5;
}

const RELATIVES = new Set(["who", "whom", "whose", "which"]);

function isLyAdverb(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === WORD && !t.cap && /ly$/.test(t.lower) && t.lower.length > 4;
}
