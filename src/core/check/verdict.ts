// Proposing a verdict: the verdict rule of the claim's best-ranked type weighs the evidence; when
// that reading settles nothing but another reading of the claim does, the other one is used and
// the reasoning says so. A claim of no known type gets no automatic verdict.

import { ClaimTypeInvalid } from "../../errors.js";
import { dateInWords } from "./check-dates.js";
import type { ClaimTypeMatch, TypedClaim } from "./claim.js";
import type { EvidenceItem } from "./evidence.js";
import { claimDay } from "./gather.js";
import {
  VERDICT_RULES,
  type Confidence,
  type Verdict,
  type VerdictResult,
  type VerdictRule,
} from "./verdict-rules/index.js";

export interface Proposal {
  verdict: Verdict;
  confidence: Confidence;
  /** Plain sentences citing evidence ids: "On 24 June 2021 the register held … [E1]." */
  reasoning: string[];
  /** The verdict rule that decided, `name@version`, or null when none applied. */
  rule: string | null;
  /** The claim type the verdict rests on. */
  claimType: string;
  /** Evidence ids the reasoning cites, in order of first citation. */
  cites: string[];
  /** What each typed reading of the claim came to. */
  byType: { type: string; rule: string; verdict: Verdict; confidence: Confidence }[];
}

export interface ProposeOptions {
  asOf?: string;
  rules?: ReadonlyMap<string, VerdictRule>;
}

function intro(t: ClaimTypeMatch, asOf: string): string {
  const reading = t.polarity === "negative" ? ` (a denial)` : "";
  return `The claim is read as ${t.label}${reading} and checked against the record as of ${dateInWords(asOf)}.`;
}

function citations(reasoning: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of reasoning)
    for (const m of line.matchAll(/\[([^\]]+)\]/g))
      for (const id of m[1]!.split(/,\s*/))
        if (/^E\d+$/.test(id) && !out.includes(id)) out.push(id);
  return out;
}

export function proposeVerdict(
  typed: TypedClaim,
  evidence: readonly EvidenceItem[],
  options: ProposeOptions = {},
): Proposal {
  const rules = options.rules ?? VERDICT_RULES;
  const asOf = claimDay(typed.claim, options.asOf);
  const results: { type: ClaimTypeMatch; rule: VerdictRule; result: VerdictResult }[] = [];
  for (const type of typed.types) {
    if (!type.verdictRule) continue;
    const rule = rules.get(type.verdictRule);
    if (!rule) throw new ClaimTypeInvalid(type.type, `unknown verdict rule ${type.verdictRule}`);
    results.push({ type, rule, result: rule.decide({ typed, type, evidence, asOf }) });
  }
  const byType = results.map((r) => ({
    type: r.type.type,
    rule: `${r.rule.name}@${r.rule.version}`,
    verdict: r.result.verdict,
    confidence: r.result.confidence,
  }));
  const primary = results[0];
  if (!primary) {
    const reasoning = [
      `The claim is of no kind Vigil checks automatically (${typed.types[0]?.type ?? "other"}); it stays searchable, and a reviewer can judge it from the record.`,
    ];
    return {
      verdict: "unverifiable",
      confidence: "low",
      reasoning,
      rule: null,
      claimType: typed.types[0]?.type ?? "other",
      cites: [],
      byType,
    };
  }
  let chosen = primary;
  const reasoning = [intro(primary.type, asOf)];
  if (primary.result.verdict === "unverifiable") {
    const decisive = results.find((r) => r.result.verdict !== "unverifiable");
    if (decisive) {
      chosen = decisive;
      reasoning.push(
        `Read as ${primary.type.label}, the record settles nothing; read as ${decisive.type.label}, it does.`,
      );
    }
  }
  reasoning.push(...chosen.result.reasoning);
  return {
    verdict: chosen.result.verdict,
    confidence: chosen.result.confidence,
    reasoning,
    rule: `${chosen.rule.name}@${chosen.rule.version}`,
    claimType: chosen.type.type,
    cites: citations(reasoning),
    byType,
  };
}
