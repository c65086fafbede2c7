// The concerns a report's findings name, in lexicon order: the `concerns` of a report record,
// read from the sentences that state its findings (the store does this at ingest).
//   "the committee said several provisions … were used to silence journalists, bloggers and
//    human rights defenders" → expression, association

import { REPORT_CONCERNS } from "../lexicon/report-concerns.js";
import { claimTokens } from "./claim-tokens.js";
import { findPhrases } from "./token-pattern.js";

export function concernsIn(text: string): string[] {
  const tokens = claimTokens(text);
  return Object.entries(REPORT_CONCERNS)
    .filter(([, phrases]) => findPhrases(tokens, phrases).length > 0)
    .map(([key]) => key);
}
