import { describeContentCases, type ContentCase } from "../../../../test/helpers/content-cases.js";

// Content that ran on past its end (the seventh session's cases; the earlier ones are in
// `content-boundaries.test.ts`): our own sentence, the cue of the statement to look at, and its
// content pieces (null: no statement with that cue).
const CASES: ContentCase[] = [
  [
    "a participle's object ends at “and” and a second participle with an object of its own",
    "The opposition leader spoke for an hour in Da Nang, touting her record on flood relief and visiting the districts still under water.",
    "touting",
    ["her record on flood relief"],
  ],
  [
    "likewise a participle's quoted title, before the subject's next deed",
    "The former detainee spent the spring abroad, writing a memoir called “The Long Night” and lobbying the council in Geneva for an inquiry.",
    "writing",
    ["a memoir called “The Long Night”"],
  ],
  [
    "a gerund joined to one already in the content goes on",
    "The bishop rebuked the province, accusing it of jailing bloggers and silencing their lawyers.",
    "accusing",
    ["it of jailing bloggers and silencing their lawyers"],
  ],
  [
    "an “-ing” noun without an object of its own goes on",
    "The report was released on Monday, describing the floods and rising prices in the delta.",
    "describing",
    ["the floods and rising prices in the delta"],
  ],
  [
    "a statement in a subordinate clause after the main clause runs to the sentence's end",
    "The vote matters because the speaker has told reporters he is “in no hurry” to back the governor, even though she is the only candidate left in the race.",
    "told",
    [
      "he is “in no hurry” to back the governor, even though she is the only candidate left in the race",
    ],
  ],
  [
    "one in an opening subordinate clause ends at its comma",
    "While the lawyer said the hearing was fair, the family plans to appeal the verdict.",
    "said",
    ["the hearing was fair"],
  ],
  [
    "likewise an opening clause after a colon",
    "The rally showed the mood in the province: as the mayor said the budget was safe, teachers walked out of the hall.",
    "said",
    ["the budget was safe"],
  ],
  [
    "and one opening after “, and”",
    "The plan needs the committee chair, and while she said she would hold a hearing, it is unlikely to pass this year.",
    "said",
    ["she would hold a hearing"],
  ],
  [
    "a noun-phrase object ends at “after”: when, not what",
    "The deputy denounced the new land decree after the police cleared the market in Thu Duc.",
    "denounced",
    ["the new land decree"],
  ],
  [
    "at “as” and a subject with its verb",
    "The bishop condemned the eviction as Mayor Tran ordered the bulldozers into the parish.",
    "condemned",
    ["the eviction"],
  ],
  [
    "but not at “as” naming what someone is",
    "The minister praised him as a loyal servant of the party.",
    "praised",
    ["him as a loyal servant of the party"],
  ],
  [
    "at “because” and a clause: why",
    "The governor opposed the budget because it cut the flood fund by half.",
    "opposed",
    ["the budget"],
  ],
  [
    "at “now that”",
    "The activist criticized the court now that the appeal has failed.",
    "criticized",
    ["the court"],
  ],
  [
    "an object's speech gerund after “by” reports the content; the cue runs to it",
    "The commission published the findings of its inquiry by announcing that the camp would close in May.",
    "published the findings of its inquiry by announcing",
    ["that the camp would close in May"],
  ],
  [
    "likewise an infinitive's gerund after “in”",
    "The two governors sought to calm investors in saying that the port would reopen within a week.",
    "sought to calm investors in saying",
    ["that the port would reopen within a week"],
  ],
];

describeContentCases("content that runs on", CASES);
