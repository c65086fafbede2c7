// Gathering: run the evidence rules of every type the claim has, as of the claim's day, and number
// what they find (E1, E2 …). The same item found by two rules is kept once, with the first rule.

import { CheckInvalid, ClaimTypeInvalid } from "../../errors.js";
import type { ClaimTypeDef } from "../lexicon/claim-types.js";
import { firstDay, isPartialDate } from "./check-dates.js";
import type { Claim, TypedClaim } from "./claim.js";
import { classifyClaim, type ClassifyOptions } from "./classify.js";
import type { EvidenceDraft, EvidenceItem, EvidenceSource } from "./evidence.js";
import { EVIDENCE_RULES, type EvidenceRule } from "./evidence-rules/index.js";

export interface GatherOptions extends ClassifyOptions {
  /** Ask as of this day instead of the claim's date (`YYYY-MM-DD`). */
  asOf?: string;
  /** How many people a count names at most (default 5). */
  namedCases?: number;
  rules?: ReadonlyMap<string, EvidenceRule>;
}

/**
 * The day a claim is checked as of: its date, or the first day of a partial date (a claim made
 * "in June 2021" is checked against what was on record on 1 June 2021).
 */
export function claimDay(claim: Claim, asOf?: string | null): string {
  const d = asOf ?? claim.date;
  if (!d || !isPartialDate(d))
    throw new CheckInvalid(
      claim.statementId ?? "claim",
      "the claim has no date: give one (--date)",
    );
  return firstDay(d);
}

function identity(d: EvidenceDraft): string {
  switch (d.kind) {
    case "register-count":
      return `${d.kind}|${d.quantity}|${d.asOf}|${d.unit ?? ""}`;
    case "case":
      return `${d.kind}|${d.caseId}|${d.rule}`;
    case "figure":
      return `${d.kind}|${d.source?.documentId}|${d.value}|${d.what}|${d.asOf}|${d.quantity}`;
    case "statement":
      return `${d.kind}|${d.source?.documentId}|${d.sentence?.text}`;
    case "report":
      return `${d.kind}|${d.reportId}`;
    case "response":
      return `${d.kind}|${d.responseId}`;
  }
}

/** Checks that every evidence rule a claim type names exists. */
export function checkEvidenceRules(
  types: readonly ClaimTypeDef[],
  rules: ReadonlyMap<string, EvidenceRule> = EVIDENCE_RULES,
): void {
  for (const t of types)
    for (const r of t.evidenceRules)
      if (!rules.has(r)) throw new ClaimTypeInvalid(t.id, `unknown evidence rule ${r}`);
}

export async function gatherEvidence(
  typed: TypedClaim,
  source: EvidenceSource,
  options: GatherOptions = {},
): Promise<EvidenceItem[]> {
  const rules = options.rules ?? EVIDENCE_RULES;
  const asOf = claimDay(typed.claim, options.asOf);
  const classify = (text: string): TypedClaim =>
    classifyClaim({ text, date: asOf }, { types: options.types, classes: options.classes });
  const seen = new Set<string>();
  const items: EvidenceItem[] = [];
  for (const type of typed.types) {
    for (const name of type.evidenceRules) {
      const rule = rules.get(name);
      if (!rule) throw new ClaimTypeInvalid(type.type, `unknown evidence rule ${name}`);
      const drafts = await rule.gather({
        typed,
        type,
        asOf,
        source,
        classify,
        namedCases: options.namedCases ?? 5,
      });
      for (const d of drafts) {
        const key = identity(d);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ ...d, id: `E${items.length + 1}` } as EvidenceItem);
      }
    }
  }
  const reportIds = new Map<string, string>();
  for (const i of items) if (i.kind === "report") reportIds.set(i.reportId, i.id);
  for (const i of items)
    if (i.kind === "response") i.reportEvidenceId = reportIds.get(i.reportId) ?? null;
  return items;
}
