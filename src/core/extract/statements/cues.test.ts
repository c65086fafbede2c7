import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUE_VERBS } from "../../lexicon/speech-cues.js";
import { lex } from "../../text/lex.js";
import { cueAt, cueMarked, isVerbForm, isVerbFormMarked, mayBeCueForm } from "./cues.js";
import { markTriggers } from "./trigger-marks.js";

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

describe("cueMarked and isVerbFormMarked", () => {
  it("answer as cueAt and isVerbForm do at every token, from the token's marks", () => {
    const text = [
      "The lawyer said the court had pointed out nothing; critics point to the ruling.",
      "“It was unfair,” she told RFA, adding that officials SAID so and were accused of lying.",
      "Villagers called for the release, called him a hero, and were called in. Reports say so.",
      FORMS.join(" "),
      FORMS.map((f) => `${f} out ${f} up ${f} back`).join(", "),
    ].join("\n\n");
    const toks = lex(text);
    const marks = markTriggers(toks);
    for (let i = 0; i < toks.length; i++) {
      expect(cueMarked(toks, i, marks[i]!), `${i} ${toks[i]!.text}`).toEqual(cueAt(toks, i));
      expect(isVerbFormMarked(marks[i]!), `${i} ${toks[i]!.text}`).toBe(isVerbForm(toks[i]!.lower));
    }
  });
});
