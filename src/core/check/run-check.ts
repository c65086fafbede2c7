// One check end to end, over any evidence source: type the claim, gather the record as of its
// date, propose a verdict and open the review. This is what `vigil check` will call.

import type { ClaimInput } from "./claim.js";
import { classifyClaim } from "./classify.js";
import type { EvidenceSource } from "./evidence.js";
import { gatherEvidence, type GatherOptions } from "./gather.js";
import { createCheck, type Check } from "./review.js";
import { proposeVerdict, type ProposeOptions } from "./verdict.js";

export interface RunCheckOptions extends GatherOptions {
  /** The check's id. */
  id: string;
  /** Who asked, and when (ISO 8601): the first entry of the review history. */
  by: string;
  at: string;
  verdictRules?: ProposeOptions["rules"];
}

export async function runCheck(
  input: ClaimInput | string,
  source: EvidenceSource,
  options: RunCheckOptions,
): Promise<Check> {
  const typed = classifyClaim(input, options);
  const evidence = await gatherEvidence(typed, source, options);
  const proposal = proposeVerdict(typed, evidence, {
    asOf: options.asOf,
    rules: options.verdictRules,
  });
  return createCheck(
    {
      id: options.id,
      claim: typed.claim,
      types: typed.types,
      features: typed.features,
      evidence,
      proposal,
    },
    { by: options.by, at: options.at },
  );
}
