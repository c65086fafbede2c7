import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUE_VERBS } from "../../lexicon/speech-cues.js";
import { mayBeCueForm } from "./cues.js";

// The cue look-up's keys are exactly these forms: what the test may never turn away.
const FORMS = CUE_VERBS.flatMap((v) => v.forms.split(" "));
const KNOWN = new Set(FORMS);

describe("mayBeCueForm", () => {
  it("lets every cue form through", () => {
    for (const f of FORMS) expect(mayBeCueForm(f), f).toBe(true);
  });

  it("never turns away a word the cue look-up knows", () => {
    const words = [
      ...FORMS,
      ...FORMS.map((f) => f.toUpperCase()),
      ...FORMS.map((f) => `${f}s`),
      ...FORMS.map((f) => f.normalize("NFD")),
      "constructor",
      "__proto__",
      "toString",
      "",
      "a",
      "\u{1F600}said",
      "s\u00e9id",
      "said\u00a0",
      "ÿa",
      "{a",
      "`z",
    ];
    for (const w of words) if (KNOWN.has(w)) expect(mayBeCueForm(w), w).toBe(true);
  });

  it("turns away no known form in generated words", () => {
    const pieces = fc.constantFrom(
      ...FORMS.slice(0, 40),
      "a",
      "z",
      "`",
      "{",
      "é",
      "\u0301",
      "\u{1F600}",
      "-",
      "’",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 3 }), (ps) => {
        const w = ps.join("");
        if (!mayBeCueForm(w)) expect(KNOWN.has(w)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
