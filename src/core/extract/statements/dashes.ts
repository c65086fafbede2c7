// Dashes in reported content: a pair is a parenthesis ("the detainee – held since March – has no
// lawyer"); after a lone one the content goes on only with "and that …", "but …", "including …".

import { type Tok, WORD } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import type { StatementDoc } from "./find.js";

/** A dash: an em or en dash, or a hyphen with a space before it ("--" is two). */
export function dashAt(toks: readonly Tok[], k: number): boolean {
  const x = toks[k]!.text;
  return x === "—" || x === "–" || (x === "-" && k > 0 && toks[k]!.start > toks[k - 1]!.end);
}

/**
 * Does the dash at `k` go on with the same content: "— and that the defence …", "— but only …";
 * not "— and he singled out …" or "— and the judge …", a clause with its own subject.
 */
export function dashGoesOn(toks: readonly Tok[], k: number): boolean {
  const after = toks[k + 1]?.text === "-" ? k + 2 : k + 1;
  const w = toks[after];
  if (w === undefined || !DASH_GOES_ON.has(w.lower)) return false;
  const n = toks[after + 1];
  const ownSubject =
    (w.lower === "and" || w.lower === "but") &&
    n !== undefined &&
    n.kind === WORD &&
    (/^(he|she|they|it|we|i)$/.test(n.lower) ||
      (n.cap && n.lower !== "i") ||
      // ("— but the sentence was not" is the same claim's contrast.)
      (w.lower === "and" && /^(the|his|her|their|its)$/.test(n.lower)));
  return !ownSubject;
}

/** Words after a dash that go on with the same content: "— and that the defence …". */
const DASH_GOES_ON: ReadonlySet<string> = new Set([
  "and",
  "but",
  "or",
  "nor",
  "not",
  "if",
  "because",
  "even",
  "so",
  "including",
]);

/** The index of the dash closing a parenthetical opened at `k`, or -1. */
export function closingDash(toks: readonly Tok[], k: number, b: number): number {
  const d = toks[k]!.text;
  for (let j = k + 1; j < Math.min(b, k + 30); j++) if (toks[j]!.text === d) return j;
  return -1;
}

/**
 * What follows a closing dash at `j`: "clause" for a subject of its own and its verb ("— it was
 * a victory", "— Hoa said"), "verb" for "and"/"but" and a verb ("— and repeatedly warned …"),
 * else null (the content's own verb: "the detainee – held since March – has no lawyer").
 */
export function clauseAfterAside(
  doc: StatementDoc,
  j: number,
  b: number,
): "clause" | "verb" | null {
  const toks = doc.toks;
  let i = j;
  if (toks[i]?.lower === "and" || toks[i]?.lower === "but") {
    i++;
    while (i < b && /ly$/.test(toks[i]!.lower)) i++;
    return i < b && finiteWord(toks[i]) ? "verb" : null;
  }
  const t = toks[i];
  if (t === undefined || t.kind !== WORD || doc.pieceOf[i]! >= 0) return null;
  if (!t.cap && !SUBJECTS.has(t.lower)) return null;
  for (let x = i + 1; x < Math.min(b, i + 5); x++) {
    const w = toks[x]!;
    if (w.kind !== WORD) return null;
    if (finiteWord(w)) return "clause";
  }
  return null;
}

const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there", "this"]);
