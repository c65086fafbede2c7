import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// Direct and mixed quotations the rules used to miss or cut, in our own sentences: [label, text,
// the cue, speaker mention and segments of each statement in order]. Each row failed on the rules
// before the change that made it pass, except the "still …" rows, which guard what a narrower rule
// must leave alone.
const FOUND: [string, string, [string | null, string | null, string[]][]][] = [
  [
    "a base form before an object pronoun is a verb, after a subject of two names",
    "When monks are detained, Hanoi and Beijing call them “criminals.”",
    [["call", "Hanoi and Beijing", ["them “criminals.”"]]],
  ],
  [
    "a relative clause with no relative word names something in quotation marks",
    "Tran has made dozens of videos he calls “Voice of the Farmers,” warning that imported grain is “killing the villages.”",
    [
      ["calls", "he", ["“Voice of the Farmers,”"]],
      ["warning", "Tran", ["that imported grain is “killing the villages.”"]],
    ],
  ],
  [
    "still nothing when the quotation runs into the sentence's verb",
    "Outside the court, supporters he called “my family” waited all night.",
    [],
  ],
  [
    "a quotation left open after its speaker was named ends before a new speaker's paragraph",
    "“The verdict is a disgrace,” Le Thi Hoa said on Friday. “If the court cannot hear us, who will?\n\n“We have waited for years,” added Tran Van Hieu, the family’s lawyer. “We will wait longer.”",
    [
      [
        "said",
        "Le Thi Hoa",
        ["“The verdict is a disgrace,”", "“If the court cannot hear us, who will?"],
      ],
      ["added", "Tran Van Hieu", ["“We have waited for years,”", "“We will wait longer.”"]],
    ],
  ],
  [
    "the same when the new speaker is named before the cue",
    "“Nobody told us anything,” the mother said. “We learned of the arrest from neighbours.\n\n“The police acted within the law,” Colonel Vo Van Tuan told reporters.",
    [
      [
        "said",
        "the mother",
        ["“Nobody told us anything,”", "“We learned of the arrest from neighbours."],
      ],
      ["told", "Colonel Vo Van Tuan", ["“The police acted within the law,”"]],
    ],
  ],
  [
    "the same after a colon that introduced the first quotation",
    "At the gate, Le Thi Hoa said: “If the court cannot hear us, who will?\n\n“We have waited for years,” added Tran Van Hieu, the family’s lawyer.",
    [
      ["said", "Le Thi Hoa", ["“If the court cannot hear us, who will?"]],
      ["added", "Tran Van Hieu", ["“We have waited for years,”"]],
    ],
  ],
  [
    "still one quotation over paragraphs when the next paragraph has no attribution of its own",
    "“The verdict is a disgrace,” Le Thi Hoa said on Friday. “If the court cannot hear us, who will?\n\n“We have waited for years. We will wait longer.”",
    [
      [
        "said",
        "Le Thi Hoa",
        [
          "“The verdict is a disgrace,”",
          "“If the court cannot hear us, who will?",
          "“We have waited for years. We will wait longer.”",
        ],
      ],
    ],
  ],
  [
    "“that” before a noun, after a cue that takes no clause, opens the object",
    "The deputy minister dismissed that suggestion as “a story told by people who want chaos.”",
    [
      [
        "dismissed",
        "The deputy minister",
        ["that suggestion as “a story told by people who want chaos.”"],
      ],
    ],
  ],
  [
    "the same before an evaluation's object in the middle of the sentence",
    "Lawyers for the family rejected that account as “pure invention” on Tuesday.",
    [["rejected", "Lawyers for the family", ["that account as “pure invention”"]]],
  ],
  [
    "a comma inside an inner quotation still closes the outer one before the attribution",
    "The hearing ended early. Judge Pham Van Hung turned to the prosecutor: “This court has never accepted what you called ‘confessions,’” he said.",
    [["said", "he", ["“This court has never accepted what you called ‘confessions,’”"]]],
  ],
  [
    "“says of” is a verb before its topic, not a plural noun",
    "“The sentence is far too harsh,” Nguyen Thi Mai says of the verdict.",
    [["says", "Nguyen Thi Mai", ["“The sentence is far too harsh,”"]]],
  ],
  [
    "a quotation paragraph after the writer's own sentence is no further piece of the quotation before",
    "“The verdict is unjust,” the lawyer said. The court adjourned until May.\n\n“We will appeal.”",
    [
      ["said", "the lawyer", ["“The verdict is unjust,”"]],
      [null, "the lawyer", ["“We will appeal.”"]],
    ],
  ],
  [
    "a participle after a document the subject issued reports the subject's words",
    "The Ministry of Public Security issued a statement on Friday saying the blogger had “confessed to every charge.”",
    [
      [
        "saying",
        "The Ministry of Public Security",
        ["the blogger had “confessed to every charge.”"],
      ],
    ],
  ],
  [
    "the issuer speaks, not the phrase the sentence opens with",
    "Shortly after the hearing, the family of Tran Thi Nga sent out a letter calling the verdict “a mockery of justice.”",
    [["calling", "the family of Tran Thi Nga", ["the verdict “a mockery of justice.”"]]],
  ],
  [
    "a quotation after an issued document is the issuer's, not the document's",
    "Even before the verdict was read, his family sent out a short message to friends saying: “We have won. Share the news.”",
    [["saying", "his family", ["“We have won. Share the news.”"]]],
  ],
  [
    "a relative clause on an issued document reports what its issuer says",
    "The provincial police released a video that said, “The detainees are treated well.”",
    [["said", "The provincial police", ["“The detainees are treated well.”"]]],
  ],
  [
    "a quotation the writer's sentence completes goes on past an infinitive",
    "“Many voters are quiet about it,” said Le Thi Hoa. “They agree with the reform but are not ready” to support it in public.",
    [
      [
        "said",
        "Le Thi Hoa",
        [
          "“Many voters are quiet about it,”",
          "“They agree with the reform but are not ready” to support it in public",
        ],
      ],
    ],
  ],
  [
    "a court order, with the participle that dates it, speaks like any other document",
    "The detainees were never told of the charges, the order released Friday said.",
    [["said", "the order released Friday", ["The detainees were never told of the charges"]]],
  ],
  [
    "a speech cue's object that quotes words reports what was said",
    "Lawyer Ha Huy Son recalled the night raid and the “climate of fear” in the commune.",
    [
      [
        "recalled",
        "Lawyer Ha Huy Son",
        ["the night raid and the “climate of fear” in the commune"],
      ],
    ],
  ],
  [
    "a quotation paragraph signed on the next line after a dash is the signer's",
    "The centre marked its tenth year on Monday.\n\n“Every prisoner of conscience must be freed. The world is watching.”\n\n— Tran Thi Lan, director of the centre",
    [
      [
        "—",
        "Tran Thi Lan",
        ["“Every prisoner of conscience must be freed. The world is watching.”"],
      ],
    ],
  ],
  [
    "a cue opening the line before a block quotation, its speaker after it",
    "Lawyer Le Van Tam spoke to the court on Monday.\n\nStated Tam:\n\n“My client has never hidden anything from the police.”",
    [["Stated", "Tam", ["“My client has never hidden anything from the police.”"]]],
  ],
  [
    "a writing cue with its addressee before a colon introduces the quotation",
    "The commune chairman wrote to the families: “Your land will be returned by June.”",
    [["wrote", "The commune chairman", ["“Your land will be returned by June.”"]]],
  ],
  [
    "a quotation inside the clause of a participle after the attribution is the participle's",
    "“We will appeal,” the lawyer said, adding that unless the court acted, “the family will suffer.”",
    [
      ["said", "the lawyer", ["“We will appeal,”"]],
      ["adding", "the lawyer", ["that unless the court acted, “the family will suffer.”"]],
    ],
  ],
  [
    "a quotation after “…, then referred to …” is the speaker's next statement, not more of the first",
    "“We have work to do,” she told the crowd, then referred to the ministry’s slogan. “But the work is not to build more prisons.”",
    [
      ["told", "she", ["“We have work to do,”"]],
      ["referred to", "she", ["the ministry’s slogan"]],
      [null, "she", ["“But the work is not to build more prisons.”"]],
    ],
  ],
  [
    "a time clause after a quotation says when it was said, not what",
    "The deputy minister had said, “We will see,” when asked whether the camp would close.",
    [
      ["said", "The deputy minister", ["“We will see,”"]],
      ["asked", null, ["whether the camp would close"]],
    ],
  ],
  [
    "the person a recording shows speaking is the speaker of the quotation",
    "The film ends with footage of the minister saying during the hearing, “We respect every citizen,” as the families wept.",
    [["saying", "the minister", ["“We respect every citizen,”"]]],
  ],
  [
    "what someone is cast as, quoted, after a verb that reports nothing without it",
    "Lawyer Tran Van Hieu has gone after the provincial court as a “puppet of the police.”",
    [["gone after", "Lawyer Tran Van Hieu", ["the provincial court as a “puppet of the police.”"]]],
  ],
  [
    "a document listing someone as what it quotes",
    "The indictment lists him as “a reactionary element.”",
    [["lists", "The indictment", ["him as “a reactionary element.”"]]],
  ],
  [
    "“views … as” with the quotation a few words after “as”",
    "Nguyen Van Dai views the ruling as proof of the “fear” inside the courts.",
    [["views", "Nguyen Van Dai", ["the ruling as proof of the “fear” inside the courts"]]],
  ],
  [
    "“regards … as” with the quotation up to eleven words after “as”",
    "Tran Van Hieu regards the new decree as a return to the province’s old “politics of fear.”",
    [
      [
        "regards",
        "Tran Van Hieu",
        ["the new decree as a return to the province’s old “politics of fear.”"],
      ],
    ],
  ],
  [
    "“pounding … as” and the quoted name",
    "Deputy Le Thi Mai has been steadily pounding the governor as a “land thief.”",
    [["pounding", "Deputy Le Thi Mai", ["the governor as a “land thief.”"]]],
  ],
  [
    "two quotations side by side in a reported clause, the second going on with it",
    "Nguyen Thi Lan said that “rice farmers” “do the hardest work of all. And they are paid the least.”",
    [
      [
        "said",
        "Nguyen Thi Lan",
        ["that “rice farmers” “do the hardest work of all. And they are paid the least.”"],
      ],
    ],
  ],
  [
    "“introduced … as” and the quoted description",
    "At the rally, Pham Thi Lan introduced the blogger as “a voice for the voiceless.”",
    [["introduced", "Pham Thi Lan", ["the blogger as “a voice for the voiceless.”"]]],
  ],
  [
    "quoted words right after a cue that takes no clause, the sentence going on after them",
    "As they marched past the court, the families chanted “free the bloggers” and “release them now.”",
    [["chanted", "the families", ["“free the bloggers” and “release them now.”"]]],
  ],
  [
    "quoted words voiced, then the subject's next participle after “and”",
    "Villagers were shouting “give back our land” at the officials and refusing to leave.",
    [
      ["shouting", "Villagers", ["“give back our land” at the officials"]],
      ["refusing", "Villagers", ["to leave"]],
    ],
  ],
  [
    "a claim noun after a possessive pronoun, with an adjunct before its clause",
    "The lawyer drew criticism for her remark at the trial that “the court is not independent.”",
    [["remark", "her", ["that “the court is not independent.”"]]],
  ],
  [
    "a claim noun whose holder follows it with “of”",
    "The report contradicts the contention of the ministry that the detainees are “treated well.”",
    [["contention", "the ministry", ["that the detainees are “treated well.”"]]],
  ],
  [
    "a claim noun whose holder follows it with “by”",
    "It followed a report by state media that the blogger had “confessed” to the charges.",
    [["report", "state media", ["that the blogger had “confessed” to the charges"]]],
  ],
  [
    "a claim noun's clause after “was”",
    "The lawyer’s answer was that “the law is clear,” so the court must release him.",
    [["answer", "The lawyer", ["that “the law is clear,” so the court must release him"]]],
  ],
  [
    "a point made is its maker's, and its clause runs past an aside",
    "The lawyer made the point that the charge, filed under Article 117, would carry “a heavy sentence.”",
    [
      [
        "point",
        "The lawyer",
        ["that the charge, filed under Article 117, would carry “a heavy sentence.”"],
      ],
    ],
  ],
  [
    "a participle after a document with a hyphenated measure (“a 12-page report”) is the issuer's",
    "Shortly after the trial, the group issued a 12-page report saying the detainees had been “tortured.”",
    [["saying", "the group", ["the detainees had been “tortured.”"]]],
  ],
  [
    "the subject of “began to” speaks the cue after it",
    "Last year state media began to describe the monks as “extremists.”",
    [["describe", "state media", ["the monks as “extremists.”"]]],
  ],
  [
    "an evaluation's object in quotation marks, in the middle of its sentence",
    "The lawyer condemned “the so-called trial” in a statement on Friday.",
    [["condemned", "The lawyer", ["“the so-called trial”"]]],
  ],
  [
    "a quoted object ends before “as” and a clause of its own",
    "Outside the court, Nguyen Van Dai praised “the courage of the families” as he left for Hanoi.",
    [["praised", "Nguyen Van Dai", ["“the courage of the families”"]]],
  ],
];

describe("statements: quotations found", () => {
  it.each(FOUND)("%s", (_label, text, want) => {
    const got = analyze({ text, date: "2021-05-07" }).statements;
    expect(
      got.map((s) => [
        s.cue,
        s.speaker?.mention ?? null,
        s.segments.map(([a, b]) => text.slice(a, b)),
      ]),
    ).toEqual(want);
  });
});
