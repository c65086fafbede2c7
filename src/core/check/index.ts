// The cross-check core: claim typing, evidence rules, verdicts, review and ClaimReview export.
// Pure: the record comes in through an EvidenceSource (memory-source.ts here, the store's later).

export type {
  Claim,
  ClaimAppearance,
  ClaimFeatures,
  ClaimInput,
  ClaimReportRef,
  ClaimSpeaker,
  ClaimTypeMatch,
  TypedClaim,
} from "./claim.js";
export { toClaim } from "./claim.js";
export type { ClaimNumber } from "./claim-numbers.js";
export { classifyClaim, compileClaimTypes, type ClassifyOptions } from "./classify.js";
export type * from "./evidence.js";
export {
  EVIDENCE_RULES,
  ruleId,
  type EvidenceContext,
  type EvidenceRule,
} from "./evidence-rules/index.js";
export { checkEvidenceRules, claimDay, gatherEvidence, type GatherOptions } from "./gather.js";
export {
  memoryEvidenceSource,
  memoryRegister,
  type MemoryCase,
  type MemoryRecord,
  type StatuteInfo,
} from "./memory-source.js";
export { proposeVerdict, type Proposal, type ProposeOptions } from "./verdict.js";
export {
  VERDICT_RULES,
  VERDICTS,
  type Confidence,
  type Verdict,
  type VerdictContext,
  type VerdictResult,
  type VerdictRule,
} from "./verdict-rules/index.js";
export {
  acceptCheck,
  createCheck,
  editCheck,
  publishCheck,
  rejectCheck,
  reopenCheck,
  REVIEW_STATES,
  REVIEW_TRANSITIONS,
  type Check,
  type Edit,
  type NewCheck,
  type ReviewAction,
  type ReviewEntry,
  type ReviewState,
  type StepBy,
} from "./review.js";
export {
  toClaimReview,
  VERDICT_RATINGS,
  type ClaimReviewJsonLd,
  type ClaimReviewOptions,
} from "./claim-review.js";
export {
  DEFAULT_WINDOW_DAYS,
  findConflicts,
  findConflictsWithSource,
  type ConflictOptions,
  type FigureConflict,
} from "./conflicts.js";
export { agree, DEFAULT_TOLERANCE, gap, type Bounded, type Tolerance } from "./intervals.js";
export { quantityKey, quantityLabel, quantityOf, splitQuantityKey } from "./quantity.js";
export { concernsIn } from "./report-concerns.js";
export { catalogueStatute } from "./catalogue.js";
export { registerQueries, type RegisterQueryOptions } from "./register-queries.js";
export { runCheck, type RunCheckOptions } from "./run-check.js";
