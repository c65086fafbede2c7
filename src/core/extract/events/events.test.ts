import { describe, expect, it } from "vitest";
import { analyze, emptyAnalysis } from "../../analyze.js";
import { buildContext } from "../../text/doc-context.js";
import type { Event } from "../../types.js";
import { mentionsPass } from "../mentions/index.js";
import { eventsPass, findEvents } from "./index.js";
import type { PeopleIndex } from "./people.js";

type Brief = Pick<Event, "type" | "person" | "date" | "sentenceMonths"> &
  Partial<Pick<Event, "place" | "probationMonths" | "penalty" | "potentialMonths">>;

/** Events with the people the mentions pass finds (the names each test expects are listed). */
function events(text: string, _people: string[][], date = "2023-06-16"): Brief[] {
  const a = analyze({ text, date }, [mentionsPass, eventsPass]);
  return a.events.map((e) => ({
    type: e.type,
    person: e.person,
    date: e.date,
    sentenceMonths: e.sentenceMonths,
    place: e.place,
    probationMonths: e.probationMonths,
    penalty: e.penalty ?? null,
    potentialMonths: e.potentialMonths ?? null,
  }));
}

const brief = (got: Brief[], keys: readonly (keyof Brief)[]) =>
  got.map((g) => Object.fromEntries(keys.map((k) => [k, g[k]])));

describe("events: who, what and when", () => {
  it.each<[string, string[][], Array<Partial<Brief>>]>([
    // 01 passive
    [
      "Blogger Nguyen Van Long, 52, was arrested on Tuesday in Vinh.",
      [["Nguyen Van Long"]],
      [{ type: "arrest", person: "Nguyen Van Long", date: "2023-06-13", place: "Vinh" }],
    ],
    [
      "The appeal court on Tuesday rejected the appeal of pastor Y Hlơi Niê and upheld the six-year prison sentence.",
      [["Y Hlơi Niê"]],
      [{ type: "appeal", person: "Y Hlơi Niê", date: "2023-06-13", sentenceMonths: 72 }],
    ],
    [
      "Hoang Duc Binh, 41, an engineer, was arrested in Hanoi on May 5, 2019 and sentenced on January 9, 2020 to 14 years in prison. His sister, Hoang Thi Lan, spoke to us from Berlin.",
      [["Hoang Duc Binh"], ["Hoang Duc Binh"]],
      [
        { type: "arrest", person: "Hoang Duc Binh", date: "2019-05-05", sentenceMonths: null },
        { type: "sentence", person: "Hoang Duc Binh", date: "2020-01-09", sentenceMonths: 168 },
      ],
    ],
    // Serving a term now is a detention under that term; having served one when something
    // else happened is no detention, but tells the term of the sentence (linked-clauses.test.ts).
    [
      "Land activist Can Thi Theu, who is serving eight years in An Phuoc prison, has gone on hunger strike.",
      [["Can Thi Theu"]],
      [{ type: "detention", person: "Can Thi Theu", sentenceMonths: 96 }],
    ],
    [
      "Pastor A Dao, who is still serving his sentence, wrote to his congregation.",
      [["A Dao"]],
      [{ type: "detention", person: "A Dao", sentenceMonths: null }],
    ],
    [
      "Blogger Nguyen Van Hoa, who was serving seven years, wrote to his mother.",
      [["Nguyen Van Hoa"]],
      [{ type: "sentence", person: "Nguyen Van Hoa", date: null, sentenceMonths: 84 }],
    ],
    ["Lawyer Tran Dinh Trien is serving as counsel for the families.", [], []],
    // A province named like a person; the officials' place before the trigger.
    [
      "Teacher Kim Van Sang was arrested in Tra Vinh on Tuesday.",
      [["Kim Van Sang"]],
      [{ type: "arrest", person: "Kim Van Sang", place: "Tra Vinh" }],
    ],
    [
      "Farmer Chau Van Kha was arrested in An Giang on Tuesday.",
      [["Chau Van Kha"]],
      [{ type: "arrest", person: "Chau Van Kha", place: "An Giang" }],
    ],
    [
      "Police in Long An arrested the blogger Vo Thi Hue on Tuesday.",
      [["Vo Thi Hue"]],
      [{ type: "arrest", person: "Vo Thi Hue", place: "Long An" }],
    ],
    [
      "Trần Thị Lan and her brother Trần Văn Đức were sentenced to six years in prison each.",
      [["Trần Thị Lan"], ["Trần Văn Đức"]],
      [
        { type: "sentence", person: "Trần Thị Lan", sentenceMonths: 72 },
        { type: "sentence", person: "Trần Văn Đức", sentenceMonths: 72 },
      ],
    ],
    [
      "Pastor Y Ksor, who has led a house church since 2015, was detained in March 2022.",
      [["Y Ksor"]],
      [{ type: "arrest", person: "Y Ksor", date: "2022-03" }],
    ],
    [
      "Ly Van Sang was executed, along with Kim Van Toan.",
      [["Ly Van Sang"], ["Kim Van Toan"]],
      [
        { type: "execution", person: "Ly Van Sang" },
        { type: "execution", person: "Kim Van Toan" },
      ],
    ],
    // 02 active
    [
      "Police in Hanoi arrested land activist Le Van Tam on May 3.",
      [["Le Van Tam"]],
      [{ type: "arrest", person: "Le Van Tam", date: "2023-05-03" }],
    ],
    [
      "Authorities freed several dissidents, including Pham Van Hung and lawyer Ly Thi Nga, in 2021.",
      [["Pham Van Hung"], ["Ly Thi Nga"]],
      [
        { type: "release", person: "Pham Van Hung", date: "2021" },
        { type: "release", person: "Ly Thi Nga", date: "2021" },
      ],
    ],
    [
      "A fifth defendant, Phan Van Quy, received a seven-year prison sentence.",
      [["Phan Van Quy"]],
      [{ type: "sentence", person: "Phan Van Quy", sentenceMonths: 84 }],
    ],
    // 03 handed down
    [
      "The court handed down a nine-year term to Mai Van Son and a six-year sentence to Ho Thi Tu.",
      [["Mai Van Son"], ["Ho Thi Tu"]],
      [
        { type: "sentence", person: "Mai Van Son", sentenceMonths: 108 },
        { type: "sentence", person: "Ho Thi Tu", sentenceMonths: 72 },
      ],
    ],
    // 04 participle
    [
      "Hoa Hao Follower Bui Van Thanh Sentenced to Five Years\n\nThe court in An Giang heard the case of Bui Van Thanh for a day.",
      [["Bui Van Thanh"]],
      [{ type: "sentence", person: "Bui Van Thanh", sentenceMonths: 60 }],
    ],
    // 05 nominal
    [
      "Since the arrest of Dang Thi Hue on April 2, her family has had no news.",
      [["Dang Thi Hue"]],
      [{ type: "arrest", person: "Dang Thi Hue", date: "2023-04-02" }],
    ],
  ])("%s", (text, persons, expected) => {
    const got = events(text, persons);
    const keys = [...new Set(expected.flatMap((e) => Object.keys(e)))] as (keyof Brief)[];
    expect(brief(got, keys)).toEqual(expected);
  });
});

describe("events: sentence lengths", () => {
  it.each<[string, Partial<Brief>]>([
    ["Vo Thi Mai was sentenced to nine years in prison.", { sentenceMonths: 108 }],
    ["Vo Thi Mai was sentenced to 18 months in jail.", { sentenceMonths: 18 }],
    ["Vo Thi Mai was sentenced to two years and six months in prison.", { sentenceMonths: 30 }],
    ["Vo Thi Mai was sentenced to three and a half years.", { sentenceMonths: 42 }],
    [
      "Vo Thi Mai was sentenced to seven years in prison and four years of probation.",
      { sentenceMonths: 84, probationMonths: 48 },
    ],
    [
      "Vo Thi Mai was sentenced to five years in prison, followed by two years of house arrest.",
      { sentenceMonths: 60, probationMonths: 24 },
    ],
    ["Vo Thi Mai was sentenced to death.", { sentenceMonths: null, penalty: "death" }],
    ["Vo Thi Mai was sentenced to life imprisonment.", { sentenceMonths: null, penalty: "life" }],
    ["Vo Thi Mai was jailed for 10 years.", { sentenceMonths: 120 }],
  ])("%s", (text, expected) => {
    expect(events(text, [["Vo Thi Mai"]])[0]).toMatchObject(expected);
  });

  it("gives each person their own term with 'respectively'", () => {
    const text =
      "Her colleagues Ngo Van Tu and Lam Thi Ha were sentenced respectively to eight and six years of imprisonment.";
    expect(
      brief(events(text, [["Ngo Van Tu"], ["Lam Thi Ha"]]), ["person", "sentenceMonths"]),
    ).toEqual([
      { person: "Ngo Van Tu", sentenceMonths: 96 },
      { person: "Lam Thi Ha", sentenceMonths: 72 },
    ]);
  });
});

describe("events: people behind pronouns, descriptions and groups", () => {
  it("resolves 'them' to the two people named together before", () => {
    const text =
      "A court in Thai Binh convicted Do Van Nam and his son Do Van Bac of 'disrupting security'. Judges then sentenced them to four years of imprisonment and two years of probation each.";
    expect(
      brief(events(text, [["Do Van Nam"], ["Do Van Bac"]]), [
        "person",
        "sentenceMonths",
        "probationMonths",
      ]),
    ).toEqual([
      { person: "Do Van Nam", sentenceMonths: 48, probationMonths: 24 },
      { person: "Do Van Bac", sentenceMonths: 48, probationMonths: 24 },
    ]);
  });

  it("resolves an indefinite description to the person the next sentence names", () => {
    const text =
      "A provincial court jailed a blogger for five years on Monday. The People's Court of Ben Tre convicted Huynh Anh Khoa of abusing democratic freedoms.";
    expect(
      brief(events(text, [["Huynh Anh Khoa"]]), [
        "type",
        "person",
        "date",
        "sentenceMonths",
        "place",
      ]),
    ).toEqual([
      {
        type: "sentence",
        person: "Huynh Anh Khoa",
        date: "2023-06-12",
        sentenceMonths: 60,
        place: "Ben Tre",
      },
    ]);
  });

  it("resolves a counted group to the people listed in the next sentence", () => {
    const text =
      "Prosecutors indicted three members of the Bach Dang Group on June 1. Mr. Le Quang, Mr. Bui Tan and Ms. Mac Lan are held in Hai Phong.";
    expect(
      brief(events(text, [["Le Quang"], ["Bui Tan"], ["Mac Lan"]]), ["type", "person", "date"]),
    ).toEqual([
      { type: "indictment", person: "Le Quang", date: "2023-06-01" },
      { type: "indictment", person: "Bui Tan", date: "2023-06-01" },
      { type: "indictment", person: "Mac Lan", date: "2023-06-01" },
    ]);
  });

  it("asks the index to prefer the people recent events were about", () => {
    // An index that knows two people and, like the mentions pass's, takes a preference when given
    // one: the nearest person otherwise.
    const text =
      "Police arrested Le Bao Ngoc on May 1. Huynh Khanh spoke to reporters. She was charged on May 3.";
    const at = (name: string) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    });
    const mentions = [
      { ...at("Le Bao Ngoc"), kind: "person" as const, actor: 0 },
      { ...at("Huynh Khanh"), kind: "person" as const, actor: 1 },
    ];
    const index: PeopleIndex = {
      mentionsIn: (start, end) => mentions.filter((m) => m.start < end && start < m.end),
      resolvePronoun: (offset, _word, preferred) =>
        preferred?.[0] ?? mentions.filter((m) => m.end <= offset).pop()?.actor ?? null,
    };
    const analysis = emptyAnalysis();
    for (const name of ["Le Bao Ngoc", "Huynh Khanh"])
      analysis.actors.push({
        name,
        kind: "person",
        aliases: [],
        roles: [],
        orgs: [],
        mentions: [at(name)],
      });
    const found = findEvents(buildContext({ text, date: "2023-06-16" }), analysis, index);
    expect(found.map((e) => [e.type, e.person])).toEqual([
      ["arrest", "Le Bao Ngoc"],
      ["indictment", "Le Bao Ngoc"],
    ]);
  });

  it("resolves a pronoun subject", () => {
    const text =
      "Tran Huu Loc wrote about land seizures for a decade. He was arrested in Can Tho in 2019.";
    expect(brief(events(text, [["Tran Huu Loc"]]), ["type", "person", "date", "place"])).toEqual([
      { type: "arrest", person: "Tran Huu Loc", date: "2019", place: "Can Tho" },
    ]);
  });
});

describe("events: one event per event per person", () => {
  it("merges the headline, the lead and a later 'the conviction' sentence", () => {
    const text = [
      "Court Jails Land Activist Quach Thi Nu",
      "Land activist Quach Thi Nu was sentenced to six years in prison for 'conducting propaganda'.",
      "The conviction was handed down by the People's Court of Ha Nam province on June 2.",
    ].join("\n\n");
    expect(events(text, [["Quach Thi Nu", "Nu"]])).toEqual([
      expect.objectContaining({
        type: "sentence",
        person: "Quach Thi Nu",
        date: "2023-06-02",
        place: "Ha Nam province",
        sentenceMonths: 72,
      }),
    ]);
  });

  it("keeps two arrests of one person on different dates apart", () => {
    const text = "Mr. Phung Van Ky was arrested in May 2016. He was arrested again in April 2021.";
    expect(brief(events(text, [["Phung Van Ky"]]), ["type", "date"])).toEqual([
      { type: "arrest", date: "2016-05" },
      { type: "arrest", date: "2021-04" },
    ]);
  });

  it("dates events from a paragraph that opens with a year", () => {
    const text =
      "In 2018, police arrested teacher Luu Van Dinh. The provincial court later convicted Luu Van Dinh.";
    expect(brief(events(text, [["Luu Van Dinh"]]), ["type", "date"])).toEqual([
      { type: "arrest", date: "2018" },
      { type: "sentence", date: "2018" },
    ]);
  });

  it("keeps a date in an 'after' clause off the event", () => {
    const text = "Vu Quoc Hung was detained after he attended a meeting in March 2020 in Da Lat.";
    expect(brief(events(text, [["Vu Quoc Hung"]]), ["type", "date", "place"])).toEqual([
      { type: "arrest", date: null, place: null },
    ]);
  });
});

describe("events: lists that state the verb once", () => {
  it("gives each conjunct its own date, place and charges, and shares 'both under'", () => {
    const text =
      "Blogger Ho Van Tai was detained in Can Tho on May 2 under Article 117 and poet Lam Thi Ut in Hue on June 9 under Article 331.";
    expect(
      brief(events(text, [["Ho Van Tai"], ["Lam Thi Ut"]]), ["type", "person", "date", "place"]),
    ).toEqual([
      { type: "arrest", person: "Ho Van Tai", date: "2023-05-02", place: "Can Tho" },
      { type: "arrest", person: "Lam Thi Ut", date: "2023-06-09", place: "Hue" },
    ]);
  });

  it("reads each term after its name", () => {
    const text =
      "Mai Van Son was sentenced to six years on March 3; teacher Ho Thi Tu to five years on April 4; and Kha Van Loi to 30 months on May 5.";
    expect(
      brief(events(text, [["Mai Van Son"], ["Ho Thi Tu"], ["Kha Van Loi"]]), [
        "person",
        "date",
        "sentenceMonths",
      ]),
    ).toEqual([
      { person: "Mai Van Son", date: "2023-03-03", sentenceMonths: 72 },
      { person: "Ho Thi Tu", date: "2023-04-04", sentenceMonths: 60 },
      { person: "Kha Van Loi", date: "2023-05-05", sentenceMonths: 30 },
    ]);
  });
});

describe("events: one subject, several verbs", () => {
  it("dates each verb by its own words, and 'that year' by the year before it", () => {
    const text =
      "Teacher Ngo Thi Lan was arrested in Vinh on March 2, 2020 and sentenced by the People's Court of Nghe An in October that year to five years in prison.";
    expect(
      brief(events(text, [["Ngo Thi Lan"]]), ["type", "date", "place", "sentenceMonths"]),
    ).toEqual([
      { type: "arrest", date: "2020-03-02", place: "Vinh", sentenceMonths: null },
      { type: "sentence", date: "2020-10", place: "Nghe An", sentenceMonths: 60 },
    ]);
  });

  it("reads 'who received' as the name before it", () => {
    const text =
      "The court jailed Mai Van Hoa for six years, together with his cousin Mai Van Duc, who received four years.";
    expect(
      brief(events(text, [["Mai Van Hoa"], ["Mai Van Duc"]]), ["person", "sentenceMonths"]),
    ).toEqual([
      { person: "Mai Van Hoa", sentenceMonths: 72 },
      { person: "Mai Van Duc", sentenceMonths: 48 },
    ]);
  });

  it("dates the people named after a lead that names no one by the lead's date", () => {
    const text =
      "A provincial court on Tuesday sentenced two land-rights campaigners to prison.\n\nThe court jailed Lo Van Sinh for six years and his neighbour Lo Thi Nhung for four years.\n\nSinh had been detained before, in a dispute over grazing land.";
    expect(
      brief(events(text, [["Lo Van Sinh"], ["Lo Thi Nhung"]]), ["type", "person", "date"]),
    ).toEqual([
      { type: "sentence", person: "Lo Van Sinh", date: "2023-06-13" },
      { type: "sentence", person: "Lo Thi Nhung", date: "2023-06-13" },
      { type: "arrest", person: "Lo Van Sinh", date: null },
    ]);
  });

  it("reads past an age and a description set off after the name", () => {
    const text =
      "Police freed the engineer Ta Quang Linh on Monday. Linh, 61, a retired teacher, was arrested in Hue in 2019.";
    expect(brief(events(text, [["Ta Quang Linh"]]), ["type", "person"])).toEqual([
      { type: "release", person: "Ta Quang Linh" },
      { type: "arrest", person: "Ta Quang Linh" },
    ]);
  });

  it("takes walking out of prison for a release", () => {
    const text = "Writer Pham Thanh Ha walked out of prison on Monday after serving her full term.";
    expect(brief(events(text, [["Pham Thanh Ha"]]), ["type", "date"])).toEqual([
      { type: "release", date: "2023-06-12" },
    ]);
  });
});

describe("events: deaths in custody", () => {
  it.each<[string, Partial<Brief>[]]>([
    [
      "Lay preacher Dinh Van Phu died at Ba Sao prison on March 30, his family said.",
      [
        {
          type: "death-in-custody",
          person: "Dinh Van Phu",
          date: "2023-03-30",
          place: "Ba Sao prison",
        },
      ],
    ],
    ["Lay preacher Dinh Van Phu died at home on March 30, his family said.", []],
  ])("%s", (text, expected) => {
    expect(brief(events(text, [["Dinh Van Phu"]]), ["type", "person", "date", "place"])).toEqual(
      expected.map((e) => ({ type: e.type, person: e.person, date: e.date, place: e.place })),
    );
  });
});

describe("events: what is not an event", () => {
  it.each([
    "If convicted, Nguyen Ha Phuong faces up to 20 years in prison.",
    "Nguyen Ha Phuong could face 10 to 20 years if she is convicted.",
    "Nguyen Ha Phuong spoke of the risk of arrest that bloggers run.",
    "No one is arrested for their opinions, the spokesman said of Nguyen Ha Phuong.",
    "Her lawyers requested the immediate release of Nguyen Ha Phuong.",
    "Nguyen Ha Phuong remains at home awaiting trial.",
    "Twenty years ago Nguyen Ha Phuong would have been jailed for such a post.",
    "Reporters and lawyers there often face arbitrary arrest and long pretrial detention.",
    "“I appeal to them not to forget Nguyen Ha Phuong,” her mother said.",
  ])("%s", (text) => {
    expect(events(text, [["Nguyen Ha Phuong"]])).toEqual([]);
  });

  it("keeps the penalty a charge carries on the indictment, not as a sentence", () => {
    const text =
      "Prosecutors charged Nguyen Ha Phuong with 'propaganda against the state'. She could face up to 20 years.";
    expect(events(text, [["Nguyen Ha Phuong"]])).toEqual([
      expect.objectContaining({
        type: "indictment",
        sentenceMonths: null,
        potentialMonths: { min: null, max: 240 },
      }),
    ]);
  });
});

describe("events: told in the first person inside a quotation", () => {
  const told = (text: string): Partial<Brief>[] =>
    analyze({ text, date: "2021-04-27" }).events.map((e) => ({
      type: e.type,
      person: e.person,
      date: e.date,
    }));

  it("gives the quoted speaker the events told with “I” and “me”, with their own dates only", () => {
    expect(
      told(
        "Police arrested three farmers in Long An in March 2021. Journalist Tran Van Hai told us: “When I was arrested it was another law. They held me for a year.”",
      ),
    ).toEqual(expect.arrayContaining([{ type: "arrest", person: "Tran Van Hai", date: null }]));
  });

  it("leaves “I” alone outside a quotation, and in the words of a speaker it cannot name", () => {
    expect(told("“I was arrested at dawn,” a former prisoner said.")).toEqual([]);
  });
});
