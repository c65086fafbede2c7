import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// Who speaks, in our own sentences: [label, text, the cue and speaker mention of each statement
// in order]. Each row failed on the rules before the change that made it pass, except the
// "still reports" and "stays content" rows, which guard what a narrower rule must leave alone.
const SPEAKERS: [string, string, [string | null, string | null][]][] = [
  [
    "a relative clause that makes a request reports its antecedent's words",
    "The rights group, which urged Hanoi to free the blogger, said the trial was unfair. The committee's findings, which called on Vietnam to amend the law, were rejected.",
    [
      ["urged", "which"],
      ["said", "The rights group"],
      ["called on", "which"],
    ],
  ],
  [
    "still no statement: a relative clause of wanting, vowing or calling something a name",
    "The party, which wants voters to stay home, lost. The mayor, who vowed to resign, stayed. The paper, which called him a hero, closed.",
    [],
  ],
  [
    "a subject whose relative clause ends in a participle and a month speaks",
    "A former detainee who was released in August told us: “The guards woke us every hour.”",
    [["told", "A former detainee who was released"]],
  ],
  [
    "a participle closing the clause before a time phrase (left out, as after a noun)",
    "A former detainee who was released on Monday told us: “The guards woke us every hour.”",
    [["told", "A former detainee who was released"]],
  ],
  [
    "a participle right before the cue closes a relative clause: the cue is the subject's verb",
    "A defence lawyer who was hired told reporters that the verdict had been written in advance.",
    [["told", "A defence lawyer who was hired"]],
  ],
  [
    "a season after “last”, “this” or “in” is a time, left out of the speaker",
    "A lawyer who was hired by the family last spring said the trial was unfair. Her colleague this winter told reporters that the verdict had been written in advance.",
    [
      ["said", "A lawyer who was hired by the family"],
      ["told", "Her colleague"],
    ],
  ],
  [
    "stays content: a season's name in capitals after the cue is a person's",
    "“The trial was unfair,” said Summer Tran.",
    [["said", "Summer Tran"]],
  ],
  [
    "complaints the subject filed report its words, as one complaint does",
    "The farmer filed complaints accusing the commune chairman of taking the land for himself.",
    [["accusing", "The farmer"]],
  ],
  [
    "a happening before an evidence cue is no source: the inference is the speaker's",
    "The group said the blogger's arrest showed that the province feared his reporting.",
    [["said", "The group"]],
  ],
  [
    "still reports: a document before an evidence cue",
    "Court records show that the blogger was held for nine days without a lawyer.",
    [["show", "Court records"]],
  ],
  [
    "likewise a past tense right after “who”",
    "A judge who resigned said the case had been decided before the hearing.",
    [["said", "A judge who resigned"]],
  ],
  [
    "stays content: a participle used as an adjective before a noun-like cue",
    "The ministry has given added weight to the claims of the province.",
    [],
  ],
  [
    "a pronoun object ending the clause is not the speaker",
    "A relative who visited him last week said he had lost weight.",
    [["said", "A relative who visited him"]],
  ],
  [
    "stays content: a cue that is the relative clause's own infinitive has no such subject",
    "Governor Tran, a senior official who has declined to endorse the plan, said on Sunday that the remarks were wrong.",
    [["said", "Governor Tran"]],
  ],
  [
    "stays content: nor one coordinated with the clause's verb",
    "Farmers who lost their land but claim no compensation were not at the meeting.",
    [],
  ],
  [
    "an inverted speaker with a relative clause closing the sentence",
    "The minister warned the governor not to sign the lease, said an official who had sat in on the meeting.",
    [
      ["said", "an official who had sat in on the meeting"],
      ["warned", "The minister"],
    ],
  ],
  [
    "the same after an appositive the left look would take for the subject",
    "The province is so worried that the minister told the governor, Le Van Tam, in Hanoi not to sign the lease, said a diplomat who attended the meeting and asked not to be named.",
    [["said", "a diplomat who attended the meeting and asked not to be named"]],
  ],
  [
    "a writer who quotes someone is the source of the quotation, as with “according to”",
    "In his memoir, Nguyen quotes the former minister Tran Van Hai: “Nobody was ever punished.”",
    [["quotes", "Nguyen"]],
  ],
  [
    "still the speaker before “and I quote”, which marks the quotation",
    "Only last week the governor said, and I quote, “The camps are schools.”",
    [["said", "the governor"]],
  ],
  [
    "a name before an appositive whose relative clause has no closing comma is the subject",
    "“The court had no evidence,” Pham Doan Trang, the blogger who founded the Luat Khoa magazine wrote on Sunday. “It had only her articles.”",
    [["wrote", "Pham Doan Trang"]],
  ],
  [
    "the same when the relative clause ends in a web address",
    "“The vote was never close,” Le Van Binh, the analyst who runs vietvote.com posted on Wednesday.",
    [["posted", "Le Van Binh"]],
  ],
  [
    "a web address inside a relative clause is still the speaker's description",
    "“The vote was never close,” an analyst who runs vietvote.com said on Wednesday.",
    [["said", "an analyst who runs vietvote.com"]],
  ],
  [
    "still the description after a phrase that is no name opening the sentence",
    "In the capital, the official who handled the file said it was closed.",
    [["said", "the official who handled the file"]],
  ],
  [
    "a relative “that” after a noun, right before the cue and its quotation, speaks as “which” does",
    "By noon, banners had gone up outside the commune office that said “Return our land.”",
    [["said", "that"]],
  ],
  [
    "not after an issued document, whose issuer speaks",
    "The ministry released a short video that said, “The camps will close by June.”",
    [["said", "The ministry"]],
  ],
  [
    "a participle's clause may open with the speaker of a statement nested in it",
    "The bishop spoke after Mass, telling reporters he believed the eviction order was illegal.",
    [
      ["telling", "The bishop"],
      ["believed", "he"],
    ],
  ],
  [
    "the same after “with” and its own subject",
    "The dispute deepened, with the provincial governor telling reporters he regarded the monks as “agitators.”",
    [
      ["telling", "the provincial governor"],
      ["regarded", "he"],
    ],
  ],
  [
    "a claim voiced again with a possessive pronoun is the subject's (“repeated his claim that …”)",
    "The deputy minister also repeated his claim that “foreign forces” were behind the protests.",
    [
      ["repeated", "The deputy minister"],
      ["claim", "The deputy minister"],
    ],
  ],
  [
    "a determiner standing alone after an inverted cue is the speaker (“tweeted another”)",
    "“The vote was stolen from us,” one farmer wrote on a forum. “Watch the commune office tonight,” tweeted another.",
    [
      ["wrote", "one farmer"],
      ["tweeted", "another"],
    ],
  ],
  ["the same with “one”", "“We will not sign the eviction papers,” said one.", [["said", "one"]]],
  [
    "a pronoun after the last comma of an opening clause with an appositive is the subject",
    "When Tran Van Hieu, the family’s lawyer was asked whether the family would appeal, he laughed and said, “We will see.”",
    [
      ["was asked", null],
      ["said", "he"],
    ],
  ],
  [
    "the same with the appositive closed by a comma and a reported clause",
    "When Le Thi Mai, the monks’ lawyer, was asked by reporters if they would appeal, she smiled and said the monks had not decided.",
    [
      ["was asked", "reporters"],
      ["said", "she"],
    ],
  ],
  [
    "a quotation paragraph after a sentence closed by “X said” is X's, not a participle's inside it",
    "Her neighbours have mocked the candidate for months, calling him “a paper tiger,” Nguyen Thi Hoa said as she walked out.\n\n“But he is our paper tiger, and we will vote for him.”",
    [
      ["said", "Nguyen Thi Hoa"],
      ["mocked", "Her neighbours"],
      ["calling", "Her neighbours"],
      [null, "Nguyen Thi Hoa"],
    ],
  ],
  [
    "“charged that …” still reports",
    "The lawyer charged that the police had beaten her client.",
    [["charged", "The lawyer"]],
  ],
  [
    "“as they said in …” (past, their own words) still reports",
    "As they said in their petition, the land was never sold.",
    [["said", "they"]],
  ],
  [
    "a noun-like cue before a colon after a channel noun still reports",
    "As the association's website notes: “Every member has the right to a fair hearing.”",
    [["notes", "the association's website"]],
  ],
  [
    "“estimated at” a hearing, then “that”, still reports",
    "The ministry estimated at the hearing that 40 houses were destroyed.",
    [["estimated", "The ministry"]],
  ],
  [
    "“feels a …” with a verb after the noun phrase still reports",
    "She feels a new trial is the only fair outcome.",
    [["feels", "She"]],
  ],
  [
    "“maintains some of …” with a verb after the noun phrase still reports",
    "The lawyer maintains some of the charges were invented by the police.",
    [["maintains", "The lawyer"]],
  ],
  [
    "“rules” after a court still reports",
    "The provincial court rules that the land was taken lawfully.",
    [["rules", "The provincial court"]],
  ],
  [
    "“rules” after a court at the end still reports",
    "The seizure of the land was unlawful, the appeals court rules.",
    [["rules", "the appeals court"]],
  ],
  [
    "a participle shares the subject after two opening phrases",
    "On Thursday, after remaining silent for weeks, the bishop appeared on state television and endorsed the plan, saying, “I think the families deserve a fair price.”",
    [
      ["endorsed", "the bishop"],
      ["saying", "the bishop"],
    ],
  ],
  [
    "a conjunction opening the sentence is no subject; the speaker follows the opening cue",
    "But said the abbot: “We will not leave the pagoda.”",
    [["said", "the abbot"]],
  ],
  [
    "the same after the conjunction's comma, with a comma before the quotation",
    "But, said Nguyen Thi Lan, “I do not want to fight the ministry.”",
    [["said", "Nguyen Thi Lan"]],
  ],
  [
    "“were quick to point out that …”: the adjective's “to” is no passive, the subject speaks",
    "Lawyers for the monks were quick to point out that the pagoda was registered in 1998.",
    [["point out", "Lawyers for the monks"]],
  ],
  [
    "“was careful to say …” likewise",
    "The provincial police were careful to say that no one had been detained.",
    [["say", "The provincial police"]],
  ],
  [
    "not after “seems”: the writer's hedge",
    "No official seems willing to condemn the eviction.",
    [],
  ],
  [
    "a base-form cue that is also a noun is a verb after a plural when its particle comes before “that”",
    "Lawyers for the monks point out that the pagoda was registered in 1998.",
    [["point out", "Lawyers for the monks"]],
  ],
  [
    "an “-s” cue that is also a noun is a verb after a description and the name set off after it",
    "Her lawyer, Tran Van Hieu, calls the verdict a “travesty.”",
    [["calls", "Her lawyer"]],
  ],
  [
    "the same with a possessive description and “notes that”",
    "The group's director, Nguyen Thi Lan, notes that 12 bloggers remain in prison.",
    [["notes", "The group's director"]],
  ],
  [
    "a dateline with its agency is not the speaker",
    "HUE, Vietnam (AP) — Le Van Tam, a lawyer for the family, told reporters the trial was unfair.",
    [["told", "Le Van Tam"]],
  ],
  [
    "a dateline with a hyphen opens no subject for the “and said” that follows a long first verb",
    "KON TUM, Vietnam (Reuters) - Pastor Y Nuen met the families of the detained villagers and said the court must release them.",
    [["said", "Pastor Y Nuen"]],
  ],
  [
    "a participle after “…,” he said, takes that attribution's speaker",
    "The deputy minister weighed in as well, telling VTV in an interview on Monday, “Both of them are qualified,” he said, adding, “The first one is overwhelmingly qualified.”",
    [
      ["said", "he"],
      ["adding", "he"],
    ],
  ],
  [
    "a quotation opening with a verb completes the sentence, not the cue before it",
    "Nothing the minister said “will calm the families,” the lawyer said.",
    [["said", "the lawyer"]],
  ],
  [
    "a participle after “, though …” takes the subject of that clause",
    "The minister has used the word to describe the arrests, though in an interview on Monday he used harsher words, saying the activists “must be punished.”",
    [["saying", "he"]],
  ],
  [
    "“according to” after a quotation takes the whole source, its agent included",
    "“The evidence cannot prove the crime,” according to a petition filed by lawyer Le Van Tam.",
    [["according to", "a petition filed by lawyer Le Van Tam"]],
  ],
  [
    "a participle after the main clause takes its subject, not one from the opening “when …”",
    "But when the lawyer asked the court to delay the trial, the judge declined, citing the new decree.",
    [
      ["asked", "the lawyer"],
      ["citing", "the judge"],
    ],
  ],
  [
    "“in a … post” between the subject and the cue is where, not who",
    "Le Van Tam in a Facebook post said he would appeal.",
    [["said", "Le Van Tam"]],
  ],
  [
    "a relative clause ending in a channel still reports with its subject",
    "Lawyers who spoke in an interview said the trial was unfair.",
    [["said", "Lawyers who spoke in an interview"]],
  ],
  [
    "“According to X,” then a clause with its own verb: the clause is content, not X's appositive",
    "According to his lawyer, the blogger was beaten in custody, a claim the ministry denied.",
    [["According to", "his lawyer"]],
  ],
  [
    "an appositive with a relative clause still belongs to the source",
    "According to the commission, a body that monitors elections, turnout was low.",
    [["According to", "the commission, a body that monitors elections"]],
  ],
  [
    "an unnamed source: the relative clause ending in “to be named” belongs to the speaker",
    "A ministry official who asked not to be named said the case was closed.",
    [["said", "A ministry official who asked not to be named"]],
  ],
  [
    "two relative clauses joined by “and”, the second one asking for anonymity",
    "A parishioner who attends the church nearby and who didn’t wish to be named told RFA that police had come twice.",
    [["told", "A parishioner who attends the church nearby and who didn’t wish to be named"]],
  ],
  [
    "an appositive giving a share of the subject (“most of them farmers”)",
    "The prisoners, most of them farmers, say they were tortured.",
    [["say", "The prisoners"]],
  ],
  [
    "two noun phrases joined by “and” before an appositive relative clause",
    "His wife and two children, who were detained in May, said they were worried.",
    [["said", "His wife and two children"]],
  ],
  [
    "a list with a clause of its own before an inverted attribution stays content",
    "Le Van Tam and his wife Tran Thi Lan, son Minh and daughter Hoa had been travelling together, wrote his nephew on Facebook.",
    [["wrote", "his nephew"]],
  ],
  [
    "a participle after an embedded “how he …” takes the sentence's subject, a participle adjective in it kept",
    "The retired judge has offered no account of how he planned to handle the case, saying only that the law would be applied.",
    [
      ["planned", "he"],
      ["saying", "The retired judge"],
    ],
  ],
  [
    "a past the same as its base form ends the shared subject (“Police beat him …, saying”)",
    "Police beat him and his wife, saying they had resisted arrest.",
    [["saying", "Police"]],
  ],
  [
    "a participle after “but” still reports when a clause follows it",
    "The ministry released a statement describing the blogger as a criminal but insisting that his health was good.",
    [
      ["describing", "The ministry"],
      ["insisting", "The ministry"],
    ],
  ],
  [
    "“denied that …” still reports, though a withheld thing follows",
    "The ministry denied that the release was part of a deal, saying the activist had been freed on health grounds.",
    [
      ["denied", "The ministry"],
      ["saying", "The ministry"],
    ],
  ],
  [
    "a base form after a plural head, its modifier and “here” still has that head as subject",
    "Lawyers for the detained bloggers here say there is no evidence against them.",
    [["say", "Lawyers for the detained bloggers"]],
  ],
  [
    "“those close to” someone is a plural subject of a base form",
    "Those close to the minister say he will resign before the congress.",
    [["say", "Those close to the minister"]],
  ],
  [
    "“those” and a prepositional phrase is a plural subject of a base form",
    "Those around the lawyer acknowledge that the appeal will fail.",
    [["acknowledge", "Those around the lawyer"]],
  ],
  [
    "a base form agrees with the plural head, not the modifier's last noun",
    "Observers in Hanoi and across the region say the verdict was written in advance.",
    [["say", "Observers in Hanoi and across the region"]],
  ],
  [
    "a title-case headline's “Says” is its verb, the name before it the speaker",
    "Tran Van Minh Says Detained Blogger Will Be Freed Soon\n\nThe hearing lasted an hour.",
    [["Says", "Tran Van Minh"]],
  ],
  [
    "a title-case headline ending “…, X Says” attributes what comes before",
    "Court Must Hear The Appeal, Lawyer Tran Van Minh Says\n\nThe hearing lasted an hour.",
    [["Says", "Lawyer Tran Van Minh"]],
  ],
  [
    "stays no statement: other cue verbs in a title-case headline",
    "Deputy Minister Denies Visa To Detained Monk\n\nThe hearing lasted an hour.",
    [],
  ],
  [
    "“in X’s view” opening the sentence sources it to X",
    "In the ministry's view, the protests were illegal.",
    [["view", "the ministry"]],
  ],
  [
    "“in X’s view” set off inside the sentence sources it to X",
    "The only fair outcome, in Lan's view, would be a retrial.",
    [["view", "Lan"]],
  ],
  [
    "stays no statement: a view of a place is no one's judgement",
    "In their view of the valley, the farms looked small.",
    [],
  ],
  [
    "still reports: a base form after “to” is an infinitive, with no subject of its own",
    "The party will urge farmers in the delta to support the new land law.",
    [["urge", "The party"]],
  ],
  [
    "blame in the passive: the “by …” phrase made it",
    "The Ministry of Public Security has been criticised by Amnesty International for the arrests.",
    [["has been criticised", "Amnesty International"]],
  ],
  [
    "a name given in the passive: the “by …” phrase gave it",
    "The new decree has been called a step backwards by the Vietnam Lawyers Association.",
    [["has been called", "the Vietnam Lawyers Association"]],
  ],
  [
    "a judgement in the passive: the “by …” phrase made it",
    "The amnesty was welcomed by the Vietnam Bar Federation.",
    [["was welcomed", "the Vietnam Bar Federation"]],
  ],
];

describe("statements: the speaker of each statement", () => {
  it.each(SPEAKERS)("%s", (_label, text, want) => {
    const got = analyze({ text, date: "2021-05-07" }).statements;
    expect(got.map((s) => [s.cue, s.speaker?.mention ?? null])).toEqual(want);
  });
});

// What each statement reports, where the wrong frame once gave it something else:
// [label, text, the cue and content pieces of each statement in order].
const CONTENTS: [string, string, [string, string[]][]][] = [
  [
    "“vowed to …” keeps its infinitive; a relative “that” further on is not its clause",
    "The minister has vowed to repeal the amnesty law, a longstanding provision that protects political prisoners.",
    [["vowed", ["to repeal the amnesty law"]]],
  ],
  [
    "“questioned” a person’s account is still a doubt voiced",
    "Lawyers questioned Mr. Tam’s account of the raid.",
    [["questioned", ["Mr. Tam’s account of the raid"]]],
  ],
  [
    "“added” a spelled-out count that is a clause's subject still reports",
    "He added two activists had been arrested.",
    [["added", ["two activists had been arrested"]]],
  ],
  [
    "“said in a report released Tuesday that …”: the participle describes the channel",
    "The group said in a report released Tuesday that at least 150 people are in prison for their views.",
    [["said", ["that at least 150 people are in prison for their views"]]],
  ],
  [
    "“claimed responsibility” is still a thing said",
    "The group claimed responsibility for the attack.",
    [["claimed", ["responsibility for the attack"]]],
  ],
];

describe("statements: what each statement reports", () => {
  it.each(CONTENTS)("%s", (_label, text, want) => {
    const got = analyze({ text, date: "2021-05-07" }).statements;
    expect(got.map((s) => [s.cue, s.segments.map(([a, b]) => text.slice(a, b))])).toEqual(want);
  });
});
