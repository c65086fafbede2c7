// Speakers that stand for a noun phrase said just before them:
//   Some two hundred Hoa Hao followers gathered outside. Several said they were stopped.
//     → "several Hoa Hao followers"
//   … a protest by families from Kandal province who say they were evicted.
//     → "families from Kandal province"
//   Lộc accused commune officials of holding villagers. Officials threatened to sue him.
//     → "commune officials"
// Neither names an actor, so the mention index cannot resolve them; the text around can.

import { COUNTED_NOUNS } from "../../lexicon/counted-nouns.js";
import { DETERMINERS } from "../../lexicon/function-words.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import type { Span } from "../../types.js";
import type { StatementDoc } from "./find.js";
import { nounish, npLeftOf, postmodifiedFrom } from "./noun-phrase.js";

const QUANTIFIERS = new Set(["several", "many", "some", "most", "others"]);
const RELATIVES = new Set(["who", "which"]);
// Number words inside a quantity ("Some two hundred followers"), not part of what is counted.
const AMOUNT_WORDS = new Set(["hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"]);

/** What the speaker mention at `sp` in unit `ui` stands for, or null when it names itself. */
export function standsFor(doc: StatementDoc, sp: Span, ui: number): string | null {
  const toks = doc.toks;
  const k = doc.idx.tokenAt(sp.start);
  const t = toks[k]!;
  if (t.kind !== WORD || toks[k]!.end !== sp.end) return null;
  if (RELATIVES.has(t.lower)) return antecedent(doc, k);
  if (QUANTIFIERS.has(t.lower) && ui > 0) {
    const group = firstGroup(doc, ui - 1);
    return group === null ? null : `${t.lower} ${group}`;
  }
  if (t.cap && k === doc.units[ui]!.a && ui > 0) return fuller(doc, k, ui - 1);
  return null;
}

/**
 * "… complaints accusing commune officials of … Officials in turn threatened …": a bare plural
 * opening a sentence is the group the sentence before named with a modifier.
 */
function fuller(doc: StatementDoc, k: number, prev: number): string | null {
  const toks = doc.toks;
  const word = toks[k]!.lower;
  const u = doc.units[prev]!;
  if (!word.endsWith("s") || doc.units[prev + 1]?.para !== u.para) return null;
  for (let j = u.a + 1; j < u.b; j++) {
    const m = toks[j - 1]!;
    if (toks[j]!.lower !== word || toks[j]!.cap || m.cap || !nounish(m) || quantity(m)) continue;
    return `${m.lower} ${word}`;
  }
  return null;
}

/** "families from Kandal province who": the noun phrase the relative pronoun at `k` follows. */
function antecedent(doc: StatementDoc, k: number): string | null {
  const toks = doc.toks;
  let h = k - 1;
  if (toks[h]?.text === ",") h--;
  const head = toks[h];
  if (head === undefined || head.kind !== WORD || !(head.cap || nounish(head))) return null;
  const floor = Math.max(0, h - 12);
  const np = npLeftOf(toks, h, floor);
  const whole = postmodifiedFrom(toks, np);
  return doc.text.slice(toks[whole.a]!.start, toks[whole.b - 1]!.end);
}

/** The first group of people the unit names, without its quantity: "Hoa Hao followers". */
function firstGroup(doc: StatementDoc, ui: number): string | null {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  for (let k = u.a; k < u.b; k++) {
    if (doc.pieceOf[k]! >= 0 || !COUNTED_NOUNS.has(toks[k]!.lower)) continue;
    let a = npLeftOf(toks, k, u.a).a;
    // "Dozens of Khmer Krom farmers": the quantity and its "of".
    while (a < k && (quantity(toks[a]!) || toks[a]!.lower === "of")) a++;
    return doc.text.slice(toks[a]!.start, toks[k]!.end);
  }
  return null;
}

function quantity(t: Tok): boolean {
  return t.kind === NUMBER || DETERMINERS.has(t.lower) || AMOUNT_WORDS.has(t.lower);
}
