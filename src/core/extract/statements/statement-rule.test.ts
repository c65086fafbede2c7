import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";
import { recordStatementRules, statementRule } from "./index.js";

describe("statementRule", () => {
  it("names the rule that found each statement once recording is on", () => {
    const before = analyze({ text: "The lawyer said the trial was unfair." }).statements;
    expect(before).toHaveLength(1);
    expect(statementRule(before[0]!)).toBeUndefined();
    recordStatementRules();
    const [quote, reported] = analyze({
      text: "“We will appeal,” Ms. Lan said. Her lawyer said the verdict was written in advance.",
    }).statements;
    expect(statementRule(quote!)).toBe("01-quote");
    expect(statementRule(reported!)).toBe("04-forward");
  });
});
