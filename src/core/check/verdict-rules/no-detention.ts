// "Nobody is detained or put on trial for voicing an opinion", and its opposite.
// For a denial:
//   contradicted  the register holds people on the claim's day under articles restricting the
//                 rights named (high), or only figures by others report such detentions (medium);
//   disputed      only statements of others contradict it (low);
//   unverifiable  nothing bears on it (an empty register is not proof that no one is held).
// For an assertion ("the ministry arrests a teacher for writing") the same evidence supports it.

import { dateInWords } from "../check-dates.js";
import { figureLine, list } from "../wording.js";
import { heldLines, reportName, responseLine, responsesTo, statementLine } from "./lines.js";
import { heldCount, pick, type VerdictResult, type VerdictRule } from "./rule.js";

export const noDetentionForExpression: VerdictRule = {
  name: "no-detention-for-expression",
  version: 1,
  description:
    "Denial of detention for expression: contradicted by people held under restricting articles or by others' figures; disputed by others' statements only; else unverifiable.",
  decide(ctx): VerdictResult {
    const denial = ctx.type.polarity === "negative";
    const held = heldCount(ctx);
    const cases = pick(ctx, "case", "held-under-restricting-articles");
    // Whole counts only: "10 women among detained activists" is part of a count already cited.
    const figures = pick(ctx, "figure", "figures-on-detentions").filter(
      (f) => f.value > 0 && f.quantity === "detained",
    );
    const statements = pick(ctx, "statement", "statements-on-topic");
    const against = statements.filter((s) => s.stance === "contradicts");
    const reports = pick(ctx, "report", "reports-answered");
    const responses = pick(ctx, "response", "reports-answered");
    const reasoning: string[] = [];

    if (held) reasoning.push(...heldLines(held, cases));
    if (figures.length > 0)
      reasoning.push(
        `On or before ${dateInWords(ctx.asOf)}, ${list(figures.slice(0, 4).map(figureLine))}.`,
      );

    const recordHolds = !!held && held.value > 0;
    let verdict: VerdictResult["verdict"];
    let confidence: VerdictResult["confidence"];
    if (recordHolds || figures.length > 0) {
      verdict = denial ? "contradicted" : "supported";
      confidence = recordHolds ? "high" : "medium";
      reasoning.push(
        denial
          ? recordHolds
            ? "People held under these articles on the claim's date are what the claim says does not happen, so the record contradicts it; whether each was held only for expression is for the reviewer to confirm case by case."
            : "The register holds no one under such articles on that date, but figures published by others report people detained for their expression or activism, which contradicts the claim."
          : recordHolds
            ? "People held under these articles on the claim's date bear the claim out."
            : "Figures published by others report such detentions, which supports the claim; the register itself holds no one under such articles on that date.",
      );
    } else if (against.length > 0) {
      verdict = "disputed";
      confidence = "low";
      reasoning.push(
        `Only statements of others speak against it: ${against.slice(0, 3).map(statementLine).join("; ")}. Statements alone do not settle it, so the claim is disputed.`,
      );
    } else {
      verdict = "unverifiable";
      confidence = "low";
      reasoning.push(
        `Nothing in the record bears on it as of ${dateInWords(ctx.asOf)}: no one held under articles restricting these rights, no figure and no statement by others. An empty record does not show that no one is held.`,
      );
    }
    if (verdict !== "disputed" && against.length > 0)
      reasoning.push(
        `Statements by others also speak against the claim: ${against.slice(0, 2).map(statementLine).join("; ")}.`,
      );
    for (const r of reports) {
      const answers = responsesTo(r, responses);
      reasoning.push(
        `The claim answers ${reportName(r)}${answers.length ? `; ${list(answers.map(responseLine))}` : ""}.`,
      );
    }
    return { verdict, confidence, reasoning };
  },
};
