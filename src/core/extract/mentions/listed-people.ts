// A name we cannot tell, in a list of people, is a person.

import type { Tok } from "../../text/lex.js";
import type { Mention } from "./types.js";

/**
 * "Zhang Zhongshun, Dai Zhenya and Li Shuai": a name we cannot tell, listed between people with
 * only a comma or "and" between, is a person.
 */
export function listedWithPeople(toks: readonly Tok[], out: Mention[]): void {
  const joined = (x: Mention, y: Mention): boolean =>
    y.tokStart - x.tokEnd === 1 &&
    (toks[x.tokEnd]!.text === "," || toks[x.tokEnd]!.lower === "and");
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== "unknown" || m.tokEnd - m.tokStart < 2 || m.tokEnd - m.tokStart > 3) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (prev?.kind === "person" && joined(prev, m) && next?.kind === "person" && joined(m, next))
      m.kind = "person";
  }
}
