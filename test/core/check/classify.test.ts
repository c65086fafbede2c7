import { describe, expect, it } from "vitest";
import { classifyClaim } from "../../../src/core/check/classify.js";
import { gatherEvidence } from "../../../src/core/check/gather.js";
import { memoryEvidenceSource } from "../../../src/core/check/memory-source.js";
import { proposeVerdict } from "../../../src/core/check/verdict.js";
import { VigilError } from "../../../src/errors.js";
import { CLAIM_TYPES, type ClaimTypeDef } from "../../../src/core/lexicon/claim-types.js";
import { CLAIM_WORD_CLASSES } from "../../../src/core/lexicon/claim-words.js";

const top = (s: string) => classifyClaim(s).types[0]!;

describe("claim types", () => {
  it.each([
    // State-media style denials.
    [
      "Nobody in Vietnam is jailed simply for voicing their views online.",
      "no-detention-for-expression",
      "negative",
    ],
    [
      "The deputy minister said no citizen is detained because of their religious beliefs.",
      "no-detention-for-expression",
      "negative",
    ],
    [
      "Vietnam does not arrest anyone merely for criticising the government.",
      "no-detention-for-expression",
      "negative",
    ],
    [
      "There are no so-called political prisoners in Việt Nam, the ministry insisted.",
      "no-detention-for-expression",
      "negative",
    ],
    [
      "No-one is prosecuted for peaceful activities, the spokesman told reporters.",
      "no-detention-for-expression",
      "negative",
    ],
    // NGO counter-claims.
    [
      "Police in Thanh Hoa arrested a retired teacher for posting poems about land seizures.",
      "no-detention-for-expression",
      "positive",
    ],
    [
      "The group says Hanoi holds dozens of prisoners of conscience in remote camps.",
      "no-detention-for-expression",
      "positive",
    ],
    // Cooperation with international mechanisms.
    [
      "Hà Nội cooperates fully with the UN treaty bodies and special procedures.",
      "cooperation-with-un",
      "positive",
    ],
    [
      "The government engages constructively with the Universal Periodic Review.",
      "cooperation-with-un",
      "positive",
    ],
    [
      "Vietnam does not cooperate with the U.N. special rapporteurs, activists said.",
      "cooperation-with-un",
      "negative",
    ],
    // Legal process.
    [
      "All arrests were made in accordance with the law, the provincial police said.",
      "legal-process-respected",
      "positive",
    ],
    [
      "The rights of defendants are fully guaranteed at every stage.",
      "legal-process-respected",
      "positive",
    ],
    [
      "Her lawyer said she has been denied access to a lawyer for eleven months.",
      "legal-process-respected",
      "negative",
    ],
    // Report rejection.
    [
      "The ministry called the annual report biased and based on unverified information.",
      "report-rejection",
      "positive",
    ],
    [
      "Hanoi rejects the findings of the European Parliament resolution.",
      "report-rejection",
      "positive",
    ],
    [
      "The assessments in the document lack objectivity, the spokeswoman said.",
      "report-rejection",
      "positive",
    ],
    // Freedoms respected.
    [
      "Freedom of religion and belief is respected across the country.",
      "rights-respected",
      "positive",
    ],
    // Numeric claims.
    ["More than 80 percent of households now have a broadband connection.", "numeric", "positive"],
    ["As of March 1, 2024, some 44 activists were in detention.", "numeric", "positive"],
    ["The country now has about 900 licensed newspapers and magazines.", "numeric", "positive"],
    // Neutral sentences.
    ["The delegation arrived in Geneva on Tuesday evening.", "other", "positive"],
    ["Rain is expected across the Mekong Delta this weekend.", "other", "positive"],
  ])("%s → %s (%s)", (sentence, type, polarity) => {
    const t = top(sentence);
    expect(t.type).toBe(type);
    expect(t.polarity).toBe(polarity);
  });

  it("returns every type that fires, best first", () => {
    const t = classifyClaim(
      "As of December 1, 2022, the authorities held 41 people in prison for their peaceful activism.",
    );
    expect(t.types.map((x) => x.type)).toEqual(["numeric", "no-detention-for-expression"]);
    expect(t.types[0]!.score).toBeGreaterThan(t.types[1]!.score);
  });

  it("reports the features it found", () => {
    const t = classifyClaim({
      text: "Không ai — no one in Việt Nam — is detained or put on trial just for expressing opinions or defending human rights.",
      date: "2022-05-04",
    });
    expect(t.types[0]!.type).toBe("no-detention-for-expression");
    expect(t.features.negations).toContain("no");
    expect(t.features.quantifiers).toContainEqual({ phrase: "no one", force: "universal" });
    expect(t.features.acts).toEqual(expect.arrayContaining(["detain", "try"]));
    expect(t.features.rights).toEqual(expect.arrayContaining(["expression", "association"]));
    expect(t.features.reported).toBe(false);
  });

  it("marks a denial another speaker reports as reported", () => {
    const t = classifyClaim(
      "The government keeps telling diplomats that no one is imprisoned for their opinions. Our files say otherwise.",
    );
    expect(t.types[0]!.type).toBe("no-detention-for-expression");
    expect(t.features.reported).toBe(false);
    const r = classifyClaim("Officials told the EU that no one is imprisoned for their opinions.");
    expect(r.features.reported).toBe(true);
  });

  it.each([
    [
      "The authorities always say to cooperate with the United Nations, but I think it is only for show.",
      true,
    ],
    ["Hanoi says it cooperates fully with the United Nations human rights mechanisms.", true],
    ["We said that Vietnam cooperates fully with the UN human rights mechanisms.", false],
    [
      "The general can say what he likes in Geneva; Vietnam cooperates with the United Nations only on paper.",
      false,
    ],
  ])("an assertion the speaker only reports others making is reported: %s", (text, reported) => {
    const t = classifyClaim(text);
    expect(t.types.map((x) => x.type)).toContain("cooperation-with-un");
    expect(t.features.reported).toBe(reported);
  });

  it("does not match across sentences", () => {
    expect(
      top("No one came to the hearing. Police arrested the poet for his verses.").polarity,
    ).toBe("positive");
  });
});

describe("claim types are data", () => {
  const religion: ClaimTypeDef = {
    id: "no-religious-persecution",
    label: "no persecution for religion",
    description: "That no one is persecuted for their faith.",
    triggers: [
      {
        id: "nobody-persecuted-faith",
        all: ["@nobody *5 @act *6 @faith"],
        weight: 4,
        polarity: "negative",
      },
    ],
    evidenceRules: ["held-under-restricting-articles"],
    verdictRule: "no-detention-for-expression",
  };
  const classes = { ...CLAIM_WORD_CLASSES, faith: ["faith", "religion", "beliefs", "worship"] };
  const types = [...CLAIM_TYPES, religion];
  const claim = {
    text: "No believer is persecuted in this country because of their faith.",
    date: "2022-03-01",
    jurisdiction: "VN",
  };

  it("a new type from data only is recognised, gathers evidence and gets a verdict", async () => {
    const withBeliever = { ...classes, nobody: [...CLAIM_WORD_CLASSES.nobody!, "no believer"] };
    const typed = classifyClaim(claim, { types, classes: withBeliever });
    expect(typed.types[0]!.type).toBe("no-religious-persecution");
    const source = memoryEvidenceSource({
      cases: [
        {
          id: "T-1",
          name: "Lò Văn Páo",
          jurisdiction: "VN",
          charges: ["vn/criminal-code-2015/116"],
          arrested: "2021-09-09",
        },
      ],
    });
    const evidence = await gatherEvidence(typed, source, { types, classes: withBeliever });
    const p = proposeVerdict(typed, evidence);
    expect(p.verdict).toBe("contradicted");
    expect(p.claimType).toBe("no-religious-persecution");
    expect(p.reasoning.join(" ")).toContain("1 under Article 116");
  });

  it("without the new type the same sentence is another kind", () => {
    expect(classifyClaim(claim).types[0]!.type).not.toBe("no-religious-persecution");
  });

  it("rejects a malformed type with a registry error", () => {
    const bad: ClaimTypeDef = {
      ...religion,
      triggers: [{ id: "x", all: ["@nosuchclass"], weight: 1 }],
    };
    expect(() => classifyClaim("anything", { types: [bad] })).toThrow(VigilError);
    try {
      classifyClaim("anything", { types: [bad] });
    } catch (e) {
      expect((e as VigilError).code).toBe("VIGIL_ERR_CLAIM_TYPE");
    }
  });

  it("rejects an unknown evidence rule when gathering", async () => {
    const bad: ClaimTypeDef = { ...religion, evidenceRules: ["no-such-rule"] };
    const typed = classifyClaim(claim, {
      types: [bad],
      classes: { ...classes, nobody: ["no believer"] },
    });
    await expect(gatherEvidence(typed, memoryEvidenceSource({}))).rejects.toMatchObject({
      code: "VIGIL_ERR_CLAIM_TYPE",
    });
  });
});
