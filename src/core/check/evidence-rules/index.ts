// The evidence rules by name. A claim type lists the names it runs (src/core/lexicon/claim-types.ts).

import { figuresOnDetentions } from "./figures-on-detentions.js";
import { heldUnderRestrictingArticles } from "./held-under-restricting-articles.js";
import { numericRegisterAndFigures } from "./numeric-register-and-figures.js";
import { pretrialDetention } from "./pretrial-detention.js";
import { reportsAnswered } from "./reports-answered.js";
import type { EvidenceRule } from "./rule.js";
import { statementsOnTopic } from "./statements-on-topic.js";
import { unFindings } from "./un-findings.js";

export const EVIDENCE_RULES: ReadonlyMap<string, EvidenceRule> = new Map(
  [
    heldUnderRestrictingArticles,
    figuresOnDetentions,
    statementsOnTopic,
    reportsAnswered,
    unFindings,
    pretrialDetention,
    numericRegisterAndFigures,
  ].map((r) => [r.name, r]),
);

export type { EvidenceContext, EvidenceRule } from "./rule.js";
export { ruleId } from "./rule.js";
