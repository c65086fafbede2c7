// A noun phrase after a noun-phrase object's last comma that sums it up or describes it is the
// writer's gloss, not the speaker's words:
//   endorsed the land reform, the third such plan in a decade          → "the land reform"
//   denounced the verdict, a sentence that shocked the families         → "the verdict"
//   praised the law's centrepiece, the Land Law                         → a name for it: goes on
// (Not after a reported clause: "said arrests rose, a drop from …" is often the speaker's.)

import { PUNCT, WORD, type Tok } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import type { StatementDoc } from "./find.js";

/**
 * Does the comma at `k` open a closing appositive: "a"/"an"/"the"/"one of" and a noun phrase
 * (not a name) running to the end of the unit `b`, with no verb of its own before a relative
 * word, after content of at least three words that does not end in a name?
 */
export function closingAppositive(doc: StatementDoc, a: number, k: number, b: number): boolean {
  const toks = doc.toks;
  const before = toks[k - 1];
  if (before === undefined || before.cap || before.kind !== WORD || k - a < 3) return false;
  let j = k + 1;
  const w = toks[j]?.lower ?? "";
  if (w === "one" && toks[j + 1]?.lower === "of") j += 2;
  else if (!OPENERS.has(w)) return false;
  // ("backed the plan's centrepiece, the Land Law": a name for the object, part of it.)
  if (toks[j + 1]?.cap) return false;
  return glossFrom(doc, j + 1, b);
}

const OPENERS = new Set(["a", "an", "the"]);
const RELATIVE = new Set(["that", "who", "which", "whom", "whose", "where"]);

/**
 * Whether tokens `[from, b)` can be the rest of a gloss: no quotation piece, no punctuation but
 * hyphens and the unit's closing stop, and no verb of its own before a relative word.
 */
function glossFrom(doc: StatementDoc, from: number, b: number): boolean {
  const toks = doc.toks;
  for (let i = from; i < b; i++) {
    const t = toks[i]!;
    if (doc.pieceOf[i]! >= 0) return false;
    if (t.kind === WORD && RELATIVE.has(t.lower)) return true;
    if (t.kind === PUNCT && t.text !== "-" && !endPunct(toks, i, b)) return false;
    if (finiteWord(t)) return false;
  }
  return true;
}

/** The unit's closing stop (and any marks after it). */
function endPunct(toks: readonly Tok[], i: number, b: number): boolean {
  for (let j = i; j < b; j++) if (toks[j]!.kind !== PUNCT) return false;
  return true;
}

/**
 * A closing appositive on a name that ends any content, clause or object: "said the family
 * would ask Tran Van Minh, a former judge who now defends bloggers, …" — the writer introduces
 * whom the speaker named; the speaker did not say it. Lower case must follow the article
 * (a name there is the thing named again).
 */
function nameAppositive(doc: StatementDoc, a: number, k: number, b: number): boolean {
  const toks = doc.toks;
  const before = toks[k - 1];
  if (before === undefined || k - a < 3 || !(before.cap || before.text === ")")) return false;
  const w = toks[k + 1]?.lower ?? "";
  if (!OPENERS.has(w) || toks[k + 2]?.cap !== false) return false;
  return glossFrom(doc, k + 2, b);
}

/** Does the comma at `k` open a closing appositive that ends content from `a` (an object or not)? */
export function appositiveCloses(
  doc: StatementDoc,
  a: number,
  k: number,
  b: number,
  object: boolean,
): boolean {
  return (object && closingAppositive(doc, a, k, b)) || nameAppositive(doc, a, k, b);
}
