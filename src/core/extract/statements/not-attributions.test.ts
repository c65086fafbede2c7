import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// Sentences with a cue word in them that attribute nothing, in our own words: each row failed
// on the rules before the change that made it pass.
const NOTHING: [string, string][] = [
  ["“made the case” before a relative clause", "She made the case that was heard in Hanoi famous."],
  [
    "“that of” after a claim noun is a pronoun",
    "Her lawyer’s view on bail is close to that of the prosecutor.",
  ],
  [
    "a relative clause on the holder after “of”, not the claim's content",
    "She read out the findings of a committee that investigated the deaths.",
  ],
  ["“attacked … as” with no quotation", "State media attacked the monks as agitators."],
  ["“attacked” as force, “as” a time", "Police attacked the camp as night fell."],
  [
    "“see … as” with no quotation is a view, not a report",
    "Officials see the decree as a step forward.",
  ],
  [
    "a verb that reports only quotations, with an object holding a quoted phrase",
    "Vietnam will continue dialogue with the United States “in a spirit of frankness and respect.”",
  ],
  [
    "an object after a verb that never comes before its speaker",
    "Le Thi Hoa and Tran Van Minh, among other lawyers, reject the new decree.",
  ],
  [
    "a relative clause after a comma, not an end attribution",
    "The appeal sent the case back to the provincial court, which has ruled against the family.",
  ],
  ["“deny” as refusing a person something", "The court denied him bail."],
  [
    "“deny” with a named person and what was withheld",
    "Authorities denied Nguyen Van Dai access to a lawyer for six months.",
  ],
  [
    "“deny” with a person and a second object",
    "The prison denied his family any visits during the trial.",
  ],
  ["“deny” with only the thing withheld", "Police denied access to the courtroom."],
  [
    "a participle joined to an adjective before its noun",
    "It was an awkward but promising start for the new union.",
  ],
  [
    "a graded participle before its noun",
    "This is the least talked about case in the province: the land was seized in 2019.",
  ],
  [
    "a verb of manner that reports only quotations, with none",
    "Hundreds of supporters gathered outside the court, clapping, singing, chanting and waving flags.",
  ],
  [
    "a title named after a phrase ending in its author's name",
    "There is also a collection of poems by Nguyen Chi Thien called “Flowers from Hell.”",
  ],
  [
    "“helps explain”: a cause, not a speaker",
    "The arrests, which helps explain why the province is quiet, began in May.",
  ],
  ["“claim” as taking or asking for something", "He claimed asylum in Thailand in 2019."],
  ["“added” a count spelled out, not a clause", "The prison added two new cells in 2020."],
  ["“question” as interrogating someone", "Police questioned Mr. Tam for six hours."],
  ["“question” with an object pronoun", "Police questioned him again on Friday."],
  ["“admit” as letting someone in", "The provincial hospital admitted the prisoner on Monday."],
  [
    "a feeling caused by an agent, not a view held",
    "Activists worried by the new decree contacted several embassies in Hanoi.",
  ],
  [
    "an opening phrase of place or time is no content for a cue without one of its own",
    "In an interview with VTV in late May, the minister bragged prematurely about his success.",
  ],
  [
    "an opening phrase before a cue in another frame (“believe in”)",
    "In a changing economy, many farmers still believe in the land reform.",
  ],
  [
    "a verb's object with a bound (“at least”) is no adjunct before a parenthetical's comma",
    "Last year, the ministry discovered at least one leaflet in the dormitory, a building near the university.",
  ],
  ["“campaign for” a candidate, not a cause", "The singer campaigned for Le Van Hoa in 2021."],
  ["“campaign against” a person (a pronoun)", "The party campaigned against him in Hue."],
  [
    "“argue” a case: pleading in court, not a position",
    "The lawyer argued the case before the appeals court in Hanoi.",
  ],
  [
    "“argue” cases in a relative clause on the speaker",
    "Her lawyer, who has argued dozens of cases before the Supreme People's Court, was barred.",
  ],
  [
    "“by” and a participle after a subject read into its predicate (“keeps a tight grip”)",
    "The ministry keeps a tight grip on the press by denying licences to independent outlets.",
  ],
  [
    "“by” and a participle after a subject read over an unknown past (“dealt a blow”)",
    "Farmers in the delta dealt a blow to the project by refusing to sell their land.",
  ],
  [
    "“by” and a participle after a subject read over a name's present tense (“Party sees …”)",
    "The Communist Party sees the growth of Viet Tan, a group that won followers by denouncing the land seizures.",
  ],
  [
    "“rules” as a plural noun after its modifiers, before a relative clause",
    "The ministry issued a set of new land rules that may force hundreds of families from their homes.",
  ],
  [
    "“feel” with “a” and a noun phrase: a thing felt, not a view",
    "Families in the district could feel a sharp pinch if the new fees take effect next year.",
  ],
  [
    "“feel” with “some” and a noun phrase likewise",
    "The governor is plainly feeling some pressure now that the activists' trial nears.",
  ],
  [
    "“worried” with “some” and a noun phrase: a worry caused, not a view",
    "The decree worried some diplomats, who had hoped for a softer law.",
  ],
  [
    "a graded participle joined to a superlative before its noun",
    "It is the oldest and least talked about case in the province: the land was seized in 2009.",
  ],
  [
    "“best known”: how well something is known, not a view",
    "The poet is perhaps best known for the songs that were banned after 1975.",
  ],
  [
    "“estimated at” a figure after its noun: a value, by nobody named",
    "The blogger, who owns land estimated at $40,000 according to court records, was fined.",
  ],
  [
    "“estimated at” a figure set off after its noun",
    "The damage, estimated at about 40 houses, was worse than the ministry admitted.",
  ],
  [
    "a noun-like cue before a colon after a lower-case modifier is the noun (“one simple question:”)",
    "The dispute comes down to one simple question: Who will pay for the new road?",
  ],
  [
    "the same with a plural form (“led small protests:”)",
    "Joining the lawyers were three farmers who had led small protests: Hoa, Lan and Minh.",
  ],
  [
    "“as they say …”: a saying, nobody's statement",
    "As they say in the villages: the land remembers.",
  ],
  [
    "“charged with” after an appositive: an indictment, not an end attribution",
    "In 2019, the government freed two bloggers in exchange for Tran Van Minh, a former police officer now charged with espionage.",
  ],
  [
    "“welcomed” a number of people: hosting them",
    "As the abbot welcomed several hundred pilgrims, the police watched from the gate.",
  ],
  [
    "“add up to”: a sum",
    "Over a decade the fines would add up to more than the farmers had expected.",
  ],
];

describe("statements: cue words that attribute nothing", () => {
  it.each(NOTHING)("finds nothing in %s", (_label, text) => {
    const got = analyze({ text, date: "2021-05-07" }).statements;
    expect(got.map((s) => s.text)).toEqual([]);
  });
});

describe("statements: text that once broke the speaker reader", () => {
  it("a stop as the first token, before a participle and an open quotation mark", () => {
    const got = analyze({ text: ". saying “", date: "2021-05-07" });
    expect(got.warnings).toEqual([]);
  });
  it("a cue with an addressee frame as the text's last words (no token after the object)", () => {
    const got = analyze({ text: "of told saying", date: "2021-05-07" });
    expect(got.warnings).toEqual([]);
  });
});
