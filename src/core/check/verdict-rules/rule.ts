// What a verdict rule is: a named, versioned judgement for one claim type over the gathered
// evidence, written out as plain sentences that cite the evidence by id.

import type { ClaimTypeMatch, TypedClaim } from "../claim.js";
import type {
  CaseEvidence,
  EvidenceItem,
  FigureEvidence,
  RegisterCountEvidence,
  ReportEvidence,
  ResponseEvidence,
  StatementEvidence,
} from "../evidence.js";

export const VERDICTS = ["contradicted", "disputed", "supported", "unverifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Confidence = "high" | "medium" | "low";

export interface VerdictContext {
  typed: TypedClaim;
  type: ClaimTypeMatch;
  evidence: readonly EvidenceItem[];
  /** The claim's day, `YYYY-MM-DD`. */
  asOf: string;
}

export interface VerdictResult {
  verdict: Verdict;
  confidence: Confidence;
  /** Plain sentences; each that rests on evidence ends with the ids it rests on. */
  reasoning: string[];
}

export interface VerdictRule {
  name: string;
  version: number;
  description: string;
  decide(ctx: VerdictContext): VerdictResult;
}

/** Evidence of one kind, optionally only from one evidence rule (by name, any version). */
export function pick(
  ctx: VerdictContext,
  kind: "register-count",
  rule?: string,
): RegisterCountEvidence[];
export function pick(ctx: VerdictContext, kind: "case", rule?: string): CaseEvidence[];
export function pick(ctx: VerdictContext, kind: "figure", rule?: string): FigureEvidence[];
export function pick(ctx: VerdictContext, kind: "statement", rule?: string): StatementEvidence[];
export function pick(ctx: VerdictContext, kind: "report", rule?: string): ReportEvidence[];
export function pick(ctx: VerdictContext, kind: "response", rule?: string): ResponseEvidence[];
export function pick(
  ctx: VerdictContext,
  kind: EvidenceItem["kind"],
  rule?: string,
): EvidenceItem[] {
  return ctx.evidence.filter(
    (e) => e.kind === kind && (!rule || e.rule.slice(0, e.rule.indexOf("@")) === rule),
  );
}

/** The count of people held under restricting articles, if gathered. */
export function heldCount(ctx: VerdictContext): RegisterCountEvidence | undefined {
  return pick(ctx, "register-count").find((r) => r.quantity === "held-under-restricting-articles");
}
