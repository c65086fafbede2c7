import { JURISDICTION_CUES } from "../../lexicon/jurisdiction-cues.js";
import { SAME_ARTICLE_PHRASES } from "../../lexicon/legal-terms.js";
import { matchKey } from "../../text/normalise.js";
import { LAW_BASE_NAMES } from "./patterns.js";
import { PhraseScanner, type PhraseHit } from "./phrase-scan.js";

// The phrases the rules look for by name over a whole document, found in one walk over its words
// and kept for the document: states' names and places (counted to tell whose document it is),
// "the same article", and where the name of a law starts (a citation's law is read around it).

export interface Landmarks {
  /** Per entry of JURISDICTION_CUES, its names and places as a global alternation finds them. */
  cues: readonly (readonly PhraseHit[])[];
  sameArticle: readonly PhraseHit[];
  /** Every offset where the name of a law (code, treaty, constitution) starts, in order. */
  lawStarts: readonly PhraseHit[];
}

const SCANNER = new PhraseScanner([
  ...JURISDICTION_CUES.map((c) => ({ phrases: [...c.names, ...c.mentions].map(matchKey) })),
  { phrases: SAME_ARTICLE_PHRASES },
  { phrases: LAW_BASE_NAMES, everyStart: true },
]);

let last: { text: string; found: Landmarks } | null = null;

/** The landmarks of a folded text (the last text's, kept: the rules ask for them in turn). */
export function landmarks(folded: string): Landmarks {
  if (last !== null && last.text === folded) return last.found;
  const hits = SCANNER.scan(folded);
  const n = JURISDICTION_CUES.length;
  const found = { cues: hits.slice(0, n), sameArticle: hits[n]!, lawStarts: hits[n + 1]! };
  last = { text: folded, found };
  return found;
}
