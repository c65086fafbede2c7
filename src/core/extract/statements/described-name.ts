// A name set off after a description of its bearer, as the subject of an "-s" cue that is also a
// noun: "Her lawyer, Tran Van Hieu, calls the verdict …" (a verb, not "calls" the noun).

import { type Tok, WORD } from "../../text/lex.js";
import { AUXILIARIES } from "../../lexicon/function-words.js";

/**
 * "Her lawyer, Tran Van Hieu, calls …": the comma at `k` closes a name set off after a
 * description of its bearer (a lower-case noun before the name's comma).
 */
export function nameAfterDescription(
  toks: readonly Tok[],
  k: number,
  floor: number,
  isName: (k: number) => boolean,
): boolean {
  if (!toks[k - 1]?.cap || !isName(k - 1)) return false;
  for (let j = k - 2; j > floor && k - j <= 6; j--) {
    const t = toks[j]!;
    if (t.text === ",") {
      const role = toks[j - 1]!;
      return role.kind === WORD && !role.cap && !AUXILIARIES.has(role.lower);
    }
    if (!(t.kind === WORD && t.cap) && t.text !== ".") return false;
  }
  return false;
}
