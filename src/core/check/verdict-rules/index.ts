// The verdict rules by name. A claim type names the one that judges it (src/core/lexicon/claim-types.ts).

import { cooperationWithUn } from "./cooperation.js";
import { legalProcessRespected } from "./legal-process.js";
import { noDetentionForExpression } from "./no-detention.js";
import { numericClaim } from "./numeric.js";
import { reportRejection } from "./report-rejection.js";
import { rightsRespected } from "./rights-respected.js";
import type { VerdictRule } from "./rule.js";

export const VERDICT_RULES: ReadonlyMap<string, VerdictRule> = new Map(
  [
    noDetentionForExpression,
    cooperationWithUn,
    legalProcessRespected,
    reportRejection,
    rightsRespected,
    numericClaim,
  ].map((r) => [r.name, r]),
);

export { VERDICTS } from "./rule.js";
export type { Confidence, Verdict, VerdictContext, VerdictResult, VerdictRule } from "./rule.js";
