// The kinds of claim the cross-check knows, as data: each with the trigger rules that recognise
// it, the evidence rules that gather the record bearing on it and the verdict rule that weighs
// that record. A new kind needs only an entry here (and, if its words are new, a class in
// claim-words.ts); docs/checks.md describes the pattern language.
//
// Pattern language, over the claim's folded, lower-cased tokens:
//   word        the token itself               a|b|c       any of these tokens
//   @class      a phrase of a word class       x?          optional element
//   *N          a gap of up to N tokens        *           a gap of up to 4 tokens
//   feature:F   a feature of the whole claim (number, quantity-number, negation)
// A pattern matches anywhere in the sentence. A trigger fires when all its `all` patterns match
// and none of its `none` patterns does.

export interface ClaimTrigger {
  id: string;
  all: readonly string[];
  none?: readonly string[];
  /** How strongly the trigger speaks for the type; the best firing trigger ranks the type. */
  weight: number;
  /**
   * The claim's polarity when this trigger fires: "negative" for a denial ("no one is
   * arrested …"), "positive" for an assertion. Absent: negative when a negation stands in or just
   * before the matched words.
   */
  polarity?: "positive" | "negative";
}

export interface ClaimTypeDef {
  id: string;
  label: string;
  description: string;
  triggers: readonly ClaimTrigger[];
  /** Evidence rule names (src/core/check/evidence-rules), run in this order. */
  evidenceRules: readonly string[];
  /** Verdict rule name (src/core/check/verdict-rules), or null: no automatic verdict. */
  verdictRule: string | null;
}

export const OTHER_CLAIM_TYPE: ClaimTypeDef = {
  id: "other",
  label: "other claim",
  description: "Recognised as none of the kinds above: still searchable, no automatic evidence.",
  triggers: [],
  evidenceRules: [],
  verdictRule: null,
};

export const CLAIM_TYPES: readonly ClaimTypeDef[] = [
  {
    id: "no-detention-for-expression",
    label: "no detention for expression",
    description:
      "Whether people are arrested, detained, tried or imprisoned for expressing opinions, " +
      "protecting human rights, their beliefs or peaceful activity — denied or asserted.",
    triggers: [
      // "nobody here is detained or put on trial only for voicing an opinion"
      {
        id: "nobody-act-for",
        all: ["@nobody *6 @act", "@for *3 @ground"],
        weight: 3,
        polarity: "negative",
      },
      // "the state does not detain anyone simply for their views"
      {
        id: "never-act-anyone-for",
        all: ["not|never *3 @act *2 @anyone", "@for *3 @ground"],
        weight: 3,
        polarity: "negative",
      },
      // "there are no so-called prisoners of conscience in Vietnam"
      {
        id: "no-prisoners-of-conscience",
        all: ["no|not|never|none *4 @poc"],
        weight: 3,
        polarity: "negative",
      },
      // "the ministry arrests a teacher for writing about dust on roofs"
      {
        id: "act-for-ground",
        all: ["@act *8 @for *3 @ground"],
        none: ["@nobody *6 @act", "not|never *3 @act"],
        weight: 2,
        polarity: "positive",
      },
      // "Hanoi holds 45 prisoners of conscience"
      {
        id: "prisoners-of-conscience",
        all: ["@poc"],
        none: ["no|not|never|none *4 @poc"],
        weight: 1.5,
        polarity: "positive",
      },
    ],
    evidenceRules: [
      "held-under-restricting-articles",
      "figures-on-detentions",
      "statements-on-topic",
      "reports-answered",
    ],
    verdictRule: "no-detention-for-expression",
  },
  {
    id: "cooperation-with-un",
    label: "cooperation with international mechanisms",
    description:
      "That a state cooperates (or does not) with UN human-rights mechanisms: the Human Rights " +
      "Council, treaty bodies, special procedures, the Universal Periodic Review.",
    triggers: [
      // "the government works actively with the United Nations' rights mechanisms"
      // "Vietnam engages constructively with the Human Rights Council, the treaty bodies …"
      { id: "cooperates-with-un", all: ["@coop *6 @un-mechanism"], weight: 3 },
    ],
    evidenceRules: ["un-findings", "statements-on-topic"],
    verdictRule: "cooperation-with-un",
  },
  {
    id: "legal-process-respected",
    label: "legal process respected",
    description:
      "That arrests, detention and trials follow the law and detainees' rights are secured.",
    triggers: [
      // "Detainees' rights are all secured"
      { id: "detainee-rights-secured", all: ["@detainee *3 rights *4 @secured"], weight: 3 },
      // "the legitimate rights of detainees are fully ensured"
      { id: "rights-of-detainees-secured", all: ["rights *3 @detainee *4 @secured"], weight: 3 },
      // "investigation, detention and trial are carried out in strict accordance with the law"
      { id: "process-in-accordance", all: ["@process", "@accordance"], weight: 2.5 },
      // "she has not been allowed to see a lawyer", "he was refused medical care for months"
      { id: "denied-counsel", all: ["@denied *4 @counsel"], weight: 2, polarity: "negative" },
      // "torture by police", "held incommunicado"
      { id: "mistreated", all: ["@mistreat"], weight: 1.5, polarity: "negative" },
    ],
    evidenceRules: ["pretrial-detention", "reports-answered", "statements-on-topic"],
    verdictRule: "legal-process-respected",
  },
  {
    id: "report-rejection",
    label: "rejection of a report",
    description:
      "That a report (a government's, the EU's, a UN body's, an NGO's) is untrue, biased, not " +
      "objective or based on unverified information.",
    triggers: [
      // "the report still contains content that is not objective"
      { id: "report-unfounded", all: ["@report *8 @unfounded"], weight: 3, polarity: "positive" },
      // "Vietnam rejects the US report", "does not accept the assessments in the report"
      { id: "rejects-report", all: ["@reject *6 @report"], weight: 2.5, polarity: "positive" },
      // "a biased report"
      { id: "unfounded-report", all: ["@unfounded *3 @report"], weight: 2, polarity: "positive" },
    ],
    evidenceRules: ["reports-answered", "held-under-restricting-articles", "figures-on-detentions"],
    verdictRule: "report-rejection",
  },
  {
    id: "rights-respected",
    label: "freedoms respected in practice",
    description:
      "That freedom of expression, the press, assembly, association or religion is guaranteed " +
      "or respected; weighed against people held under articles restricting those freedoms.",
    triggers: [
      // "Freedom of speech and freedom of the press are guaranteed … and respected in practice"
      { id: "freedom-secured", all: ["@freedom *8 @secured"], weight: 2 },
      // "people freely share their views on social networks"
      { id: "people-freely", all: ["@anyone *4 @freely *3 @free-act"], weight: 1.5 },
    ],
    evidenceRules: [
      "held-under-restricting-articles",
      "figures-on-detentions",
      "statements-on-topic",
    ],
    verdictRule: "rights-respected",
  },
  {
    id: "numeric",
    label: "numeric claim",
    description:
      'A number with what it counts: "more than 70% of the population use the Internet", ' +
      '"36 people are held". Checked against the register\'s own count and published figures.',
    triggers: [
      // "Vietnam holds 36 people in prison or pre-trial detention" (a quantity Vigil knows)
      { id: "known-quantity", all: ["feature:quantity-number"], weight: 2.5 },
      // "the country has about 800 press agencies" (a counted thing, not a known quantity)
      { id: "counted-number", all: ["feature:number"], weight: 1 },
    ],
    evidenceRules: ["numeric-register-and-figures"],
    verdictRule: "numeric",
  },
];
