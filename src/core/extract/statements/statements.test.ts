import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";
import type { Statement } from "../../types.js";

interface Want {
  kind?: Statement["kind"];
  cue?: string | null;
  /** The speaker mention as written, and what it resolves to. */
  mention?: string | null;
  name?: string;
  speakerKind?: string;
  role?: string | null;
  org?: string | null;
  /** The content pieces as text, in order. */
  segments?: string[];
  date?: string | null;
}

function run(text: string, date = "2021-05-07") {
  return analyze({ text, date }).statements;
}

function check(text: string, got: Statement, want: Want): void {
  if (want.kind) expect(got.kind).toBe(want.kind);
  if (want.cue !== undefined) expect(got.cue).toBe(want.cue);
  if (want.mention !== undefined) expect(got.speaker?.mention ?? null).toBe(want.mention);
  if (want.name) expect(got.speaker?.name).toBe(want.name);
  if (want.speakerKind) expect(got.speaker?.kind).toBe(want.speakerKind);
  if (want.role !== undefined) expect(got.speaker?.role ?? null).toBe(want.role);
  if (want.org !== undefined) expect(got.speaker?.org ?? null).toBe(want.org);
  if (want.segments) expect(got.segments.map(([a, b]) => text.slice(a, b))).toEqual(want.segments);
  if (want.date !== undefined) expect(got.date).toBe(want.date);
  if (got.speaker) expect(text.slice(got.speaker.start, got.speaker.end)).toBe(got.speaker.mention);
  expect(got.text).toBe(text.slice(got.start, got.end));
}

// Each case: our own text in the style of real reporting, and what the statements must be.
const CASES: [string, string, Want[]][] = [
  [
    "01 trailing attribution, inverted, with appositive",
    "“The verdict was written before the hearing,” said lawyer Tran Van Hoa, who represents the family.",
    [
      {
        kind: "direct",
        cue: "said",
        mention: "lawyer Tran Van Hoa",
        name: "Tran Van Hoa",
        role: "lawyer",
        segments: ["“The verdict was written before the hearing,”"],
      },
    ],
  ],
  [
    "01 quotation split by its attribution",
    "Activist Ngo Thi Mai spoke after the trial. “We will appeal,” she said. “My brother did nothing wrong.”",
    [
      {
        kind: "direct",
        mention: "she",
        name: "Ngo Thi Mai",
        segments: ["“We will appeal,”", "“My brother did nothing wrong.”"],
      },
    ],
  ],
  [
    "01 an attribution interrupting one sentence of quotation",
    "“The risk,” said Ho Thi Lan, a lawyer in Da Nang, “is that nobody will testify.”",
    [
      {
        kind: "direct",
        name: "Ho Thi Lan",
        role: "lawyer",
        segments: ["“The risk,”", "“is that nobody will testify.”"],
      },
    ],
  ],
  [
    "01 a possessor inside the speaker phrase is not the speaker",
    "Blogger Hoang Van Khoa was jailed on Monday. “The verdict is a disgrace,” Khoa’s Paris-based sister Tran Thi Mai said.",
    [{ kind: "direct", mention: "Khoa’s Paris-based sister Tran Thi Mai", name: "Tran Thi Mai" }],
  ],
  [
    "01 guillemets and a ministry as speaker",
    "«Nobody is above the law», the Ministry of Justice said in a statement.",
    [
      {
        kind: "direct",
        cue: "said",
        mention: "the Ministry of Justice",
        name: "Ministry of Justice",
        speakerKind: "organisation",
      },
    ],
  ],
  [
    "01 low opening marks",
    "„We were never told the charges“, said Bui Van Kien.",
    [{ kind: "direct", name: "Bui Van Kien", segments: ["„We were never told the charges“"] }],
  ],
  [
    "01 leading attribution after a colon, with 'affirmed that:'",
    "Mr. Do Van Sang then affirmed that: “I have not broken any law!”",
    [
      {
        kind: "direct",
        cue: "affirmed",
        mention: "Mr. Do Van Sang",
        name: "Do Van Sang",
        segments: ["“I have not broken any law!”"],
      },
    ],
  ],
  [
    "01 question mark ends the sentence before the attribution",
    "“Who decides what counts as propaganda?” the blogger asked.",
    [{ kind: "direct", cue: "asked", mention: "the blogger" }],
  ],
  [
    "01 two apostrophes as quotation marks",
    "''The sentence is harsh but lawful,'' said Judge Phan Minh Chau.",
    [{ kind: "direct", name: "Phan Minh Chau", role: "Judge" }],
  ],
  [
    "07 a quotation running over two paragraphs",
    "The lawyer spoke at length. “My client was held for months without a visit.\n\n“Nobody told his family where he was,” Tran said.",
    [
      {
        kind: "direct",
        mention: "Tran",
        segments: [
          "“My client was held for months without a visit.",
          "“Nobody told his family where he was,”",
        ],
      },
    ],
  ],
  [
    "07 a quotation paragraph continues the statement before it",
    "“They searched the house at dawn,” said Vo Thi Hoa.\n\n“They took every book we owned.”",
    [
      {
        kind: "direct",
        name: "Vo Thi Hoa",
        segments: ["“They searched the house at dawn,”", "“They took every book we owned.”"],
      },
    ],
  ],
  [
    "02 a block opened by a colon and closed by a lone ”",
    "Dr. Le Quang Minh, former director of the Delta Research Institute, speaking from Can Tho on May 3, stated:\n\nThey arrest people and then say they respect rights … It must stop. ”",
    [
      {
        kind: "direct",
        cue: "stated",
        mention: "Dr. Le Quang Minh",
        name: "Le Quang Minh",
        role: "former director",
        org: "Delta Research Institute",
        date: "2021-05-03",
        segments: ["They arrest people and then say they respect rights … It must stop. ”"],
      },
    ],
  ],
  [
    "02 an opening participle phrase is not the speaker",
    "Turning to the ministry’s pledge to work with UN bodies, blogger Tran Van Minh, a former political prisoner, told RFA from Hue:\n\nThe pledge exists only on paper. ”",
    [
      {
        kind: "direct",
        cue: "told",
        mention: "blogger Tran Van Minh",
        name: "Tran Van Minh",
        role: "blogger",
      },
    ],
  ],
  [
    "02 an unmarked block after 'as follows:'",
    "Lawyer Dang Van Loc said by telephone as follows:\n\nWhen my client read the indictment, he stayed calm.",
    [
      {
        kind: "direct",
        cue: "said",
        name: "Dang Van Loc",
        segments: ["When my client read the indictment, he stayed calm."],
      },
    ],
  ],
  [
    "04 reported speech with that, organisation speaker",
    "The Ministry of Public Security affirmed that all the arrests were lawful.",
    [
      {
        kind: "indirect",
        cue: "affirmed",
        name: "Ministry of Public Security",
        segments: ["that all the arrests were lawful"],
      },
    ],
  ],
  [
    "04 reported speech without that, a capital for the state",
    "Hanoi said the report relied on groundless accusations.",
    [
      {
        kind: "indirect",
        mention: "Hanoi",
        name: "Vietnam",
        speakerKind: "state",
        segments: ["the report relied on groundless accusations"],
      },
    ],
  ],
  [
    "04 mixed quote",
    "The spokesperson said the report contained “many groundless claims”.",
    [{ kind: "mixed", segments: ["the report contained “many groundless claims”"] }],
  ],
  [
    "04 end-attributed",
    "The trial lasted less than three hours, his lawyer said on Thursday.",
    [
      {
        kind: "indirect",
        mention: "his lawyer",
        speakerKind: "description",
        segments: ["The trial lasted less than three hours"],
        date: "2021-05-06",
      },
    ],
  ],
  [
    "04 end-attributed wire lead with the channel described",
    'Blogger Tran Van Ha, 58, was detained in Can Tho on Friday for posting articles "that distort the truth", the Ministry of Information and Communications said in a statement issued late on Friday.',
    [
      {
        kind: "mixed",
        mention: "the Ministry of Information and Communications",
        speakerKind: "organisation",
        date: "2021-05-07",
      },
    ],
  ],
  [
    "04 parenthetical attribution: two segments",
    "The verdict, the lawyer said, had been decided in advance.",
    [{ kind: "indirect", segments: ["The verdict", "had been decided in advance"] }],
  ],
  [
    "04 told with an addressee and a date",
    "Journalist Pham Thi Thu, once a prisoner of conscience, told VOA on April 22 that conditions in the camp had worsened.",
    [
      {
        kind: "indirect",
        cue: "told",
        name: "Pham Thi Thu",
        role: "Journalist",
        date: "2021-04-22",
        segments: ["that conditions in the camp had worsened"],
      },
    ],
  ],
  [
    "04 a description as speaker",
    "A freed prisoner of conscience told RFA that guards beat inmates.",
    [
      {
        mention: "A freed prisoner of conscience",
        name: "A freed prisoner of conscience",
        speakerKind: "description",
      },
    ],
  ],
  [
    "03 according to, leading and trailing",
    "According to Human Rights Watch, at least 150 activists are in prison. The number has grown, according to the group.",
    [
      {
        cue: "According to",
        name: "Human Rights Watch",
        segments: ["at least 150 activists are in prison"],
      },
      { cue: "according to", mention: "the group", segments: ["The number has grown"] },
    ],
  ],
  [
    "05 a participle shares the subject",
    "The ministry rejected the report, saying it relied on biased sources.",
    [
      { cue: "rejected" },
      { cue: "saying", mention: "The ministry", segments: ["it relied on biased sources"] },
    ],
  ],
  [
    "06 a headline attributed by a colon",
    "No one is jailed for their views: Spokesperson\n\nThe spokesperson spoke on Thursday.",
    [{ cue: ":", mention: "Spokesperson", segments: ["No one is jailed for their views"] }],
  ],
  [
    "01 an inverted colon attribution",
    "The debate turned to prisons.\n\nContinued Tran: “Nobody should be jailed for a post.”",
    [
      {
        kind: "direct",
        cue: "Continued",
        mention: "Tran",
        segments: ["“Nobody should be jailed for a post.”"],
      },
    ],
  ],
  [
    "01 a name with an initial and a party in parentheses",
    '"The bill is a step back," Rep. Mary K. Dolan (D-Ore.) said on Friday.',
    [{ kind: "direct", mention: "Rep. Mary K. Dolan", name: "Mary K. Dolan" }],
  ],
  [
    "01 a participle carries the subject to a quotation",
    "The minister defended the law on Tuesday, saying, “It protects national security.”",
    [
      { kind: "indirect", cue: "defended", mention: "The minister" },
      { kind: "direct", cue: "saying", mention: "The minister" },
    ],
  ],
  [
    "01 a coordinated cue shares the subject",
    "Activist Bui Thi Hoa refused to comment on the charges but added, “I am not afraid.”",
    [
      { kind: "indirect", cue: "refused", name: "Bui Thi Hoa" },
      { kind: "direct", cue: "added", name: "Bui Thi Hoa" },
    ],
  ],
  [
    "01 a participle after an attribution it follows shares that speaker",
    "The defendant was not allowed to call witnesses, lawyer Dang Dinh Manh said, adding, “The hearing lasted four hours.”",
    [
      {
        kind: "indirect",
        cue: "said",
        mention: "lawyer Dang Dinh Manh",
        segments: ["The defendant was not allowed to call witnesses"],
      },
      { kind: "direct", cue: "adding", mention: "lawyer Dang Dinh Manh" },
    ],
  ],
  [
    "01 a participle after an inverted attribution",
    "The appeal was rejected in one morning, said Nguyen Van Dai, adding that “nobody read the file.”",
    [
      { kind: "indirect", cue: "said", mention: "Nguyen Van Dai" },
      { kind: "direct", cue: "adding", mention: "Nguyen Van Dai" },
    ],
  ],
  [
    "05 the rest of a place name after an opening phrase is not the subject",
    "Speaking at a rally in Buon Ma Thuot, Dak Lak, Colonel Tran Van Son went after the bloggers, calling them “paid agitators.”",
    [{ cue: "calling", mention: "Colonel Tran Van Son" }],
  ],
  [
    "05 an opening time phrase is not the subject",
    "The family waited at the gate. Minutes later, she sent a message saying, “They have taken him.”",
    [{ kind: "direct", cue: "saying", mention: "she" }],
  ],
  [
    "04 'went on to' reports only with a cue verb after it",
    "Hoa was released in 2019. She went on to open a legal aid office. Her lawyer went on to criticise the verdict as political.",
    [
      {
        cue: "went on",
        mention: "Her lawyer",
        segments: ["to criticise the verdict as political"],
      },
    ],
  ],
  [
    "04 a noun before a relative clause is no cue",
    "Turnout in the dozen provinces that held trials this year was low, and in the nine districts that held local votes it was lower.",
    [],
  ],
  [
    "04 a reported clause may open with a title and its period",
    "Lawyers said Mr. Quang had been denied visits for a year.",
    [{ kind: "indirect", cue: "said", segments: ["Mr. Quang had been denied visits for a year"] }],
  ],
  [
    "04 a prepositional phrase after the cue ends where the clause's subject starts",
    "The ministry said in a statement on its website the trial was fair. Hoa said in an interview she would appeal.",
    [
      { cue: "said", mention: "The ministry", segments: ["the trial was fair"] },
      { cue: "said", mention: "Hoa", segments: ["she would appeal"] },
    ],
  ],
  [
    "04 'here' between the speaker and the cue",
    "Relatives here said the prison had stopped all visits.",
    [{ cue: "said", mention: "Relatives", segments: ["the prison had stopped all visits"] }],
  ],
  [
    "04 a singular noun ending in -s before a present-tense verb",
    "Activists said the press depends on the ministry.",
    [{ cue: "said", segments: ["the press depends on the ministry"] }],
  ],
  [
    "04 a reported clause opening with a contracted subject and verb",
    "Relatives said they’re afraid to visit the camp.",
    [{ cue: "said", segments: ["they’re afraid to visit the camp"] }],
  ],
  [
    "04 the people a survey asked",
    "Of the farmers in Thai Binh, those surveyed said the land had been taken without payment.",
    [{ cue: "said", mention: "those surveyed" }],
  ],
  [
    "04 a word standing for the whole answer",
    "Asked whether he would appeal, Mr. Tri said no. His wife said as much on Monday. Half of the villagers said the same of the new chairman.",
    [
      { cue: "Asked", mention: null, segments: ["whether he would appeal"] },
      { cue: "said", mention: "Mr. Tri", segments: ["no"] },
      { cue: "said", mention: "His wife", segments: ["as much"] },
      { cue: "said", segments: ["the same of the new chairman"] },
    ],
  ],
  [
    "04 a relative clause whose subject the cue's clause reports about",
    "The ministry closed the shelter, which residents say housed forty families, in March. It was a move they say broke the housing law.",
    [
      { cue: "say", mention: "residents", segments: ["which", "housed forty families"] },
      { cue: "say", mention: "they", segments: ["broke the housing law"] },
    ],
  ],
  [
    "04 the relative word before an attribution inside its clause is content, “what” too",
    "The decree funds what the deputies said was a gift to developers. Police held Mr. Son, who his wife says remains in detention.",
    [
      { cue: "said", mention: "the deputies", segments: ["what", "was a gift to developers"] },
      { cue: "says", mention: "his wife", segments: ["who", "remains in detention"] },
    ],
  ],
  [
    "04 a relative clause whose object is the gap: what the object is called, the quoted name only",
    "The court fined the blogger 20 million dong, which Mr. Hoa called “a disgrace,” blaming the judge. She returned to the village, which she describes as her second home. The ward chief ignored what residents call the “flood tax” and left.",
    [
      { cue: "called", mention: "Mr. Hoa", segments: ["which", "“a disgrace,”"] },
      { cue: "blaming", mention: "Mr. Hoa", segments: ["the judge"] },
      { cue: "describes", mention: "she", segments: ["which", "as her second home"] },
      { cue: "call", mention: "residents", segments: ["what", "the “flood tax”"] },
    ],
  ],
  [
    "04 a long relative clause inside the reported subject, and one before a quoted verb",
    "The ministry said the activist, who has lived with his parents and two younger sisters for most of the past ten years in a small house in the northern port city of Hai Phong, had broken the law. The group said Ms. Lan, who runs a shelter, “is a danger to no one.”",
    [
      {
        mention: "The ministry",
        segments: [
          "the activist, who has lived with his parents and two younger sisters for most of the past ten years in a small house in the northern port city of Hai Phong, had broken the law",
        ],
      },
      {
        mention: "The group",
        segments: ["Ms. Lan, who runs a shelter, “is a danger to no one.”"],
      },
    ],
  ],
  [
    "04 a noun-phrase object ends where an adjunct opens (“during”, “despite”), unless a verb came before it",
    "The senator endorsed Hoa during the primary. The union backed the plan despite objections from its members. Farmers criticised the policy the ministry adopted during the floods.",
    [
      { cue: "endorsed", segments: ["Hoa"] },
      { cue: "backed", segments: ["the plan"] },
      { cue: "criticised", segments: ["the policy the ministry adopted during the floods"] },
    ],
  ],
  [
    "04 an intention ends before why and when it is held (“because”, “after”)",
    "The lawyer declined to comment because the case is still open. The activist vowed to keep writing after her release.",
    [
      { cue: "declined", segments: ["to comment"] },
      { cue: "vowed", segments: ["to keep writing"] },
    ],
  ],
  [
    "04 a document subject with “and” inside it: between names, or between documents",
    "Recent polls in Hanoi and Hue have similarly shown the party's lead eroding. Local surveys and panels show little movement in opinion.",
    [
      {
        cue: "shown",
        mention: "Recent polls in Hanoi and Hue",
        segments: ["the party's lead eroding"],
      },
      { cue: "show", segments: ["little movement in opinion"] },
    ],
  ],
  [
    "04 a document subject before a progressive form",
    "Recent polling is showing the party has a clear lead in the north.",
    [
      {
        cue: "showing",
        mention: "Recent polling",
        segments: ["the party has a clear lead in the north"],
      },
    ],
  ],
  [
    "05 a speech participle reports the clause after it, attribution and all; so does “and said”",
    "The bishop welcomed the ruling, saying he applauded the judges. The lawyer rejected the claim, adding that the police had lied. The mayor left the hall and said she opposed the plan.",
    [
      { cue: "welcomed", segments: ["the ruling"] },
      { cue: "saying", mention: "The bishop", segments: ["he applauded the judges"] },
      { cue: "rejected", segments: ["the claim"] },
      { cue: "adding", mention: "The lawyer", segments: ["that the police had lied"] },
      { cue: "said", mention: "The mayor", segments: ["she opposed the plan"] },
    ],
  ],
  [
    "04 an aside or a floated quantifier between the subject and the cue is not the subject",
    "Rice farmers have in the past blamed cheap imports for falling prices. The two senators have both urged the governor to resign. The lawyer has nevertheless called the verdict shameful. Rights groups have in particular criticised the new decree. And both vowed to appeal.",
    [
      { cue: "blamed", mention: "Rice farmers" },
      { cue: "urged", mention: "two senators" },
      { cue: "called", mention: "The lawyer" },
      { cue: "criticised", mention: "Rights groups" },
      { cue: "vowed", mention: "both" },
    ],
  ],
  [
    "05 an adverb opening the sentence is not the subject a participle shares",
    "Recently, however, the group issued a paper welcoming the plan and calling for more funding.",
    [{ cue: "calling for", mention: "the group", segments: ["more funding"] }],
  ],
  [
    "04 a noun after a number is no cue (“three state elections”)",
    "Hue is watching the Farmers' League, a minor party that took seats in two state elections in May by campaigning against the levy on rice growers.",
    [{ cue: "campaigning against", segments: ["the levy on rice growers"] }],
  ],
  [
    "04 “credit” and “brand” after a noun are nouns; after a pronoun, verbs",
    "The plan sells pollution credits because of their low cost. A spokeswoman for the fashion brand said the company pays its staff well. He credits the union with the deal.",
    [
      { cue: "said", mention: "A spokeswoman for the fashion brand" },
      { cue: "credits", mention: "He", segments: ["the union with the deal"] },
    ],
  ],
  [
    "04 an addressee that is a programme's quoted title after a possessive",
    "The minister told VTV’s “Morning News” on Monday the dam was safe.",
    [{ cue: "told", mention: "The minister", segments: ["the dam was safe"] }],
  ],
  [
    "04 a cue deep in an opening subordinate clause: its content ends at the clause's comma",
    "While he works to convince residents that he understands their fear of crime, the mayor said he meets with families every week.",
    [
      { cue: "understands", mention: "he", segments: ["their fear of crime"] },
      { cue: "said", mention: "the mayor", segments: ["he meets with families every week"] },
    ],
  ],
  [
    "04 a short appositive inside the reported subject, even before a reporting verb",
    "The lawyer said her client and his brother, both farmers from Nghe An, wrote the petition themselves.",
    [
      {
        mention: "The lawyer",
        segments: [
          "her client and his brother, both farmers from Nghe An, wrote the petition themselves",
        ],
      },
      // (The nested statement's speaker is the appositive: a known gap.)
      { cue: "wrote", segments: ["the petition themselves"] },
    ],
  ],
  [
    "01 a trailing attribution with a quotation in the speaker's appositive",
    "“We have seen better days than this one,” delegate Tran Van Hai, wearing a straw hat and “Vote Hai” pins, said with a shrug.",
    [
      {
        kind: "direct",
        cue: "said",
        mention: "delegate Tran Van Hai",
        segments: ["“We have seen better days than this one,”"],
      },
    ],
  ],
  [
    "09 a question put in quotation marks, in the passive or opening the sentence",
    "The envoy was asked, “Would you have warned her?” He answered, “I had no idea.” Asked, “Will you appeal?” the lawyer said yes.",
    [
      { cue: "was asked", mention: null, segments: ["“Would you have warned her?”"] },
      { cue: "answered", mention: "He", segments: ["“I had no idea.”"] },
      { cue: "Asked", mention: null, segments: ["“Will you appeal?”"] },
      { cue: "said", mention: "the lawyer", segments: ["yes"] },
    ],
  ],
  [
    "05 what someone is called, with a title's stop in the name before the quotation",
    "The party chose its candidate, calling Gov. Tran Van Minh “our partner in this campaign.”",
    [
      {
        cue: "calling",
        mention: "The party",
        segments: ["Gov. Tran Van Minh “our partner in this campaign.”"],
      },
    ],
  ],
  [
    "04 an -s form that is also a noun, after a name and its appositive",
    "Former governor Le Thi Lan, an early supporter of the plan, calls the issue of water “a priority” for farmers. Nguyen Van Hai, the group's director, claims the camp was closed.",
    [
      {
        cue: "calls",
        mention: "Former governor Le Thi Lan",
        segments: ["the issue of water “a priority” for farmers"],
      },
      { cue: "claims", mention: "Nguyen Van Hai", segments: ["the camp was closed"] },
    ],
  ],
  [
    "01 a past form with an object frame before “in” is a verb after a subject pronoun",
    "“The party is growing,” he declared in a post on Facebook.",
    [{ kind: "direct", cue: "declared", mention: "he", segments: ["“The party is growing,”"] }],
  ],
  [
    "04 a past form before “in” reports when a quoted clause follows the adjunct",
    "Lan acknowledged in a television interview late on Sunday “we may not hold the seat” unless young voters turn out.",
    [
      {
        kind: "mixed",
        cue: "acknowledged",
        mention: "Lan",
        segments: ["“we may not hold the seat” unless young voters turn out"],
      },
    ],
  ],
  [
    "04 where the subject spoke, between the name and the cue, is not the subject",
    "Hoa in his opening speech called the law “a disgrace.” Protesters in the capital said the vote was rigged.",
    [
      { cue: "called", mention: "Hoa", segments: ["the law “a disgrace.”"] },
      { cue: "said", mention: "Protesters in the capital", segments: ["the vote was rigged"] },
    ],
  ],
  [
    "05 “, then says” shares the sentence's subject",
    "Hoa half-seriously offered the farmer a post as district chief, then says he will welcome advice.",
    [{ cue: "says", mention: "Hoa", segments: ["he will welcome advice"] }],
  ],
  [
    "04 the agent of a participle describing the subject is not the subject, unless it issued the document",
    "A letter from the veterans' association obtained by the newspaper warns that “any further use” will be challenged. The report released by the ministry says the camps are closed.",
    [
      { cue: "warns", mention: "A letter from the veterans' association" },
      { cue: "says", mention: "the ministry", segments: ["the camps are closed"] },
    ],
  ],
  [
    "05 a participle after a “where” clause with its own subject goes with that subject",
    "Lan spoke at the rally, where she gave a speech blaming the mayor and accusing him of lying.",
    [{ cue: "accusing", mention: "she", segments: ["him of lying"] }],
  ],
  [
    "04 “that” reached through a time and adjuncts with a place's comma",
    "Hoa said Thursday during a visit to Vinh, Nghe An, that the dam was safe.",
    [{ cue: "said", mention: "Hoa", segments: ["that the dam was safe"] }],
  ],
  [
    "04 a share or a number before a base-form cue that reports",
    "A fifth state that the vote was rigged. The two state that the vote was rigged.",
    [
      { mention: "A fifth", segments: ["that the vote was rigged"] },
      { mention: "The two", segments: ["that the vote was rigged"] },
    ],
  ],
  [
    "04 a relative clause with an attribution inside ends at a colon",
    "No province has a plan to reach what engineers think is needed: closing every coal plant by 2040.",
    [{ cue: "think", mention: "engineers", segments: ["what", "is needed"] }],
  ],
  [
    "04 a document heading a longer subject reports what it shows",
    "A survey of former detainees in three provinces shows most were held without a lawyer. She published the records, which showed the camp held 900 people.",
    [
      { cue: "shows", segments: ["most were held without a lawyer"] },
      { cue: "published", segments: ["the records"] },
      { cue: "showed", segments: ["the camp held 900 people"] },
    ],
  ],
  [
    "09 the question put to someone, and who put it when the text says",
    "Asked whether he would appeal, Mr. Tri said no. When asked by reporters about the fine, his wife declined to comment.",
    [
      { cue: "Asked", mention: null, segments: ["whether he would appeal"] },
      { cue: "said", mention: "Mr. Tri" },
      { cue: "asked", mention: "reporters", segments: ["about the fine"] },
      { cue: "declined", mention: "his wife" },
    ],
  ],
  [
    "09 an expectation no one is named for, with its subject",
    "On Friday, the court in Ha Noi is expected to hear the appeal. Lawyers said the hearing, which is widely expected to last one day, would be closed. Turnout was lower than expected.",
    [
      {
        cue: "is expected",
        mention: null,
        segments: ["the court in Ha Noi is expected to hear the appeal"],
      },
      { cue: "said", mention: "Lawyers" },
      {
        cue: "is widely expected",
        mention: null,
        segments: ["which is widely expected to last one day"],
      },
    ],
  ],
  [
    "05 a second participle after 'and' is a statement of its own",
    "The provincial chairman dismissed the petition, calling it “slander” and saying the land had been paid for.",
    [
      { cue: "dismissed" },
      { cue: "calling", segments: ["it “slander”"] },
      { cue: "saying", segments: ["the land had been paid for"] },
    ],
  ],
  [
    "01 a quotation resumed after 'but' is the same statement",
    "“We respect the court,” the lawyer said, but “this verdict was written before the hearing.”",
    [
      {
        kind: "direct",
        mention: "the lawyer",
        segments: ["“We respect the court,”", "“this verdict was written before the hearing.”"],
      },
    ],
  ],
  [
    "01 a quotation naming a thing is no statement",
    "He spoke on the station’s “Morning Hour” programme. The group uses a method called “shadow counting.”",
    [],
  ],
  [
    "04 'as' sets an attribution off like a comma",
    "As the lawyer noted, the hearing lasted two hours. The verdict was read in advance, as his wife said.",
    [
      { cue: "noted", mention: "the lawyer", segments: ["the hearing lasted two hours"] },
      { cue: "said", mention: "his wife", segments: ["The verdict was read in advance"] },
    ],
  ],
  [
    "04 the channel and time before 'that' or the clause's subject",
    "The ministry announced in a circular last week that the camp had closed. The police said Monday it would reopen the case.",
    [
      { cue: "announced", segments: ["that the camp had closed"] },
      { cue: "said", segments: ["it would reopen the case"] },
    ],
  ],
  [
    "04 'called' a person something, and what was tweeted",
    "Villagers called him a land thief. The activist tweeted a photo of the demolished church.",
    [
      { cue: "called", mention: "Villagers", segments: ["him a land thief"] },
      { cue: "tweeted", mention: "The activist", segments: ["a photo of the demolished church"] },
    ],
  ],
  [
    "04 a quotation after the cue's comma that the sentence goes on from",
    "She turned to the officers as she said, “You cannot take him” without a warrant.",
    [{ kind: "mixed", cue: "said", segments: ["“You cannot take him” without a warrant"] }],
  ],
  [
    "04 a document with the participle that dates it",
    "A report released last month found that most detainees had no lawyer.",
    [
      {
        cue: "found",
        mention: "A report released last month",
        segments: ["that most detainees had no lawyer"],
      },
    ],
  ],
  [
    "05 a participle after 'after' shares the sentence's subject",
    "The bishop spoke to reporters after warning that the land was not for sale.",
    [{ cue: "warning", mention: "The bishop" }],
  ],
  [
    "04 what is held or counted is no reported clause",
    "The ruling party maintains a wide lead among rural voters. The province has added 4,000 new jobs this year. The lawyer added 20 people had been arrested.",
    [{ cue: "added", mention: "The lawyer", segments: ["20 people had been arrested"] }],
  ],
  [
    "04 a participle after a determiner modifies its noun",
    "The alleged organiser, Tran Van Bao, was moved to another camp, where an estimated 300 people are held.",
    [],
  ],
  [
    "04 'that' as a pronoun, a month named May, a noun after an article, 'backed away'",
    "The minister hinted at that during a press briefing. The lawyer said that in May. The council backed away from the plan. He said that in May the court would rule.",
    [{ cue: "said", segments: ["that in May the court would rule"] }],
  ],
  [
    "04 a time phrase opening the sentence is not the subject of its appositives",
    "Earlier on Tuesday, the family's lawyer, Ha Huy Son, said the hearing had been moved.",
    [{ cue: "said", mention: "the family's lawyer", name: "Ha Huy Son" }],
  ],
  [
    "05 a participle after a joined clause with a subject of its own goes with that subject",
    "Villagers have protested for months, and the parish priest has already written to the province, saying the land belongs to the church.",
    [{ cue: "saying", mention: "the parish priest" }],
  ],
  [
    "05 a dateline in capitals opens no subject; 'long' and 'this past week' before the cue",
    "HANOI — Lawyer Nguyen Van Mieng visited the camp, saying the prisoners were thin. Mieng has long said that visits are too short. The ministry this past week announced new rules.",
    [
      { cue: "saying", mention: "Lawyer Nguyen Van Mieng" },
      { cue: "said", mention: "Mieng" },
      { cue: "announced", mention: "The ministry" },
    ],
  ],
  [
    "01 a short object of a speech cue before a colon and the quotation",
    "Then she added a caveat: “They will come for the next village too.”",
    [{ kind: "direct", cue: "added", mention: "she" }],
  ],
  [
    "05 a subordinate clause before the main one is not its subject",
    "When asked whether he would appeal, the pastor smiled and said, “God will decide.”",
    [
      { cue: "asked", mention: null, segments: ["whether he would appeal"] },
      { kind: "direct", cue: "said", mention: "the pastor" },
    ],
  ],
  [
    "04 a subject set off by '--' dashes around its appositive",
    "A former prisoner -- Nguyen Van Ly, who spent years in Nam Ha camp -- said the cells were “unbearably hot.”",
    [{ kind: "mixed", cue: "said", mention: "A former prisoner" }],
  ],
  [
    "04 a progressive cue",
    "The ministry is telling reporters that the camps have closed.",
    [{ kind: "indirect", cue: "telling", segments: ["that the camps have closed"] }],
  ],
  [
    "04 a subordinate attribution ends at its comma",
    "While the government says the trials are fair, observers were barred from the courtroom.",
    [{ kind: "indirect", cue: "says", segments: ["the trials are fair"] }],
  ],
  [
    "08 a noun carries the attribution",
    "The ministry’s claim that no one is detained for their views, repeated on Monday, drew criticism.",
    [
      {
        cue: "claim",
        mention: "The ministry",
        segments: ["that no one is detained for their views"],
      },
    ],
  ],
  [
    "pronoun and short name resolve to the full name",
    "Mr. Vo Van Thanh, a former lieutenant colonel, was released in March. He told RFA that he would keep writing. According to Mr. Thanh, the police still follow him.",
    [
      { mention: "He", name: "Vo Van Thanh", role: "former lieutenant colonel" },
      { mention: "Mr. Thanh", name: "Vo Van Thanh" },
    ],
  ],
  [
    "a relation resolves to the person later introduced by it",
    "Police detained the blogger Lam Thi Thu on Monday, her brother said. Officers took two phones, according to her brother, Lam Van Duc.",
    [
      { mention: "her brother", name: "Lam Van Duc", speakerKind: "person" },
      { mention: "her brother", name: "Lam Van Duc" },
    ],
  ],
  [
    "a possessor or a complement is not the speaker",
    "Pham Van Ky remains in Prison No. 6. Ky’s son, Pham Van Loi, said the cell has no window. The family of Pham Van Ky said he had lost weight. Later, his family said he was moved.",
    [
      { mention: "Ky’s son", name: "Pham Van Loi" },
      {
        mention: "The family of Pham Van Ky",
        name: "The family of Pham Van Ky",
        speakerKind: "description",
      },
      { mention: "his family", name: "Pham Van Ky’s family", speakerKind: "description" },
    ],
  ],
  [
    "a definite description takes up an unnamed speaker",
    "An aid worker who visited the camp said food had run out. The worker said children were sick.",
    [
      { name: "An aid worker who visited the camp", speakerKind: "description" },
      { mention: "The worker", name: "An aid worker who visited the camp" },
    ],
  ],
  [
    "a sentence opened by a quotation continues the statement before it",
    "“The hearing lasted two hours,” said lawyer Ngo Thi Hue. “Nobody could call witnesses” for the defence.",
    [
      {
        mention: "lawyer Ngo Thi Hue",
        kind: "mixed",
        segments: [
          "“The hearing lasted two hours,”",
          "“Nobody could call witnesses” for the defence",
        ],
      },
    ],
  ],
  [
    "the group is the organisation that spoke last",
    "Mekong Rights Network said 41 people were in pretrial detention. The group said several had no lawyer.",
    [{ name: "Mekong Rights Network" }, { mention: "The group", name: "Mekong Rights Network" }],
  ],
  [
    "an infinitive cue after 'and' inside the content is not the speaker's next statement",
    "The group said the three men had done nothing more than pray at home and tell relatives abroad about the raids.",
    [{ mention: "The group", cue: "said" }],
  ],
  [
    "an adverbial phrase between subject and cue ('in turn', 'for its part')",
    "Commune officials in turn said the families had been paid in full. The province, for its part, said the land was public.",
    [{ mention: "Commune officials" }, { mention: "The province" }],
  ],
  [
    "a plural noun opening the sentence is a description; 'that' is not part of the next speaker",
    "Villagers said that the commune officials had told them to leave by Friday.",
    [
      { mention: "Villagers", speakerKind: "description" },
      { mention: "the commune officials", cue: "told" },
    ],
  ],
  [
    "a description through 'for the two men'",
    "Lawyers for the two men said they had not been allowed to see the case file.",
    [{ mention: "Lawyers for the two men", speakerKind: "description" }],
  ],
  [
    "an embassy in a capital speaks, not the capital's state",
    "The Swiss Embassy in Hanoi said it had asked to attend the trial.",
    [{ mention: "The Swiss Embassy in Hanoi", speakerKind: "organisation" }],
  ],
  [
    "an organisation a state owns speaks, not the state",
    "Germany's Federal Foreign Office said on Friday that the verdict against the blogger was disproportionate.",
    [
      {
        mention: "Germany's Federal Foreign Office",
        name: "Federal Foreign Office",
        speakerKind: "organisation",
      },
    ],
  ],
  [
    "04 inverted speaker's appositive and relative clause are not content",
    "The sentence is the harshest handed to a blogger this year, said Tran Quoc Bao, director of the Saigon Legal Aid Fund, which has followed the case since 2019.",
    [
      {
        kind: "indirect",
        mention: "Tran Quoc Bao",
        segments: ["The sentence is the harshest handed to a blogger this year"],
      },
    ],
  ],
  [
    "04 content resumes after the inverted speaker's appositive",
    "Rather than wait for the appeal, said Dao Thi Lan, a lawyer for the family, the relatives will petition the provincial court.",
    [
      {
        mention: "Dao Thi Lan",
        segments: [
          "Rather than wait for the appeal",
          "the relatives will petition the provincial court",
        ],
      },
    ],
  ],
  [
    "04 a comma inside the closing mark ends the content as one outside would",
    "The minister said the case “would be closed by March,” referring to the appeal hearing, which the court has not yet scheduled.",
    [
      { kind: "mixed", segments: ["the case “would be closed by March,”"] },
      { cue: "referring to", segments: ["the appeal hearing"] },
    ],
  ],
  [
    "01 a quotation after an attribution that reports more is the speaker's next statement",
    "“The verdict was written before the hearing,” the lawyer said, adding that the family had not been allowed in. “We will appeal.”",
    [
      {
        kind: "direct",
        mention: "the lawyer",
        segments: ["“The verdict was written before the hearing,”"],
      },
      {
        kind: "indirect",
        cue: "adding",
        mention: "the lawyer",
        segments: ["that the family had not been allowed in"],
      },
      { kind: "direct", mention: "the lawyer", segments: ["“We will appeal.”"] },
    ],
  ],
  [
    "04 a recollection after the closing mark is the speaker's next statement",
    "The lawyer said the hearing was “over in an hour,” recalling that the judge read the verdict from a prepared text.",
    [
      { kind: "mixed", segments: ["the hearing was “over in an hour,”"] },
      { cue: "recalling", segments: ["that the judge read the verdict from a prepared text"] },
    ],
  ],
  [
    "04 “called on” an addressee to act, as “urged”: the act is the content",
    "Amnesty International called on the authorities to drop the charges against Pham Doan Trang.",
    [
      {
        cue: "called on",
        mention: "Amnesty International",
        segments: ["to drop the charges against Pham Doan Trang"],
      },
    ],
  ],
  [
    "04 an addressee with a prepositional phrase before the act",
    "Human Rights Watch urged the authorities in Dak Lak to free the three men.",
    [{ cue: "urged", mention: "Human Rights Watch", segments: ["to free the three men"] }],
  ],
  [
    "04 “described how …” reports what the speakers told",
    "Villagers in Hung Yen described how officers had beaten a farmer who refused to sign.",
    [
      {
        cue: "described",
        mention: "Villagers in Hung Yen",
        segments: ["how officers had beaten a farmer who refused to sign"],
      },
    ],
  ],
  [
    "04 end-attributed with a long chain of place and time phrases after the cue",
    "The report relies on unverified sources, Foreign Ministry Spokesperson Pham Thu Hang said at the ministry's weekly news briefing in Hanoi on Thursday.",
    [
      {
        cue: "said",
        mention: "Foreign Ministry Spokesperson Pham Thu Hang",
        name: "Pham Thu Hang",
        segments: ["The report relies on unverified sources"],
      },
    ],
  ],
  [
    "01 a colon's label followed by an adjunct set off with a comma",
    "The detained woman's son, Pham Van Tu, by telephone from Thai Binh: “She only carried the petitions.”",
    [{ kind: "direct", mention: "Pham Van Tu", segments: ["“She only carried the petitions.”"] }],
  ],
  [
    "04 a pledge after “and” is the speaker's next statement",
    "The governor said the camp would close “within weeks” and has vowed to resettle every family before the rains.",
    [
      { kind: "mixed", segments: ["the camp would close “within weeks”"] },
      { cue: "vowed", segments: ["to resettle every family before the rains"] },
    ],
  ],
  [
    "04 an infinitive ends before a new clause; a later end attribution takes the whole sentence, the nested statement included",
    "In Nghe An, a province the party hoped to hold easily, the vote will be close, said Ho Van Duc, an analyst in Vinh. The trial was unfair, his lawyer said, and the judge was biased, his wife added.",
    [
      {
        cue: "said",
        mention: "Ho Van Duc",
        segments: ["In Nghe An, a province the party hoped to hold easily, the vote will be close"],
      },
      { cue: "hoped", segments: ["to hold easily"] },
      {
        cue: "said",
        mention: "his lawyer",
        segments: ["The trial was unfair", "and the judge was biased"],
      },
      { cue: "added", mention: "his wife", segments: ["and the judge was biased"] },
    ],
  ],
  [
    "04 a request for anonymity is neither statement nor subject; the head keeps its place",
    "A monk at the pagoda in Soc Trang, who asked not to be named for fear of reprisals, said officers had searched the monks' quarters twice this month.",
    [{ cue: "said", mention: "A monk at the pagoda in Soc Trang", speakerKind: "description" }],
  ],
  [
    "04 speaking on condition of anonymity still says what follows",
    "A prison official in Thanh Hoa said on condition of anonymity that the inmate had been moved to a hospital.",
    [
      {
        mention: "A prison official in Thanh Hoa",
        segments: ["that the inmate had been moved to a hospital"],
      },
    ],
  ],
  [
    "04 “whom … asked not to identify” is no statement of the relatives",
    "The activist's lawyer, whom her relatives asked not to identify, told reporters the appeal would be lodged within ten days.",
    [{ cue: "told", mention: "The activist's lawyer" }],
  ],
  [
    "04 a pronoun after an unnamed speaker is that speaker, not the person named before",
    "Blogger Nguyen Van Hai was moved to another camp in March. A former cellmate of the blogger said guards had confiscated his letters. “They read everything twice,” he said.",
    [
      { cue: "said", name: "A former cellmate of the blogger" },
      { kind: "direct", mention: "he", name: "A former cellmate of the blogger" },
    ],
  ],
  [
    "04 a word named like an object property is no pronoun for an unnamed speaker",
    "Blogger Nguyen Van Hai was moved to another camp in March. A former cellmate of the blogger said guards had confiscated his letters. “They read everything twice,” constructor said.",
    [
      { cue: "said", name: "A former cellmate of the blogger" },
      { kind: "direct", mention: "constructor", name: "constructor" },
    ],
  ],
  [
    "04 a relative clause closed by a time phrase; “the former inmate” is the same speaker",
    "A former inmate who spent three years at Xuan Loc camp until last month said the clinic had no medicine. “We were given salt water for every illness,” the former inmate said.",
    [
      { mention: "A former inmate who spent three years at Xuan Loc camp" },
      {
        kind: "direct",
        mention: "the former inmate",
        name: "A former inmate who spent three years at Xuan Loc camp",
      },
    ],
  ],
  [
    "04 “Several” stands for the group the sentence before names",
    "Dozens of Khmer Krom farmers gathered outside the court in Phnom Penh. Several said police had turned their trucks back at the provincial border.",
    [{ mention: "Several", name: "several Khmer Krom farmers", speakerKind: "description" }],
  ],
  [
    "04 a plural possessive with a straight apostrophe stays in the subject",
    "Several of the defendants' relatives said they were kept outside the courthouse in Minsk all morning.",
    [{ mention: "Several of the defendants' relatives" }],
  ],
  [
    "04 a bare plural opening a sentence is the group the sentence before named",
    "The blogger had written about district officials who seized farmland in Kien Xuong. Officials said on Monday that every plot had been paid for.",
    [{ mention: "Officials", name: "district officials" }],
  ],
  [
    "04 a relative “who” with no named antecedent stands for the noun phrase before it",
    "Police dispersed a sit-in by farmers from Kampong Speu province who say their land was taken for a sugar plantation.",
    [{ cue: "say", mention: "who", name: "farmers from Kampong Speu province" }],
  ],
  [
    "04 a report as speaker is its issuer",
    "The report, issued by Amnesty International in March, said that at least 20 people were held without trial.",
    [{ mention: "The report", name: "Amnesty International", speakerKind: "organisation" }],
  ],
  [
    "04 “the statement” is whoever spoke in a statement",
    "The Ministry of Justice said in a statement on Friday that the detainee had died of a stroke. The statement said an autopsy would be carried out.",
    [
      { mention: "The Ministry of Justice" },
      { mention: "The statement", name: "Ministry of Justice" },
    ],
  ],
  [
    "04 a time phrase after an inverted participle is not a speaker",
    "In a report on prison conditions, released last week, Amnesty International said that detainees were denied family visits.",
    [{ mention: "Amnesty International", segments: ["that detainees were denied family visits"] }],
  ],
  [
    "03 a clause set off after the source is not part of its name",
    "According to the indictment, which was read aloud at the hearing, Tran posted 40 articles criticising the party.",
    [{ name: "the indictment", segments: ["Tran posted 40 articles criticising the party"] }],
  ],
  [
    "03 a copy of a document speaks for the document",
    "According to the copy of the decision she showed to reporters, the camp refused the visit on health grounds.",
    [{ mention: "the copy of the decision she showed to reporters", name: "the decision" }],
  ],
  [
    "04 a head with a chain of prepositional phrases",
    "The head of the Department of Religious Affairs of Dak Lak province said the church had never applied for registration.",
    [
      {
        mention: "The head of the Department of Religious Affairs of Dak Lak province",
        segments: ["the church had never applied for registration"],
      },
    ],
  ],
  [
    "04 an approximate figure opens the clause, not a topic after “about”",
    "The lawyer said about 30 people had been questioned by police.",
    [{ cue: "said", segments: ["about 30 people had been questioned by police"] }],
  ],
  [
    "04 a sum of money opens the clause, and a decimal point does not end it",
    "The group said $2.5 million in donations had been frozen by the bank.",
    [{ segments: ["$2.5 million in donations had been frozen by the bank"] }],
  ],
  [
    "04 a name's suffix with its period",
    "Ambassador Daniel Kritenbrink Jr. said the trial fell short of international standards.",
    [
      {
        mention: "Ambassador Daniel Kritenbrink Jr.",
        segments: ["the trial fell short of international standards"],
      },
    ],
  ],
  [
    "04 people close to someone speak as a group",
    "At the time, people close to the defendant said, the family had received no notice of the hearing.",
    [
      {
        mention: "people close to the defendant",
        segments: ["At the time", "the family had received no notice of the hearing"],
      },
    ],
  ],
  [
    "04 a parenthetical attribution after an opening conjunction",
    "Yet, her lawyers say, the appeal has never been heard.",
    [{ mention: "her lawyers", segments: ["the appeal has never been heard"] }],
  ],
  [
    "04 a parenthetical attribution before a clause opened by “until”",
    "The clinic was well run, a former nurse said, until it was taken over by the province.",
    [
      {
        mention: "a former nurse",
        segments: ["The clinic was well run", "until it was taken over by the province"],
      },
    ],
  ],
  [
    "04 a parenthetical attribution before an infinitive or a clause opened by “since”",
    "It is the commune’s duty, the chairman said, to resettle every family before the rains. The new dam has cost the party votes in the delta, Nguyen Van Tam said, since most farmers there lost their land to it.",
    [
      {
        mention: "the chairman",
        segments: ["It is the commune’s duty", "to resettle every family before the rains"],
      },
      {
        mention: "Nguyen Van Tam",
        segments: [
          "The new dam has cost the party votes in the delta",
          "since most farmers there lost their land to it",
        ],
      },
    ],
  ],
  [
    "04 an aside in parentheses right after an inverted speaker",
    "However noble the goal, taxing the land ''is the wrong approach,'' said Mr. Binh (a view most lawyers in Hue share).",
    [
      {
        mention: "Mr. Binh",
        segments: ["However noble the goal, taxing the land ''is the wrong approach,''"],
      },
    ],
  ],
  [
    "04 an -s word after “and” is a plural, not a verb that would open a new clause",
    "It is his duty, he said, to brief the assembly, the public and partners overseas about the dam.",
    [
      {
        mention: "he",
        segments: [
          "It is his duty",
          "to brief the assembly, the public and partners overseas about the dam",
        ],
      },
    ],
  ],
  [
    "04 a parenthetical attribution after an opening subordinate clause: the main clause is content",
    "As the floods spread across Quang Binh, it is the ministry’s job, she said, to move the villagers out.",
    [{ mention: "she", segments: ["it is the ministry’s job", "to move the villagers out"] }],
  ],
  [
    "05/09 content runs on over a statement nested inside it whose attribution is not set off",
    "Hoa spoke for an hour, urging the farmers to resist what he is calling a land grab by the province. Asked if he thought the verdict was fair, the lawyer shook his head.",
    [
      {
        cue: "urging",
        mention: "Hoa",
        segments: ["to resist what he is calling a land grab by the province"],
      },
      { cue: "calling", mention: "he", segments: ["what", "a land grab by the province"] },
      { cue: "Asked", mention: null, segments: ["if he thought the verdict was fair"] },
      { cue: "thought", mention: "he", segments: ["the verdict was fair"] },
    ],
  ],
  [
    "04 “, who …”/“, which …”/“, though …”/“, so …” in the content go on with it; one with its own cue ends it",
    "The monitor said police had detained Nguyen Van Lam, who has run a shelter in Hue for ten years. The group said police had also visited Tran Thi Mai, who said she had done nothing wrong. The ministry vowed to build a new dam, which would flood three villages. One farmer said he would move to the city, though his neighbours would stay. The court found that the levy had been unlawful, so the fines must be repaid.",
    [
      {
        mention: "The monitor",
        segments: [
          "police had detained Nguyen Van Lam, who has run a shelter in Hue for ten years",
        ],
      },
      { mention: "The group", segments: ["police had also visited Tran Thi Mai"] },
      { mention: "who", segments: ["she had done nothing wrong"] },
      { cue: "vowed", segments: ["to build a new dam, which would flood three villages"] },
      {
        mention: "One farmer",
        segments: ["he would move to the city, though his neighbours would stay"],
      },
      {
        mention: "The court",
        segments: ["that the levy had been unlawful, so the fines must be repaid"],
      },
    ],
  ],
  [
    "04 a title's stop inside a relative clause in the reported subject does not end the clause",
    "Mr. Hoa said his members, who had largely voted for Mr. Lam, would march behind him.",
    [
      {
        mention: "Mr. Hoa",
        segments: ["his members, who had largely voted for Mr. Lam, would march behind him"],
      },
    ],
  ],
  [
    "04 a dash then “and” with a subject of its own (“the …”, “his …”) starts a new clause",
    "The monitor said the trial lasted two hours — and the judge never let the defence speak. Hoa had a march planned for the weekend — and the permit, his aides said, was slow to arrive.",
    [
      { mention: "The monitor", segments: ["the trial lasted two hours"] },
      { mention: "his aides", segments: ["the permit", "was slow to arrive"] },
    ],
  ],
  [
    "04 a dash then “and” goes on with the content; a dash then a comment ends it",
    "The monitor said the trial lasted two hours — and that the defence was not allowed to speak. The group said 40 people were held — a record for the province.",
    [
      {
        segments: ["the trial lasted two hours — and that the defence was not allowed to speak"],
      },
      { segments: ["40 people were held"] },
    ],
  ],
  [
    "04 a relative clause inside the reported clause's subject does not end it",
    "The lawyer said the two activists, who were arrested in June, would stand trial next month.",
    [{ segments: ["the two activists, who were arrested in June, would stand trial next month"] }],
  ],
  [
    "04 a dash then “including” goes on with the content",
    "The group said 12 bloggers were held last year – including three women from the delta.",
    [{ segments: ["12 bloggers were held last year – including three women from the delta"] }],
  ],
  [
    "04 the question before a split attribution is not the answer",
    "When asked by a journalist whether the raid was legal, the mayor said, “I have seen no complaint” from the residents.",
    [
      { cue: "asked", mention: "a journalist", segments: ["whether the raid was legal"] },
      { mention: "the mayor", segments: ["“I have seen no complaint” from the residents"] },
    ],
  ],
  [
    "04 shares of those polled speak with a base-form verb",
    "Nearly a third say they trust the courts. One in five say the police are fair. About 40% say they have never voted. Many people say they only read state media.",
    [
      { mention: "a third", segments: ["they trust the courts"] },
      { mention: "One in five", segments: ["the police are fair"] },
      { mention: "40%", segments: ["they have never voted"] },
      { mention: "Many people", segments: ["they only read state media"] },
    ],
  ],
  [
    "04 a plural subject set off by commas, or after the cue, takes a base-form verb",
    "Lawyers, like the families they represent, say the hearing was closed. The charges are baseless, say rights groups.",
    [
      { mention: "Lawyers", segments: ["the hearing was closed"] },
      { mention: "rights groups", segments: ["The charges are baseless"] },
    ],
  ],
  [
    "04 a long parenthesis after the speaker's name",
    "Pham Van Dong (a retired teacher who has written for independent blogs since 2009) says he was questioned twice.",
    [{ mention: "Pham Van Dong", segments: ["he was questioned twice"] }],
  ],
  [
    "04 a programme's title after a possessive comes before “that”",
    "The minister said on VTV's “Current Affairs” on Sunday that the law would be amended.",
    [{ mention: "The minister", segments: ["that the law would be amended"] }],
  ],
  [
    "01 a question in doubled apostrophes, then its attribution",
    "''Why was the trial closed?'' Ms. Lien asked.",
    [{ kind: "direct", mention: "Ms. Lien", segments: ["''Why was the trial closed?''"] }],
  ],
  [
    "04 a counted time set off by commas (“only three weeks later”) is no appositive of the subject",
    "Then the company, only three weeks later, announced plans to close the mill.",
    [{ cue: "announced", mention: "the company", segments: ["plans to close the mill"] }],
  ],
  [
    "07 a quotation paragraph after a relative clause about the speaker continues the speaker's quotation",
    "“There is something about those stories,” said Lan, who thinks often about the last words of the farmers.\n\n“I do not think it is a coincidence.”",
    [
      {
        kind: "direct",
        mention: "Lan",
        segments: [
          "“There is something about those stories,”",
          "“I do not think it is a coincidence.”",
        ],
      },
      { cue: "thinks", mention: "who" },
    ],
  ],
  [
    "01 a quotation ending a sentence opened by a word and a comma continues the statement before",
    "“We were not happy when the decree was announced,” said Pham Q. Minh, a trader in Hue. Now, “most traders here think it is fair.”",
    [
      {
        kind: "direct",
        mention: "Pham Q. Minh",
        segments: [
          "“We were not happy when the decree was announced,”",
          "“most traders here think it is fair.”",
        ],
      },
    ],
  ],
  [
    "01 “It’s” before a quotation that ends the next sentence continues the statement before",
    "“It is a campaign of fear,” she says. It’s “a new kind of censorship.”",
    [{ mention: "she", segments: ["“It is a campaign of fear,”", "“a new kind of censorship.”"] }],
  ],
  [
    "01 a day and a place opening the sentence are not the speaker an appositive chain leads to",
    "Tuesday at Hue University in Hue, TT, after winning the vote, Gov. Tran Van Minh (R-TT), said, “We are ready for the next round.”",
    [
      {
        kind: "direct",
        mention: "Gov. Tran Van Minh",
        segments: ["“We are ready for the next round.”"],
      },
    ],
  ],
  [
    "04 a campaign advertisement speaks like a document",
    "The ad claims “the party is the only one you can trust.” The new ad slams the governor for closing the clinic.",
    [
      { kind: "direct", mention: "The ad", cue: "claims" },
      {
        mention: "The new ad",
        cue: "slams",
        segments: ["the governor for closing the clinic"],
      },
    ],
  ],
  [
    "04 a message and whom it was sent to speak together",
    "The union's email to its members notes that the hearing was postponed.",
    [{ mention: "The union's email to its members", segments: ["that the hearing was postponed"] }],
  ],
  [
    "05 a participle in the phrase opening the sentence shares the subject after its comma",
    "A month after announcing his backing for the plan, Hoa still believes it is flawed. After saying she was tired of waiting, the farmer left the hearing.",
    [
      { cue: "announcing", mention: "Hoa", segments: ["his backing for the plan"] },
      { cue: "believes", mention: "Hoa", segments: ["it is flawed"] },
      { cue: "saying", mention: "the farmer", segments: ["she was tired of waiting"] },
    ],
  ],
  [
    "05 a participle takes the subject of its own sentence, not a speaker of the sentence before",
    "Asked about the raid, Lan said, “I accept the blame.” She went on by saying, “We will pay the families.”",
    [
      { cue: "Asked", mention: null },
      { cue: "said", mention: "Lan" },
      { cue: "saying", mention: "She", segments: ["“We will pay the families.”"] },
    ],
  ],
  [
    "05 a participle phrase opening the sentence is not the subject a later participle shares",
    "Chastened by the protests, as well as by the court’s ruling, the ministry revised its plan, promising to compensate the families.",
    [{ cue: "promising", mention: "the ministry", segments: ["to compensate the families"] }],
  ],
  [
    "04 a restrictive relative clause right before the cue belongs to the subject it describes",
    "Even lawyers who defend activists agree that the decree is vague.",
    [{ mention: "lawyers who defend activists", segments: ["that the decree is vague"] }],
  ],
  [
    "01 a quotation's sentence going on after its attribution: “that …” or a verb",
    "“It was simply chance,” he said, that both men had prayed at the small pagoda. “Housing support,” the document states, becomes available “only after two years of service.” “The verdict is unjust,” said Lan, press secretary for the family.",
    [
      {
        kind: "mixed",
        mention: "he",
        segments: ["“It was simply chance,”", "that both men had prayed at the small pagoda"],
      },
      {
        kind: "mixed",
        mention: "the document",
        segments: ["“Housing support,”", "becomes available “only after two years of service.”"],
      },
      { kind: "direct", mention: "Lan", segments: ["“The verdict is unjust,”"] },
    ],
  ],
  [
    "01 a short quoted title running into the speaker's description is not the quotation reported",
    "“Morning News” host Tran Binh said on Thursday that the dam was safe.",
    [{ kind: "indirect", cue: "said", segments: ["that the dam was safe"] }],
  ],
  [
    "01 an initial's stop inside an inverted speaker's name",
    "“The law was written in a hurry,” said Pham Q. Minh, a lawyer in Hue. The ministry never replied, said Le T. Hoa of the legal aid centre.",
    [
      { kind: "direct", mention: "Pham Q. Minh" },
      { kind: "indirect", mention: "Le T. Hoa of the legal aid centre" },
    ],
  ],
  [
    "01 “said as” and a subject pronoun is a time clause after the cue, not a naming participle",
    "“We will not leave until the land is returned,” Nguyen Thi Lan said as she led the farmers to the commune office.",
    [
      {
        kind: "direct",
        mention: "Nguyen Thi Lan",
        segments: ["“We will not leave until the land is returned,”"],
      },
    ],
  ],
  [
    "04 a month and its year ending an object say when",
    "He opened the shelter soon after he announced his bid in March 2016.",
    [{ cue: "announced", mention: "he", segments: ["his bid"] }],
  ],
  [
    "04 a last phrase naming the channel is not part of an object or an intention",
    "Two deputies denounced the new land decree in their weekly radio appearance. The provincial police declined to comment for this broadcast. She criticised the inquiry into her email account.",
    [
      { cue: "denounced", segments: ["the new land decree"] },
      { cue: "declined", segments: ["to comment"] },
      { cue: "criticised", segments: ["the inquiry into her email account"] },
    ],
  ],
  [
    "04 a negated infinitive: “not”/“never” before “to” is part of what is intended or urged",
    "The commune vowed not to evict the families. The lawyers urged the court not to delay the hearing. The party has promised never to repeat its mistake.",
    [
      { cue: "vowed", segments: ["not to evict the families"] },
      { cue: "urged", segments: ["not to delay the hearing"] },
      { cue: "promised", segments: ["never to repeat its mistake"] },
    ],
  ],
  [
    "04 “warned” with an addressee and an infinitive; “warned of” keeps its governed object",
    "UN experts warned the provincial police not to detain the journalist again. The union warned of a plan to close the clinic.",
    [
      { cue: "warned", segments: ["not to detain the journalist again"] },
      { cue: "warned of", segments: ["a plan to close the clinic"] },
    ],
  ],
  [
    "04 a governed preposition right after the cue opens its object",
    "Amnesty International called for the release of all 12 defendants. Their families warned of a wider crackdown before the congress.",
    [
      {
        cue: "called for",
        mention: "Amnesty International",
        segments: ["the release of all 12 defendants"],
      },
      {
        cue: "warned of",
        mention: "Their families",
        segments: ["a wider crackdown before the congress"],
      },
    ],
  ],
  [
    "04 a cue with a governed preposition inside reported content is not a statement of its own",
    "The lawyer said the bishop would argue for a retrial.",
    [{ cue: "said", segments: ["the bishop would argue for a retrial"] }],
  ],
  [
    "04 a document's participle right after the document, up to the comma",
    "Despite records showing the detainee was held for 40 days, the ministry denied any abuse.",
    [
      { cue: "showing", mention: "records", segments: ["the detainee was held for 40 days"] },
      { cue: "denied", mention: "the ministry", segments: ["any abuse"] },
    ],
  ],
  [
    "04 a document as subject past the auxiliaries before the cue",
    "Recent surveys have consistently shown support for the reform falling.",
    [{ mention: "Recent surveys", segments: ["support for the reform falling"] }],
  ],
  [
    "04 an addressee before “whether” is not part of the question",
    "A reporter asked the spokesperson whether the blogger had seen a lawyer.",
    [{ cue: "asked", mention: "A reporter", segments: ["whether the blogger had seen a lawyer"] }],
  ],
  [
    "09 a question put to someone in the passive, by no one named or by the “by” phrase",
    "At the hearing, the defendant was asked whether he had been beaten in custody. The lawyer was later asked by reporters what the family would do.",
    [
      { cue: "was asked", mention: null, segments: ["whether he had been beaten in custody"] },
      { cue: "was later asked", mention: "reporters", segments: ["what the family would do"] },
    ],
  ],
  [
    "04 a second verb of the same subject after “, and” stays in the content",
    "The lawyer told reporters that the charges were “baseless,” and would not survive an appeal.",
    [{ segments: ["that the charges were “baseless,” and would not survive an appeal"] }],
  ],
  [
    "04 a noun-phrase object ends before “and” with the subject's next verb, or a parenthesis",
    "The bishop praised the verdict and returned to the pulpit. The ministry condemned the report (which it called biased) in a short note.",
    [
      { cue: "praised", segments: ["the verdict"] },
      { cue: "condemned", segments: ["the report"] },
      { cue: "called", mention: "it", segments: ["which", "biased"] },
    ],
  ],
  [
    "04 a time phrase at the end of an object is when, not what",
    "The bishop endorsed the petition last week.",
    [{ cue: "endorsed", segments: ["the petition"] }],
  ],
  [
    "03 a source with a modifier before its noun",
    "The ruling party won every seat, according to early returns.",
    [{ mention: "early returns", segments: ["The ruling party won every seat"] }],
  ],
  [
    "03 the content before the source: inside its parenthesis, past an opening subordinate clause, or the relative clause just before",
    "Turnout was low in the capital (38 percent of voters took part, according to the commission). Though the vote was boycotted, the party claims a mandate, according to state media. The lawyer says the fine was raised to 30 million dong, which is about $1,200, according to the court.",
    [
      { mention: "the commission", segments: ["38 percent of voters took part"] },
      { mention: "state media", segments: ["the party claims a mandate"] },
      { mention: "the party", cue: "claims", segments: ["a mandate"] },
      { mention: "The lawyer", cue: "says", segments: ["the fine was raised to 30 million dong"] },
      { mention: "the court", segments: ["which is about $1,200"] },
    ],
  ],
  [
    "03 a relative clause before the source is its own only after another's statement",
    "The fine was raised to 30 million dong, which is about $1,200, according to the court.",
    [
      {
        mention: "the court",
        segments: ["The fine was raised to 30 million dong, which is about $1,200"],
      },
    ],
  ],
  [
    "03 a word linking the phrase to what follows it keeps the content after the phrase",
    "The family stayed home because, according to the lawyer, the police had warned them.",
    [{ mention: "the lawyer", segments: ["the police had warned them"] }],
  ],
  [
    "03 parentheses: content runs back over a closed one; a source inside one ends at its close",
    "Rice prices rose by 8% in 2019 but fell by 2% (adjusted for inflation) in 2020, according to the statistics office. Coastal provinces (where most voters live, according to the census) lean to the party.",
    [
      {
        mention: "the statistics office",
        segments: [
          "Rice prices rose by 8% in 2019 but fell by 2% (adjusted for inflation) in 2020",
        ],
      },
      { mention: "the census", segments: ["where most voters live"] },
    ],
  ],
  [
    "03 a trailing source after a comma inside the closing quotation mark",
    "The fee cut river pollution by a third with “no harm to local trade,” according to a study by two universities in Hanoi.",
    [
      {
        kind: "mixed",
        mention: "a study by two universities in Hanoi",
        segments: ["The fee cut river pollution by a third with “no harm to local trade,”"],
      },
    ],
  ],
  [
    "04 a one-word object that names someone is a whole object",
    "The opposition leader endorsed Hoa last week. Few of her colleagues backed her.",
    [
      { cue: "endorsed", segments: ["Hoa"] },
      { cue: "backed", segments: ["her"] },
    ],
  ],
  [
    "04 a document or an organisation speaks with an -s verb that is also a noun",
    "The indictment notes the blogger posted 40 articles. The committee plans to visit the camp. The news reports that followed were brief.",
    [
      { mention: "The indictment", cue: "notes", segments: ["the blogger posted 40 articles"] },
      { mention: "The committee", cue: "plans", segments: ["to visit the camp"] },
    ],
  ],
  [
    "04 a plural subject before a base form that is also a noun, then what is claimed or planned",
    "Officials claim the detainees were treated well. Their relatives plan to appeal. The party's plans were leaked.",
    [
      { mention: "Officials", cue: "claim", segments: ["the detainees were treated well"] },
      { mention: "Their relatives", cue: "plan", segments: ["to appeal"] },
    ],
  ],
  [
    "04 a capitalised “Will” is a name",
    "“The appeal was rejected,” said Will Nguyen, a rights advocate.",
    [{ mention: "Will Nguyen", segments: ["“The appeal was rejected,”"] }],
  ],
  [
    "04 a speaker's appositive that ends in a quotation with the comma inside it",
    "The lawyer, citing “the usual pressure on the court,” said the hearing would be postponed.",
    [{ mention: "The lawyer", cue: "said", segments: ["the hearing would be postponed"] }],
  ],
  [
    "04 a speaker with a relative clause and no comma before it",
    "The monitoring group which tracks trials in the province, said three bloggers were sentenced.",
    [
      {
        mention: "The monitoring group which tracks trials in the province",
        segments: ["three bloggers were sentenced"],
      },
    ],
  ],
  [
    "04 a quotation before an inverted attribution is the content, even with a comma inside its close",
    "‘The verdict was copied from the indictment, almost word for word,’ said lawyer Tran Van Hoa.",
    [{ mention: "lawyer Tran Van Hoa", cue: "said" }],
  ],
  [
    "04 a weekday with a part of the day, and a time phrase opened by “just”, are not speakers",
    "The party's spokesman on Tuesday night warned of new unrest. Just last week, Nguyen Van Dai, a lawyer and blogger, wrote that the trial was unfair.",
    [
      { mention: "The party's spokesman", cue: "warned of" },
      { mention: "Nguyen Van Dai", cue: "wrote" },
    ],
  ],
  [
    "04 a relative clause inside the subject before a present-tense verb; “, where …” ends the content",
    "Lawyers said the decree, which bans unlicensed gatherings, violates the constitution. The mother said her son was moved to a camp in Thanh Hoa, where visits are rare.",
    [
      { segments: ["the decree, which bans unlicensed gatherings, violates the constitution"] },
      { segments: ["her son was moved to a camp in Thanh Hoa"] },
    ],
  ],
  [
    "04 before an end attribution, a pair of dashes is a parenthesis and a dash before “but” goes on",
    "The defendants faced other costs -- fines, travel, lost wages -- which ruined their families, the lawyer said. The fine was small -- but the sentence was not, she said.",
    [
      {
        segments: [
          "The defendants faced other costs -- fines, travel, lost wages -- which ruined their families",
        ],
      },
      { segments: ["The fine was small -- but the sentence was not"] },
    ],
  ],
  [
    "06 a title opening with a name the title case hides",
    "Nguyen Van Dai: Prison Conditions Have Not Changed Since 2016\n\nThe lawyer spoke from Germany.",
    [
      {
        cue: ":",
        mention: "Nguyen Van Dai",
        segments: ["Prison Conditions Have Not Changed Since 2016"],
      },
    ],
  ],
  [
    "09 “when asked” after the answer's attribution",
    "“We will appeal,” the lawyer said when asked by reporters whether the family would accept the verdict.",
    [
      { mention: "the lawyer", segments: ["“We will appeal,”"] },
      {
        cue: "asked",
        mention: "reporters",
        segments: ["whether the family would accept the verdict"],
      },
    ],
  ],
  [
    "06 a transcript line: a person's name, a colon, and the rest of the paragraph",
    "The interview was recorded in March.\n\nPham Doan Trang: The police came at midnight. They took my laptop and my notes.\n\nPhoto: family handout",
    [
      {
        cue: ":",
        mention: "Pham Doan Trang",
        segments: ["The police came at midnight. They took my laptop and my notes"],
      },
    ],
  ],
  [
    "04 a dash then “and” with a subject of its own ends the content",
    "The monitor said the hearing lasted two hours — and he left before the verdict.",
    [{ segments: ["the hearing lasted two hours"] }],
  ],
  [
    "03 a sentence opening with “In” and a document is sourced to it",
    "In its annual report, released on Monday, the group counted 160 political prisoners. In the context of the trial, that means little. In its report, the ministry said the camps were closed.",
    [
      {
        cue: "In",
        mention: "its annual report, released on Monday",
        segments: ["the group counted 160 political prisoners"],
      },
      { cue: "said", mention: "the ministry", segments: ["the camps were closed"] },
    ],
  ],
  [
    "04 what something is called, without quotation marks",
    "The lawyer called the verdict shameful. His mother called the charges a fabrication. The court called them criminals. The family called the police station.",
    [
      { cue: "called", segments: ["the verdict shameful"] },
      { cue: "called", segments: ["the charges a fabrication"] },
      { cue: "called", segments: ["them criminals"] },
    ],
  ],
  [
    "04 phrasal and newly listed cues: “fired back”, “posted … that”, “heralded”",
    "The ministry fired back: “The report is biased.” The activist posted on Facebook that she had been followed. The envoy heralded the release as a first step.",
    [
      { mention: "The ministry", cue: "fired back", segments: ["“The report is biased.”"] },
      { mention: "The activist", cue: "posted", segments: ["that she had been followed"] },
      { mention: "The envoy", cue: "heralded", segments: ["the release as a first step"] },
    ],
  ],
  [
    "04 a parenthesis closing the speaker's chunk, and a semicolon after an end attribution",
    "Rep. Lo Thanh Son (Independent), said on Monday that she had not read the decree. The guards beat him twice, his wife said; the prison denies the claim.",
    [
      { mention: "Rep. Lo Thanh Son", segments: ["that she had not read the decree"] },
      { mention: "his wife", segments: ["The guards beat him twice"] },
      { mention: "the prison", cue: "denies", segments: ["the claim"] },
    ],
  ],
  [
    "05 a second participle with its own subject (“and Hoa calling it …”) ends the first one's content and is a statement too",
    "Both sides issued statements after the talks – the envoy saying he was “encouraged” and Hoa calling it a “useful meeting.”",
    [
      { mention: "the envoy", cue: "saying", segments: ["he was “encouraged”"] },
      { mention: "Hoa", cue: "calling", segments: ["it a “useful meeting.”"] },
    ],
  ],
];

describe("statements: every attributed statement with its speaker", () => {
  it.each(CASES)("%s", (_label, text, wants) => {
    const got = run(text);
    expect(got.length, JSON.stringify(got.map((s) => s.text))).toBe(wants.length);
    wants.forEach((w, i) => check(text, got[i]!, w));
  });

  it.each([
    ["scare quotes", "The so-called “re-education” camps were closed decades ago."],
    ["conformity, not sourcing", "He was sentenced according to Article 79 of the Penal Code."],
    ["a noun, not a cue", "The annual report is available online."],
    ["a label with a colon", "Photo: Reuters"],
    ["an adjective participle", "The committee has given added weight to the appeal."],
    ["a noun after a determiner", "The ruling was read aloud in court."],
    ["no clause after the cue", "The party maintains an overwhelming lead in the province."],
    ["a time after a cue's preposition", "The ministry commented on Friday night."],
    ["a physical attack", "Plainclothes police attacked the protesters outside the court."],
    ["a noun after an ordinal", "Ohio is the fifth state that the group has sued."],
    [
      "a noun after “the only”",
      "The only state holding a vote on Sunday was Quang Nam. The only question is whether the court will sit.",
    ],
    [
      "a rights group's headline about a country",
      "Vietnam: free the jailed blogger now\n\nThe blogger was arrested in May.",
    ],
    ["a headline kicker", "EXCLUSIVE: Families Wait Outside the Court\n\nNo one spoke."],
    ["an adjunct, not a clause", "The blogger faced charges he denied throughout the trial."],
    ["a request not to be named", "The detainee’s mother has asked us not to publish her name."],
    [
      "a relative clause that evaluates",
      "Mr. Lam, who endorsed the candidate in May, left the party.",
    ],
  ])("finds nothing in %s", (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});
