// Statements pass: every attributed statement — direct quotations in any quotation style,
// quotations split by their attribution, running over paragraphs or opened by a colon, reported
// speech, mixed quotes, "according to" sourcing — with its cue, speaker and date.
//
// The speaker is always the mention the statement is attributed to ("she" in "she said"), with
// the resolved actor's name, role and organisation. Runs after the mentions pass and uses its
// index (names, pronouns, descriptions). `respondsTo`/`response` are left to a later pass.

import type { ExtractionPass } from "../../analyze.js";
import { mentionsOf } from "../mentions/index.js";
import { assemble } from "./assemble.js";
import { prepare } from "./find.js";
import { findDrafts } from "./parse.js";

export { recordStatementRules, statementRule } from "./assemble.js";

export const statementsPass: ExtractionPass = {
  name: "statements",
  run(ctx, analysis) {
    const idx = mentionsOf(ctx, analysis);
    const doc = prepare(ctx, idx);
    analysis.statements.push(...assemble(doc, findDrafts(doc), analysis.reports));
  },
};
