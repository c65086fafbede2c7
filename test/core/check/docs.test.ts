import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVIDENCE_RULES } from "../../../src/core/check/evidence-rules/index.js";
import { REVIEW_STATES } from "../../../src/core/check/review.js";
import { VERDICT_RULES, VERDICTS } from "../../../src/core/check/verdict-rules/index.js";
import { QUANTITY_FAMILIES } from "../../../src/core/lexicon/claim-quantities.js";
import { CLAIM_TYPES, OTHER_CLAIM_TYPE } from "../../../src/core/lexicon/claim-types.js";

const doc = readFileSync(new URL("../../../docs/checks.md", import.meta.url), "utf8");

describe("docs/checks.md", () => {
  it("documents every claim type, with its evidence and verdict rules", () => {
    for (const t of [...CLAIM_TYPES, OTHER_CLAIM_TYPE]) {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${t.id}\``));
      expect(row, t.id).toBeDefined();
      for (const r of t.evidenceRules) expect(row, `${t.id} → ${r}`).toContain(`\`${r}\``);
      if (t.verdictRule)
        expect(row, `${t.id} → ${t.verdictRule}`).toContain(`\`${t.verdictRule}\``);
    }
  });

  it("documents every evidence and verdict rule with its version", () => {
    for (const r of [...EVIDENCE_RULES.values(), ...VERDICT_RULES.values()])
      expect(doc).toContain(`\`${r.name}@${r.version}\``);
  });

  it("documents every verdict, review state and quantity family", () => {
    for (const v of VERDICTS) expect(doc).toContain(`\`${v}\``);
    for (const s of REVIEW_STATES) expect(doc).toContain(`\`${s}\``);
    for (const f of QUANTITY_FAMILIES) expect(doc).toContain(`\`${f.key}\``);
  });
});
