// The responses pass: which statements answer which report, and how (rejects, welcomes,
// acknowledges). Runs after the statements and reports passes; see rules/03-narrative.ts for
// the statements it adds when the text reports a response without quoting anyone.

import type { ExtractionPass } from "../../analyze.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis } from "../../types.js";
import { reportMentions } from "./find.js";
import type { ResponseRule } from "./link.js";
import { content } from "./rules/01-content.js";
import { inResponseTo } from "./rules/02-in-response-to.js";
import { narrative } from "./rules/03-narrative.js";

/** In order: a statement linked by an earlier rule keeps that link. */
export const RESPONSE_RULES: readonly ResponseRule[] = [content, inResponseTo, narrative];

export const responsesPass: ExtractionPass = {
  name: "responses",
  run(ctx: DocContext, analysis: Analysis): void {
    if (analysis.reports.length === 0) return;
    const view = { ctx, analysis, mentions: reportMentions(analysis) };
    for (const rule of RESPONSE_RULES) rule(view);
  },
};
