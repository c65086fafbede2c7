// What an evidence rule is: a named, versioned question to the record for one claim type. Rules
// return drafts; `gatherEvidence` numbers them (E1, E2 …) and keeps the rule's `name@version`.

import { matchKey } from "../../text/normalise.js";
import type { Claim, ClaimTypeMatch, TypedClaim } from "../claim.js";
import type { EvidenceDraft, EvidenceSource, ResponseRecord } from "../evidence.js";

export interface EvidenceContext {
  typed: TypedClaim;
  /** The claim type the rule runs for. */
  type: ClaimTypeMatch;
  /** The claim's day, `YYYY-MM-DD`: every question is asked as of it. */
  asOf: string;
  source: EvidenceSource;
  /** Classifies another sentence with the same claim types (for statements' stance). */
  classify: (text: string) => TypedClaim;
  /** How many people a count names at most. */
  namedCases: number;
}

export interface EvidenceRule {
  name: string;
  version: number;
  description: string;
  gather(ctx: EvidenceContext): Promise<EvidenceDraft[]>;
}

export function ruleId(r: Pick<EvidenceRule, "name" | "version">): string {
  return `${r.name}@${r.version}`;
}

/** The names a claimant goes by: the speaker and the organisation they speak for. */
export function claimantNames(claim: Claim): Set<string> {
  const out = new Set<string>();
  if (claim.speaker?.name) out.add(matchKey(claim.speaker.name));
  if (claim.speaker?.org) out.add(matchKey(claim.speaker.org));
  return out;
}

/** The state the claimant answers for: the speaker's, else the country the claim is about. */
export function claimantState(claim: Claim): string | null {
  return claim.speaker?.state ?? claim.jurisdiction ?? null;
}

/** A response given by the claimant or the government the claimant speaks for. */
export function byClaimant(r: ResponseRecord, claim: Claim): boolean {
  const state = claimantState(claim);
  if (state && r.state === state) return true;
  return !!r.speaker && claimantNames(claim).has(matchKey(r.speaker));
}
