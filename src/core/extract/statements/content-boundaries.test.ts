import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// Where reported content ends: each case is our own sentence, the cue of the statement to look
// at, and its content pieces (null: no statement with that cue).
const CASES: [string, string, string, string[] | null][] = [
  [
    "an aside on the subject closes before the subject's verb (relative clause)",
    "Lan, who through her lawyer declined to comment, was born in Vinh.",
    "declined",
    ["to comment"],
  ],
  [
    "an aside on the subject closes before the subject's verb (“in which”)",
    "The verdict, in which the judge cited national security, was handed down on Friday.",
    "cited",
    ["national security"],
  ],
  [
    "an aside on the subject closes before an adverb and the subject's verb",
    "Minh, who founded the group in 2010 and said he would never leave, ultimately did not return from Bangkok.",
    "said",
    ["he would never leave"],
  ],
  [
    "a participle aside on the subject closes before the subject's verb",
    "Activists in Hanoi, fearing arrests by the police, stayed away from the court.",
    "fearing",
    ["arrests by the police"],
  ],
  [
    "a participle phrase after the content is not the subject's verb",
    "The report cited one case, in which the guard stated that the camp was new, compared with others in the province.",
    "stated",
    ["that the camp was new, compared with others in the province"],
  ],
  [
    "an infinitive ends before the subject's next verb",
    "The minister vowed to keep the clinic open and thanked the court on Monday.",
    "vowed",
    ["to keep the clinic open"],
  ],
  [
    "an infinitive ends before a clause with a subject of its own",
    "The bank declined to renew the loan and the ministry could not find another lender.",
    "declined",
    ["to renew the loan"],
  ],
  [
    "an infinitive goes on over a second base form",
    "The lawyers promised to free the blogger and close the camp.",
    "promised",
    ["to free the blogger and close the camp"],
  ],
  [
    "an infinitive goes on over a noun phrase whose clause has a verb",
    "The envoy sought to play down the ruling and the fact that the court had met in secret.",
    "sought",
    ["to play down the ruling and the fact that the court had met in secret"],
  ],
  [
    "an object goes on over two participles of the same noun",
    "The ministry called the reports unfounded and fabricated by foreign agents.",
    "called",
    ["the reports unfounded and fabricated by foreign agents"],
  ],
  [
    "an object goes on over a relative clause with two participles",
    "Police accused Nguyen Van Hai, who was born and raised in Hue, of spreading propaganda.",
    "accused",
    ["Nguyen Van Hai, who was born and raised in Hue, of spreading propaganda"],
  ],
  [
    "an object still ends before the subject's next verb and its object",
    "The court rejected the appeal and adjourned the hearing until May.",
    "rejected",
    ["the appeal"],
  ],
  [
    "a second “-ing” word after “and” joins an “-ing” word in the content, not the cue",
    "The lawyer has criticized the judge for accepting gifts and speaking fees from state firms.",
    "criticized",
    ["the judge for accepting gifts and speaking fees from state firms"],
  ],
  [
    "a second participle attribution after “and” still starts a statement of its own",
    "The minister spoke on Monday, calling it a fair ruling and saying he wants a new inquiry.",
    "calling",
    ["it a fair ruling"],
  ],
  [
    "a participle attribution with its own clause after “and” ends content with an “-ing” word",
    "The minister defended the police, noting their skill in handling crowds and saying they had acted lawfully.",
    "noting",
    ["their skill in handling crowds"],
  ],
  [
    "a two-word object ends before the speaker's next attribution verb",
    "The activist claimed broad support and argued that the court had no case.",
    "claimed",
    ["broad support"],
  ],
  [
    "a participle's content ends before a second participle statement of the same subject",
    "The ministry is insisting the camp is safe and urging families to stay calm.",
    "insisting",
    ["the camp is safe"],
  ],
  [
    "a finite verb after “and” with an inherited speaker may be the content subject's own",
    "A lawyer who attended the hearing said Judge Lan was worried about the letter and thought it could hurt the defence.",
    "said",
    ["Judge Lan was worried about the letter and thought it could hurt the defence"],
  ],
  [
    "a short tag in parentheses after a name does not end an object",
    "The envoy denounced proposals by two deputies, Le Van Tam and Tran Binh (Independent), that the camps be reopened.",
    "denounced",
    [
      "proposals by two deputies, Le Van Tam and Tran Binh (Independent), that the camps be reopened",
    ],
  ],
  [
    "an aside in parentheses still ends an object",
    "The envoy denounced the decree (although he had voted for it in May) on Monday.",
    "denounced",
    ["the decree"],
  ],
  [
    "an aside between dashes ends the content when a clause of its own follows",
    "When she publicly opposed the land decree — a pillar of his plan — it was a win for the farmers.",
    "opposed",
    ["the land decree"],
  ],
  [
    "an aside between dashes is kept when the subject's next verb follows",
    "The minister touted the new law — “the fairest in our history” — and promised more reforms.",
    "touted",
    ["the new law — “the fairest in our history”"],
  ],
  [
    "an aside between dashes inside the content's subject goes on with its verb",
    "Police said the detainee – held since March – has no lawyer.",
    "said",
    ["the detainee – held since March – has no lawyer"],
  ],
  [
    "an aside between dashes right after “that” goes on with the content's clause",
    "The deputy says that – in his working life – he has defended many activists.",
    "says",
    ["that – in his working life – he has defended many activists"],
  ],
  [
    "a relative clause after “according to” and its source describes the source",
    "Arrests rose sharply last year, according to the report, which was released by the group on Monday.",
    "according to",
    ["Arrests rose sharply last year"],
  ],
  [
    "content interrupted by “according to” resumes after the source",
    "Arrests of bloggers, according to the report, rose sharply last year.",
    "according to",
    ["Arrests of bloggers", "rose sharply last year"],
  ],
  [
    "a speaker's second appositive with a relative clause is not resumed content",
    "The ruling is a relief, said Tran Thi Lan, director of the Hue Legal Aid Centre, a group that has defended bloggers since 2012.",
    "said",
    ["The ruling is a relief"],
  ],
  [
    "a clause after an inverted speaker is resumed content",
    "The ruling is a relief, said Ms. Lan, the trial was unfair.",
    "said",
    ["The ruling is a relief", "the trial was unfair"],
  ],
  [
    "“but rather” after a negation goes on with the claim",
    "Lawyers say the ministry will not close the camp, but rather move the detainees to Hue.",
    "say",
    ["the ministry will not close the camp, but rather move the detainees to Hue"],
  ],
  [
    "“but” and a clause of its own still ends the claim",
    "Lawyers say the ministry will not close the camp, but the families are still hopeful.",
    "say",
    ["the ministry will not close the camp"],
  ],
  [
    "a condition before a parenthetical attribution is part of the claim",
    "If the province acts alone, the minister argued, its farmers would lose their markets.",
    "argued",
    ["If the province acts alone", "its farmers would lose their markets"],
  ],
  [
    "a time clause before a parenthetical attribution is not",
    "When the floods came, the minister argued, the farmers lost their markets.",
    "argued",
    ["the farmers lost their markets"],
  ],
  [
    "an aside opened by “who’d” closes before the subject's present-tense verb",
    "Minh, who’d previously endorsed the land reform in the assembly, represents the poorest district in Hue.",
    "endorsed",
    ["the land reform in the assembly"],
  ],
  [
    "a present “-s” cue word after “and” is no next verb of a speaker whose cue is past",
    "The envoy said the recent wave of arrests and protests demands a response from Hanoi.",
    "said",
    ["the recent wave of arrests and protests demands a response from Hanoi"],
  ],
  [
    "a past cue word after “and” still is the speaker's next statement",
    "The envoy said the trial was unfair and warned that more arrests would follow.",
    "said",
    ["the trial was unfair"],
  ],
  [
    "a closing appositive after a noun-phrase object is the writer's gloss",
    "The deputy denounced the new land decree, a measure that has angered farmers across the delta.",
    "denounced",
    ["the new land decree"],
  ],
  [
    "a name after a noun-phrase object's comma is part of it",
    "The deputy praised the centrepiece of the reform, the Land Law.",
    "praised",
    ["the centrepiece of the reform, the Land Law"],
  ],
  [
    "a channel ends a noun phrase after a cue that may also take a clause",
    "The minister explained his decision in an appearance on the evening news.",
    "explained",
    ["his decision"],
  ],
  [
    "after a participle aside an adverb marks the subject's verb before “to”",
    "Deputies in Hanoi, fearing a backlash, repeatedly failed to pass the amnesty bill.",
    "fearing",
    ["a backlash"],
  ],
  [
    "“as have others” after the content compares speakers: the writer's",
    "The lawyer said she, too, wants an independent inquiry, as have several deputies from Hue.",
    "said",
    ["she, too, wants an independent inquiry"],
  ],
  [
    "“as” and a clause of its own stays in the content",
    "The lawyer said she wants an independent inquiry, as the deaths are still unexplained.",
    "said",
    ["she wants an independent inquiry, as the deaths are still unexplained"],
  ],
  [
    "a closing appositive on a name that ends a reported clause is the writer's",
    "The mother said the family would ask Tran Van Minh, a former judge who now defends bloggers.",
    "said",
    ["the family would ask Tran Van Minh"],
  ],
  [
    "a closing appositive after a name and its parenthesis is the writer's too",
    "Lawyers said the case would go to the Supreme People's Court (SPC), the last court of appeal.",
    "said",
    ["the case would go to the Supreme People's Court (SPC)"],
  ],
  [
    "a name after the comma goes on: the same thing named again",
    "The monk said the land belonged to the pagoda, the Lien Tri Pagoda in Thu Thiem.",
    "said",
    ["the land belonged to the pagoda, the Lien Tri Pagoda in Thu Thiem"],
  ],
  [
    "a sentence-final “according to” backs the clause after a colon, not the lead-in",
    "The decree has not emptied the camps: at least 300 people remain in Xuan Loc, according to the Red Cross.",
    "according to",
    ["at least 300 people remain in Xuan Loc"],
  ],
  [
    "a quotation after “said:” stays in the content “according to” takes",
    "One letter from the prison said: “We are beaten every night,” according to his lawyer.",
    "according to",
    ["One letter from the prison said: “We are beaten every night,”"],
  ],
  [
    "a relative clause running to the end holds no verb for a clause without “that”",
    "The minister acknowledged the scale of the arrests, which makes her an outlier in the cabinet.",
    "acknowledged",
    ["the scale of the arrests"],
  ],
  [
    "a relative clause closed by a comma is an aside on the reported clause's subject",
    "The monk said the land, which his pagoda has farmed for decades, belongs to the village.",
    "said",
    ["the land, which his pagoda has farmed for decades, belongs to the village"],
  ],
  [
    "“in X’s view” inside the sentence: the content on both sides of it",
    "The only fair outcome, in Lan's view, would be a retrial.",
    "view",
    ["The only fair outcome", "would be a retrial"],
  ],
  [
    "blame in the passive: the clause, subject included",
    "Tran Van Minh was accused of abusing democratic freedoms.",
    "was accused",
    ["Tran Van Minh was accused of abusing democratic freedoms"],
  ],
  [
    "blame in the passive ends at a comma and a participle of the writer's",
    "The camp guards have often been criticised for beating detainees, prompting an inquiry in 2019.",
    "have often been criticised",
    ["The camp guards have often been criticised for beating detainees"],
  ],
  [
    "blame in the passive in a relative clause starts at the relative pronoun",
    "The lawyer met Le Van Hai, who for a decade has been blamed for the flooding in Quang Binh.",
    "has been blamed",
    ["who for a decade has been blamed for the flooding in Quang Binh"],
  ],
  [
    "“condemned to” a term in prison is a sentence passed, not blame",
    "Nguyen Thi Lan was condemned to eight years in prison.",
    "was condemned",
    null,
  ],
  [
    "a name given in the passive by someone named: the clause up to its giver",
    "The detained blogger has been called a prisoner of conscience by Amnesty International.",
    "has been called",
    ["The detained blogger has been called a prisoner of conscience"],
  ],
  [
    "“called” in the passive with no one named is a summons, not blame",
    "The blogger was called to the police station in Vinh on Monday.",
    "was called",
    null,
  ],
  [
    "a noun-phrase object ends before “when” and a clause of the writer's",
    "The deputy minister praised the verdict when reporters asked him about the case.",
    "praised",
    ["the verdict"],
  ],
  [
    "“defended” a decision or an act reports the defence",
    "The Ministry of Public Security defended the arrests of the four bloggers.",
    "defended",
    ["the arrests of the four bloggers"],
  ],
  [
    "“defended” a person is a lawyer's work, not a statement",
    "Lawyer Ha Huy Son defended Nguyen Thuy Hanh at the appeal hearing.",
    "defended",
    null,
  ],
  [
    "“defended” a place is held against force, not a statement",
    "Villagers in Duong Noi defended their land against the developers for a week.",
    "defended",
    null,
  ],
  [
    "“indicated” takes a clause without “that” as “said” does",
    "The provincial court has indicated it would hear the appeal in June.",
    "indicated",
    ["it would hear the appeal in June"],
  ],
  [
    "a noun phrase with a relative clause after a lone dash elaborates a reported clause",
    "The lawyer said the trial had been a sham — a hearing that lasted less than an hour.",
    "said",
    ["the trial had been a sham — a hearing that lasted less than an hour"],
  ],
  [
    "a participle after a lone dash elaborates a reported clause",
    "The abbot said the decree had emptied the pagoda - leaving two nuns to tend the graves.",
    "said",
    ["the decree had emptied the pagoda - leaving two nuns to tend the graves"],
  ],
  [
    "a lone dash still ends a reported clause before a clause of its own",
    "The ministry said the camp would close — the families were not told when.",
    "said",
    ["the camp would close"],
  ],
  [
    "a lone dash still ends a reported clause before a speech participle",
    "Tran Thi Lan said the court had ignored the evidence — adding that the family would appeal.",
    "said",
    ["the court had ignored the evidence"],
  ],
  [
    "a verb inside a quoted name does not make an object a clause before a lone dash",
    "A third option would be what Lan called a “let the courts decide” approach — leaving the land dispute to judges.",
    "called",
    ["what", "a “let the courts decide” approach"],
  ],
  [
    "a noun-phrase object ends before “when” and the time of the statement",
    "State media described the lawyer as a traitor when he took the blogger's case in 2019.",
    "described",
    ["the lawyer as a traitor"],
  ],
  [
    "a noun-phrase object keeps a “when” inside a relative clause with its own verb",
    "The court dismissed the claims the monks made when the pagoda was seized.",
    "dismissed",
    ["the claims the monks made when the pagoda was seized"],
  ],
  [
    "an intention's infinitive ends before “despite”",
    "The ministry decided to release the two monks despite objections from the provincial police.",
    "decided",
    ["to release the two monks"],
  ],
  [
    "a noun-phrase object ends before “but also” and the subject's next verb",
    "The governor praised the nuns' work caring for the orphans but also ordered them to leave the province.",
    "praised",
    ["the nuns' work caring for the orphans"],
  ],
  [
    "a noun phrase after a lone dash is the writer's after an object",
    "The police denied the beatings — a claim the families of the detainees reject.",
    "denied",
    ["the beatings"],
  ],
  [
    "“lauded” is an evaluation with its object, as “praised” is",
    "The bishop lauded the villagers for their “courage and patience.”",
    "lauded",
    ["the villagers for their “courage and patience.”"],
  ],
  [
    "“derided” is an evaluation with its object",
    "Lawyer Ha Huy Son derided the charges against the activists.",
    "derided",
    ["the charges against the activists"],
  ],
  [
    "“belittled” is an evaluation with its object",
    "The spokesperson belittled the report by the special rapporteur.",
    "belittled",
    ["the report by the special rapporteur"],
  ],
];

describe("content boundaries", () => {
  it.each(CASES)("%s", (_label, text, cue, want) => {
    const got = analyze({ text, date: "2024-03-01" }).statements.find((s) => s.cue === cue);
    if (want === null) {
      expect(got).toBeUndefined();
      return;
    }
    expect(got, `no statement with cue “${cue}”`).toBeDefined();
    expect(got!.segments.map(([a, b]) => text.slice(a, b))).toEqual(want);
  });
});
