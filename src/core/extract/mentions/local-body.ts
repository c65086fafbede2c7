// The police of a place, named for it: every province has its police, and a register that keeps
// them all as "Police" would merge them into one body.
//   "Police in the central province of Nghệ An arrested …" → "Nghệ An provincial police"
//   "The Đồng Nai provincial police said …"                 → "Đồng Nai provincial police"
//   "Police in Hanoi detained …"                             → "Hanoi police"

import { PLACE_HEADS } from "../../lexicon/states.js";
import { PUNCT, WORD, type Tok } from "../../text/lex.js";
import type { Mention } from "./types.js";

const LEVELS: ReadonlyMap<string, string> = new Map([
  ["province", "provincial"],
  ["city", "city"],
  ["district", "district"],
]);

/** The capitalised words from `k` on, as written, and the token after them. */
function capitalised(text: string, toks: readonly Tok[], k: number, b: number): [string, number] {
  let j = k;
  while (j < b && toks[j]!.kind === WORD && toks[j]!.cap) j++;
  return j === k ? ["", k] : [text.slice(toks[k]!.start, toks[j - 1]!.end), j];
}

/**
 * "in [the] [adjective] province of X", "in X province", "in X" after "Police": the place and
 * its level, or null.
 */
function placeAfter(
  text: string,
  toks: readonly Tok[],
  k: number,
  b: number,
): { place: string; level: string | null } | null {
  if (toks[k]?.lower !== "in") return null;
  let j = k + 1;
  if (toks[j]?.lower === "the") j++;
  // "the central province of", "the northern city of".
  for (let n = 0; n < 2 && j < b && toks[j]!.kind === WORD && !toks[j]!.cap; n++) {
    const level = LEVELS.get(toks[j]!.lower);
    if (level !== undefined && toks[j + 1]?.lower === "of") {
      const [place] = capitalised(text, toks, j + 2, b);
      return place === "" ? null : { place, level };
    }
    j++;
  }
  const [place, after] = capitalised(text, toks, k + 1, b);
  if (place === "") return null;
  const level = toks[after]?.kind === WORD ? (LEVELS.get(toks[after]!.lower) ?? null) : null;
  return { place, level };
}

const nameOf = (place: string, level: string | null): string =>
  level === null ? `${place} police` : `${place} ${level} police`;

/** Names the bare "Police" mentions by the place the sentence puts them in. */
export function namePolice(text: string, toks: readonly Tok[], b: number, out: Mention[]): void {
  for (const m of out) {
    if (m.kind !== "organisation" || m.tokEnd - m.tokStart !== 1) continue;
    if (toks[m.tokStart]!.lower !== "police") continue;
    const p = placeAfter(text, toks, m.tokEnd, b);
    if (p !== null) m.name = nameOf(p.place, p.level);
  }
}

/**
 * "The Đồng Nai provincial police", "Hanoi police": a place mention right before "[provincial |
 * city | district] police" becomes that body's mention.
 */
export function placePolice(text: string, toks: readonly Tok[], b: number, m: Mention): void {
  // A run we cannot tell may be a person's name ("the shooting of Laquan McDonald police …"):
  // only one word of it is taken for a place.
  if (m.kind !== "place" && (m.kind !== "unknown" || m.tokEnd - m.tokStart > 1)) return;
  // "Ward police summoned him": the level alone names no place.
  if (m.tokEnd - m.tokStart === 1 && PLACE_HEADS.has(toks[m.tokStart]!.lower)) return;
  let j = m.tokEnd;
  let level: string | null = null;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return;
  if (t.lower === "provincial" || t.lower === "city" || t.lower === "district") {
    level = t.lower;
    j++;
  }
  const police = toks[j];
  if (j >= b || police === undefined || police.lower !== "police" || police.kind === PUNCT) return;
  m.name = nameOf(m.text, level);
  m.kind = "organisation";
  m.end = police.end;
  m.text = text.slice(m.start, m.end);
  m.tokEnd = j + 1;
}
