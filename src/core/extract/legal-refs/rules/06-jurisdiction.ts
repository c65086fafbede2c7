import { JURISDICTION_CUES } from "../../../lexicon/jurisdiction-cues.js";
import { findCodes } from "../../../lexicon/statutes/index.js";
import { matchKey } from "../../../text/normalise.js";
import { alt, B, E } from "../patterns.js";
import type { LawMention } from "./04-law-name.js";

// Whose law a citation is:
//   "Article 19 of the ICCPR"                    → INTL (a treaty)
//   "Article 342 of the Criminal Code of Belarus" → BY (the citation says)
//   "Article 117 of the Criminal Code 2015"       → VN (the only code of that name and year)
//   "under Article 117" in a report from Hanoi    → VN (the reader's hint, else the country the
//                                                   document is about)
//   "Article 4" with nothing to go on             → null

const CUE_PATTERNS = JURISDICTION_CUES.map((c) => ({
  code: c.code,
  re: new RegExp(`${B}${alt([...c.names, ...c.mentions].map(matchKey))}${E}`, "gu"),
}));

/** The country a folded document mentions most (ties and silence give null). */
export function mentionedJurisdiction(folded: string): string | null {
  const counts = CUE_PATTERNS.map(({ code, re }) => ({ code, n: folded.match(re)?.length ?? 0 }));
  counts.sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n === 0 || (second && second.n === first.n)) return null;
  return first.code;
}

export function citationJurisdiction(
  law: LawMention | null,
  documentJurisdiction: string | null,
): string | null {
  if (law?.kind === "treaty") return "INTL";
  if (law?.jurisdiction) return law.jurisdiction;
  if (law?.kind === "code") {
    const found = findCodes(law.base, { year: law.year });
    const states = new Set(found.map((c) => c.jurisdiction));
    if (states.size === 1) return [...states][0]!;
  }
  return documentJurisdiction;
}
