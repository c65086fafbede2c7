// "Freedom of speech and freedom of the press are guaranteed … and respected in practice."
//   disputed      the register holds people on the claim's day under articles restricting the
//                 freedoms named (medium), or figures or statements by others report such
//                 detentions (low);
//   unverifiable  nothing bears on it.
// That a constitution guarantees a freedom is a matter of its text; whether the freedom is
// respected is what the register bears on, and a general claim is disputed rather than
// contradicted by individual cases. For "freedom of expression is not respected" the same
// evidence supports it.

import { dateInWords } from "../check-dates.js";
import { figureLine, list } from "../wording.js";
import { heldLines, statementLine } from "./lines.js";
import { heldCount, pick, type VerdictResult, type VerdictRule } from "./rule.js";

export const rightsRespected: VerdictRule = {
  name: "rights-respected",
  version: 1,
  description:
    "Freedoms respected in practice: disputed by people held under articles restricting them, or by others' figures or statements; else unverifiable.",
  decide(ctx): VerdictResult {
    const claimsRespected = ctx.type.polarity === "positive";
    const held = heldCount(ctx);
    const cases = pick(ctx, "case", "held-under-restricting-articles");
    const figures = pick(ctx, "figure", "figures-on-detentions").filter(
      (f) => f.value > 0 && f.quantity === "detained",
    );
    const against = pick(ctx, "statement", "statements-on-topic").filter(
      (s) => s.stance === "contradicts",
    );
    const reasoning: string[] = [];
    if (held) reasoning.push(...heldLines(held, cases));
    if (figures.length > 0)
      reasoning.push(
        `On or before ${dateInWords(ctx.asOf)}, ${list(figures.slice(0, 3).map(figureLine))}.`,
      );
    if (against.length > 0)
      reasoning.push(
        `Others said otherwise: ${against.slice(0, 3).map(statementLine).join("; ")}.`,
      );
    const recordHolds = !!held && held.value > 0;
    if (recordHolds || figures.length > 0 || against.length > 0) {
      reasoning.push(
        claimsRespected
          ? "People held under laws restricting these freedoms speak against the claim that they are respected in practice, so it is disputed; a constitutional guarantee on paper is not what the record can check."
          : "People held under laws restricting these freedoms bear the claim out.",
      );
      return {
        verdict: claimsRespected ? "disputed" : "supported",
        confidence: recordHolds ? "medium" : "low",
        reasoning,
      };
    }
    reasoning.push(
      `Nothing in the record as of ${dateInWords(ctx.asOf)} bears on whether these freedoms are respected in practice.`,
    );
    return { verdict: "unverifiable", confidence: "low", reasoning };
  },
};
