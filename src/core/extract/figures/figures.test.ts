import { describe, expect, it } from "vitest";
import { analyze, type ExtractionPass } from "../../analyze.js";
import type { Figure, Statement } from "../../types.js";
import { figuresPass } from "./index.js";

type Seen = Partial<Omit<Figure, "start" | "end">>;

function figures(text: string, date: string | null = "2021-03-01"): Figure[] {
  return analyze({ text, date }, [figuresPass]).figures;
}

/** Each figure with the fields the case names: the table says what matters for it. */
function seen(text: string, date: string | null, fields: (keyof Seen)[]): Seen[] {
  return figures(text, date).map((f) => Object.fromEntries(fields.map((k) => [k, f[k]])) as Seen);
}

describe("figures: what is counted, and how", () => {
  it.each<[string, Seen[]]>([
    [
      "Police detained more than 300 protesters in the capital on Sunday.",
      [
        {
          text: "more than 300",
          value: 300,
          bound: "gt",
          unit: "count",
          what: "protesters in the capital",
        },
      ],
    ],
    [
      "The monitor counts at least 150 political prisoners.",
      [
        {
          text: "at least 150",
          value: 150,
          bound: "gte",
          unit: "count",
          what: "political prisoners",
        },
      ],
    ],
    [
      "Fewer than 20 lawyers agreed to take such cases.",
      [{ text: "Fewer than 20", value: 20, bound: "lt", unit: "count", what: "lawyers" }],
    ],
    [
      "Up to 5,000 worshippers could face eviction.",
      [{ text: "Up to 5,000", value: 5000, bound: "lte", unit: "count", what: "worshippers" }],
    ],
    [
      "Some two hundred villagers blocked the road.",
      [{ text: "Some two hundred", value: 200, bound: "approx", unit: "count", what: "villagers" }],
    ],
    [
      // (A word every object inherits a property of, "constructor", is no number word.)
      "More than two hundred constructor workers were detained.",
      [
        {
          text: "More than two hundred",
          value: 200,
          bound: "gt",
          unit: "count",
          what: "constructor workers detained",
        },
      ],
    ],
    [
      "Nearly 1.5 million people signed the petition.",
      [
        {
          text: "Nearly 1.5 million",
          value: 1500000,
          bound: "approx",
          unit: "count",
          what: "people",
        },
      ],
    ],
    [
      "Twenty-five bloggers remain behind bars.",
      [
        {
          text: "Twenty-five",
          value: 25,
          bound: "eq",
          unit: "count",
          what: "bloggers behind bars",
        },
      ],
    ],
    [
      "In all, 25 or more bloggers were jailed.",
      [{ text: "25 or more", value: 25, bound: "gte", unit: "count", what: "bloggers jailed" }],
    ],
    [
      "Nearly 75 percent of the country's population now use social networks.",
      [{ value: 75, bound: "approx", unit: "percent", what: "population using social networks" }],
    ],
    [
      "The arrest brings to seven the number of bloggers detained in the province.",
      [{ value: 7, bound: "eq", unit: "count", what: "bloggers detained in the province" }],
    ],
    [
      "Officers questioned at least 15 villagers about the petition last week.",
      [{ value: 15, bound: "gte", unit: "count", what: "villagers about the petition last week" }],
    ],
    [
      "About 40 per cent of respondents have been questioned by police.",
      [{ value: 40, bound: "approx", unit: "percent", what: "respondents questioned by police" }],
    ],
    [
      "Half of the detainees are held far from their families.",
      [
        {
          text: "Half",
          value: 50,
          unit: "percent",
          what: "detainees held far from their families",
        },
      ],
    ],
    [
      "The court fined him 30 triệu đồng and ordered a 500 million VND bail.",
      [
        { text: "30 triệu đồng", value: 30000000, unit: "currency" },
        { text: "500 million VND", value: 500000000, unit: "currency" },
      ],
    ],
    [
      "The 12 land petitioners were sentenced to a combined 58 years in prison.",
      [
        { text: "12", value: 12, unit: "count", what: "land petitioners sentenced" },
        { text: "58 years", value: 58, unit: "years", what: "years in prison" },
      ],
    ],
    [
      "Of the prisoners, 41 who were arrested last year remain in pre-trial detention.",
      [{ text: "41", what: "arrested" }],
    ],
    [
      "She had lost about 15 kilograms, her sister said.",
      [
        {
          text: "about 15 kilograms",
          value: 15,
          bound: "approx",
          unit: "other",
          what: "kilograms",
        },
      ],
    ],
    [
      "Article 331 carries up to seven years in prison.",
      [
        {
          text: "up to seven years",
          value: 7,
          bound: "lte",
          unit: "years",
          what: "years in prison",
        },
      ],
    ],
    [
      "In 2023, police arrested eleven activists and the courts convicted seven, sentencing them to a combined 60 years in prison.",
      [
        { text: "eleven", what: "activists" },
        { text: "seven", what: "activists" },
        { text: "60 years", what: "years in prison" },
      ],
    ],
    ["Five were released in March.", [{ text: "Five", what: "released" }]],
    [
      "Officers held 19 others in a police station for two days.",
      [{ text: "19", what: "others in a police station" }],
    ],
    ["Five of the defendants pleaded guilty.", [{ text: "Five", what: "defendants" }]],
    [
      "Authorities arrested 14 journalists and three more activists this month.",
      [
        { text: "14", what: "journalists" },
        { text: "three", what: "more activists" },
      ],
    ],
  ])("%s", (text, expected) => {
    const fields = [...new Set(expected.flatMap((e) => Object.keys(e)))] as (keyof Seen)[];
    expect(seen(text, "2021-03-01", fields)).toEqual(expected);
  });
});

describe("figures: numbers that are not figures", () => {
  it.each([
    "Nguyen Van Binh, 52, was jailed for nine years, followed by three years of house arrest.",
    "Prosecutors invoked Article 117 of the penal code adopted in 2015.",
    "The indictment cites Articles 109, 117 and 331, and Clause 2 of Article 88.",
    "Prosecutors issued a 12-page indictment against the 61-year-old writer.",
    "In its 48-page report, the group listed many abuses.",
    "The trial lasted from 8 am until 6 pm, four hours longer than planned.",
    "She spent 18 months in custody and was freed at 7 pm.",
    "Dozens of petitioners and thousands of supporters gathered outside.",
    "One well-known blogger was released in 2019.",
    "The elections of 2016 and the 14th Party Congress drew little notice.",
    "Call the hotline on +84 912 345 678 to report abuse.",
    "He faces between 12 and 20 years in jail if convicted.",
    "The COVID-19 rules were used against protesters in District 1.",
    "Thousands marched in the second half of 2020.",
    "Four activists went on hunger strike. The four activists denied the charges.",
    "The two squabbled over the plan, and he is serving nine.",
    "A litre of petrol now costs 12 United States cents more.",
    "She shared the prize with two other groups, the Delta Legal Aid Centre and Mekong Voices.",
    "The court on Monday sentenced two activists, Tran Van A and Le Thi B, to six years each.",
  ])("%s", (text) => {
    const found = figures(text).filter((f) => f.text !== "Four");
    expect(found.map((f) => f.text)).toEqual([]);
  });

  it("keeps the first mention and drops the repeat of the same number", () => {
    const found = figures("Four activists went on hunger strike. The four activists denied it.");
    expect(found.map((f) => [f.text, f.what])).toEqual([["Four", "activists"]]);
  });
});

describe("figures: as of", () => {
  it.each<[string, string | null, Seen[]]>([
    [
      "As of March 1, 2021, the list holds 187 prisoners of conscience.",
      "2021-03-05",
      [{ asOf: "2021-03-01", asOfSource: "explicit" }],
    ],
    [
      "By the end of 2020, authorities had detained 57 bloggers.",
      "2021-03-05",
      [{ asOf: "2020-12-31", asOfSource: "explicit" }],
    ],
    [
      "In 2019, police arrested 38 land rights activists.",
      "2020-01-02",
      [{ asOf: "2019", asOfSource: "explicit" }],
    ],
    [
      "Vietnam currently holds at least 150 political prisoners.",
      "2021-03-05",
      [{ asOf: "2021-03-05", asOfSource: "article-date" }],
    ],
    [
      "Some 90 people have received death sentences since the coup in February 2021.",
      "2022-06-30",
      [{ asOf: "2022-06-30", asOfSource: "article-date" }],
    ],
    [
      "Police arrested 12 farmers on Saturday.",
      "2021-03-01",
      [{ asOf: "2021-02-27", asOfSource: "explicit" }],
    ],
    [
      "Police arrested 12 farmers after the protest.",
      "2021-03-01",
      [{ asOf: null, asOfSource: null }],
    ],
    [
      "As of June 30, 2022, there are 112 detainees. There are also 36 people under house arrest.",
      "2022-07-01",
      [
        { asOf: "2022-06-30", asOfSource: "explicit" },
        { asOf: "2022-06-30", asOfSource: "explicit" },
      ],
    ],
  ])("%s", (text, date, expected) => {
    expect(seen(text, date, ["asOf", "asOfSource"])).toEqual(expected);
  });

  it.each<[string, Seen[]]>([
    ["Hanoi Holds 120 Political Prisoners\n\nThe list was updated.", [{ asOf: null }]],
    ["Article 331 carries up to seven years in prison.", [{ asOf: null }]],
    ["The prison is more than 300 kilometres from her home.", [{ asOf: null }]],
  ])("no as-of date for a headline, a legal maximum or a measure: %s", (text, expected) => {
    expect(seen(text, "2021-03-05", ["asOf"])).toEqual(expected);
  });

  it("warns when a figure is stated in the present but the document has no date", () => {
    const a = analyze({ text: "The group currently counts 80 prisoners." }, [figuresPass]);
    expect(a.figures[0]!.asOf).toBeNull();
    expect(a.warnings.map((w) => w.code)).toEqual(["VIGIL_WARN_FIGURE_UNDATED"]);
  });
});

describe("figures: publisher", () => {
  it.each<[string, (string | null)[]]>([
    [
      "According to statistics from the Vietnam Prisoner Watch, there are 187 activists behind bars.",
      ["Vietnam Prisoner Watch"],
    ],
    ["According to The 29 Network, 64 monks remain in detention.", ["The 29 Network"]],
    ["The Mekong Rights Centre’s latest tally lists 95 detainees.", ["Mekong Rights Centre"]],
    ["Police detained 40 students, the rights group Freedom Now said.", ["Freedom Now"]],
    ["At least 22 people were killed, reported the Delta Herald.", ["Delta Herald"]],
    ["At least 22 people were killed, state media reported.", ["state media"]],
    [
      "The Asia Justice Foundation published its findings on Tuesday. The group said 12 lawyers had been disbarred.",
      ["The Asia Justice Foundation"],
    ],
    [
      "According to the US-based Rights Monitor Asia, 17 journalists are in prison. There are also 9 bloggers awaiting trial.",
      ["Rights Monitor Asia", "Rights Monitor Asia"],
    ],
    ["His lawyer, one of four lawyers on the case, said Binh, 40, had lost weight.", [null]],
    ["Police detained 40 students on Monday.", [null]],
  ])("%s", (text, expected) => {
    expect(figures(text).map((f) => f.publisher)).toEqual(expected);
  });

  it("resolves a short name to the fullest one written before, and a role to its holder", () => {
    expect(
      figures(
        "Lawyer Tran Quoc Viet called the case weak. Viet said the prosecution cited 41 posts.",
      ).map((f) => f.publisher),
    ).toEqual(["Tran Quoc Viet"]);
    expect(
      figures(
        "Spokesperson Nguyen Thi Lan spoke on Thursday. According to the spokesperson, more than 60 million people use social media.",
      ).map((f) => f.publisher),
    ).toEqual(["Nguyen Thi Lan"]);
  });

  it("gives figures nobody is cited for to the organisation in the byline", () => {
    const text =
      "Year-end count\n\nRights Monitor Asia, January 5, 2023\n\nIn 2022, the authorities arrested 14 bloggers. According to state media, 6 were released.";
    expect(figures(text, "2023-01-05").map((f) => f.publisher)).toEqual([
      "Rights Monitor Asia",
      "state media",
    ]);
  });

  it("ignores a speaker that is only a pronoun", () => {
    const text = "Officials gave no details. “We hold 12 people,” she said.";
    const quote = text.indexOf("We");
    const statements: ExtractionPass = {
      name: "statements",
      run(_ctx, analysis) {
        analysis.statements.push({
          start: quote,
          end: quote + 18,
          text: text.slice(quote, quote + 18),
          kind: "direct",
          cue: null,
          cueStart: null,
          cueEnd: null,
          segments: [[quote, quote + 18]],
          speaker: {
            start: 0,
            end: 0,
            mention: "she",
            name: "she",
            kind: "person",
            role: null,
            org: null,
            actor: null,
          },
          date: null,
          respondsTo: null,
          response: null,
        });
      },
    };
    const a = analyze({ text, date: "2021-06-24" }, [statements, figuresPass]);
    expect(a.figures.map((f) => f.publisher)).toEqual([null]);
  });

  it("lets an unattributed quote continue the statement just before it", () => {
    const text =
      "Lan said that the press is free. “Indeed, over 70% of our people use the Internet.”";
    const statements: ExtractionPass = {
      name: "statements",
      run(_ctx, analysis) {
        analysis.statements.push({
          start: 9,
          end: 32,
          text: text.slice(9, 32),
          kind: "indirect",
          cue: "said",
          cueStart: 4,
          cueEnd: 8,
          segments: [[14, 31]],
          speaker: {
            start: 0,
            end: 3,
            mention: "Lan",
            name: "Nguyen Thi Lan",
            kind: "person",
            role: null,
            org: null,
            actor: null,
          },
          date: null,
          respondsTo: null,
          response: null,
        });
      },
    };
    const a = analyze({ text, date: "2021-06-24" }, [statements, figuresPass]);
    expect(a.figures.map((f) => [f.text, f.publisher])).toEqual([["over 70%", "Nguyen Thi Lan"]]);
  });

  // Every pass run: the statement's speaker is a description, kept when it names people by a role.
  it.each<[string, string | null]>([
    [
      "A relative who waited outside the courthouse said that more than 40 police had surrounded the building.",
      "A relative who waited outside the courthouse",
    ],
    // The organisation a preposition governs is not who spoke.
    [
      "A relative who waited outside the court said that more than 40 police had surrounded the building.",
      "A relative who waited outside the court",
    ],
    [
      "A priest who had travelled from the ministry said that about 200 parishioners had gathered.",
      "A priest who had travelled from the ministry",
    ],
    ["Two analysts said that about 30 percent of the factory's workers had left.", "Two analysts"],
    ["The reports said that 30 people were detained in the raid.", null],
  ])("takes a described speaker as publisher when it names people: %s", (text, publisher) => {
    const a = analyze({ text, date: "2023-01-05" });
    expect(a.figures.map((f) => f.publisher)).toEqual([publisher]);
  });

  it("takes the speaker of a statement found earlier when the text names no publisher", () => {
    const text =
      "Hang spoke about the EU report.\n\n“Indeed, over 70% of our people use the Internet.”";
    const quote = text.indexOf("Indeed");
    const statements: ExtractionPass = {
      name: "statements",
      run(_ctx, analysis) {
        const statement: Statement = {
          start: quote,
          end: text.length - 1,
          text: text.slice(quote, text.length - 1),
          kind: "direct",
          cue: null,
          cueStart: null,
          cueEnd: null,
          segments: [[quote, text.length - 1]],
          speaker: {
            start: 0,
            end: 4,
            mention: "Hang",
            name: "Le Thi Thu Hang",
            kind: "person",
            role: null,
            org: null,
            actor: null,
          },
          date: null,
          respondsTo: null,
          response: null,
        };
        analysis.statements.push(statement);
      },
    };
    const a = analyze({ text, date: "2021-06-24" }, [statements, figuresPass]);
    expect(a.figures.map((f) => [f.text, f.publisher])).toEqual([["over 70%", "Le Thi Thu Hang"]]);
  });
});

describe("figures: part of", () => {
  it.each<[string, (number | null)[], (string | null)[]]>([
    [
      "There are 187 activists behind bars, of whom 41 are women and 22 are Catholic priests.",
      [null, 0, 0],
      ["activists behind bars", "women", "Catholic priests"],
    ],
    [
      "Police arrested 27 people, including four journalists, in the raid.",
      [null, 0],
      ["people", "journalists"],
    ],
    [
      "The network lists 240 prisoners of faith. Police searched their homes. The figure includes 200 who have been convicted and 40 others held without trial.",
      [null, 0, 0],
      [
        "prisoners of faith",
        "convicted prisoners of faith",
        "prisoners of faith held without trial",
      ],
    ],
    [
      "Authorities hold 120 detainees in the province. Of the 120, 35 are ethnic Hmong people.",
      [null, 0],
      ["detainees in the province", "ethnic Hmong people"],
    ],
    [
      "The monitor lists 64 people at risk. Of these, 30 are in detention, of whom 9 are women and 7 belong to ethnic minorities.",
      [null, 0, 1, 1],
      ["people at risk", "people in detention", "women", "people belonging to ethnic minorities"],
    ],
    [
      "As of June 1, 2023, 52 people are detained for their activism, 21 of them under Article 117.",
      [null, 0],
      ["people detained", "people"],
    ],
    [
      "The group counts 52 detainees. Twenty of the 52, or 38 percent, are held under Article 117.",
      [null, 0, null],
      ["detainees", "detainees", null],
    ],
    [
      "Vietnam accepted 180 of the 260 recommendations it received.",
      [1, null],
      ["recommendations", "recommendations"],
    ],
    [
      "Police detained 30 protesters and 45 students on Sunday.",
      [null, null],
      ["protesters", "students"],
    ],
  ])("%s", (text, partOf, what) => {
    const found = figures(text);
    expect(found.map((f) => f.partOf)).toEqual(partOf);
    expect(found.map((f) => f.what)).toEqual(what);
  });

  it("parts inherit the whole's as-of date and publisher", () => {
    const found = figures(
      "According to the Delta Rights Group, as of May 1, 2021, 90 people are detained, of whom 12 are minors.",
    );
    expect(found.map((f) => [f.value, f.asOf, f.publisher, f.partOf])).toEqual([
      [90, "2021-05-01", "Delta Rights Group", null],
      [12, "2021-05-01", "Delta Rights Group", 0],
    ]);
  });

  it("indexes partOf into the document's figures, after any found by earlier passes", () => {
    const earlier: ExtractionPass = {
      name: "earlier",
      run(_ctx, analysis) {
        analysis.figures.push({ ...figures("Police hold 5 monks.")[0]! });
      },
    };
    const a = analyze({ text: "There are 60 detainees, including 7 women.", date: "2021-03-01" }, [
      earlier,
      figuresPass,
    ]);
    expect(a.figures.map((f) => f.partOf)).toEqual([null, null, 1]);
  });
});

describe("figures: offsets", () => {
  it("gives every figure's text as the slice of the document at its offsets", () => {
    const text =
      "HANOI — Over 60% of users are online daily.\n\nAccording to the Delta Rights Group, 90 people are detained, of whom about 12 are minors.";
    for (const f of figures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(figures(text)).toHaveLength(3);
  });
});
