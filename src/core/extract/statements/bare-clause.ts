// A reported clause without "that" needs a verb of its own, outside a relative clause on its
// subject: "acknowledged the scale of the arrests, which makes her an outlier" reports the scale
// (an object); "said the arrests, which began in May, were unlawful" reports a clause.

import { WORD } from "../../text/lex.js";
import { hasFiniteVerb } from "./clause.js";
import type { StatementDoc } from "./find.js";

/** A finite verb after `a` that is not only inside a ", which …"/", who …" clause. */
export function bareClauseVerb(doc: StatementDoc, a: number, limit: number): boolean {
  if (!hasFiniteVerb(doc, a, limit)) return false;
  const toks = doc.toks;
  for (let k = a + 1; k + 1 < limit; k++) {
    const n = toks[k + 1]!;
    if (toks[k]!.text !== "," || n.kind !== WORD || !/^(which|who)$/.test(n.lower)) continue;
    // A verb before the relative clause, or a comma closing it (an aside on the subject, the
    // clause's verb after it): only a relative clause running to the end holds the only verb.
    if (hasFiniteVerb(doc, a, k)) return true;
    for (let e = k + 2; e < limit; e++) if (toks[e]!.text === ",") return true;
    return false;
  }
  return true;
}
