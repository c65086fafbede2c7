import { JURISDICTION_CUES } from "../../../lexicon/jurisdiction-cues.js";
import { soleStateOf } from "../code-cache.js";
import { landmarks } from "../landmarks.js";
import type { LawMention } from "./04-law-name.js";

// Whose law a citation is:
//   "Article 19 of the ICCPR"                    → INTL (a treaty)
//   "Article 342 of the Criminal Code of Belarus" → BY (the citation says)
//   "Article 117 of the Criminal Code 2015"       → VN (the only code of that name and year)
//   "under Article 117" in a report from Hanoi    → VN (the reader's hint, else the country the
//                                                   document is about)
//   "Article 4" with nothing to go on             → null

/** The country a folded document mentions most (ties and silence give null). */
export function mentionedJurisdiction(folded: string): string | null {
  const { cues } = landmarks(folded);
  const counts = JURISDICTION_CUES.map(({ code }, i) => ({ code, n: cues[i]!.length }));
  counts.sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n === 0 || (second && second.n === first.n)) return null;
  return first.code;
}

export function citationJurisdiction(
  law: LawMention | null,
  /** Asked only when the citation does not tell. */
  documentJurisdiction: () => string | null,
): string | null {
  if (law?.kind === "treaty") return "INTL";
  if (law?.jurisdiction) return law.jurisdiction;
  if (law?.kind === "code") {
    const state = soleStateOf(law.base, law.year);
    if (state !== null) return state;
  }
  return documentJurisdiction();
}
