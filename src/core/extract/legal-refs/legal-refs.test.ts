import { describe, expect, it } from "vitest";
import { buildContext } from "../../text/doc-context.js";
import type { DocumentInput, LegalRef } from "../../types.js";
import { extractLegalRefs } from "./index.js";

type Expected = Partial<
  Pick<
    LegalRef,
    "text" | "jurisdiction" | "law" | "article" | "clause" | "point" | "statute" | "offense"
  >
>;

const refs = (input: string | DocumentInput): LegalRef[] =>
  extractLegalRefs(
    buildContext(typeof input === "string" ? { text: input, date: "2021-06-01" } : input),
  );

const VN = "vn/criminal-code-2015";
const KH = "kh/criminal-code-2009";

function expectRefs(input: string | DocumentInput, expected: Expected[]): void {
  const got = refs(input);
  const picked = got.map((r, i) => {
    const keys = Object.keys(expected[i] ?? expected[0] ?? {});
    return Object.fromEntries(keys.map((k) => [k, r[k as keyof LegalRef]]));
  });
  expect(picked).toEqual(expected);
  const text = typeof input === "string" ? input : input.text;
  for (const r of got) expect(text.slice(r.start, r.end)).toBe(r.text);
}

describe("article citations", () => {
  it.each<[string, Expected[]]>([
    [
      "The blogger was charged under Article 117 of the Criminal Code 2015 after posting videos.",
      [
        {
          text: "Article 117 of the Criminal Code 2015",
          jurisdiction: "VN",
          law: "Criminal Code 2015",
          article: "117",
          statute: `${VN}/117`,
        },
      ],
    ],
    [
      "Police in Đà Nẵng arrested her, citing Article 117 of the 2015 Criminal Code.",
      [{ text: "Article 117 of the 2015 Criminal Code", article: "117", statute: `${VN}/117` }],
    ],
    [
      "Rights groups want Vietnam to repeal Articles 109, 117, 331 of its Criminal Code.",
      [
        { text: "Articles 109", article: "109", statute: `${VN}/109` },
        { text: "117", article: "117", statute: `${VN}/117` },
        { text: "331 of its Criminal Code", article: "331", statute: `${VN}/331` },
      ],
    ],
    [
      "Hanoi keeps using Articles 109, 117 and 331 against peaceful critics.",
      [
        { article: "109", statute: `${VN}/109` },
        { article: "117", statute: `${VN}/117` },
        { article: "331", statute: `${VN}/331` },
      ],
    ],
    [
      "Vietnam's Criminal Code, through Articles 109 and 117, reaches online speech.",
      [
        { text: "Articles 109", law: "Criminal Code 2015", statute: `${VN}/109` },
        { text: "117", law: "Criminal Code 2015", statute: `${VN}/117` },
      ],
    ],
    [
      "In 2016 a Hanoi court convicted him under Article 88 of the 1999 Penal Code.",
      [
        {
          text: "Article 88 of the 1999 Penal Code",
          law: "Penal Code 1999",
          article: "88",
          statute: "vn/penal-code-1999/88",
        },
      ],
    ],
    [
      "She was tried under Clause 1, Article 331 of the Criminal Code in Hà Nội.",
      [
        {
          text: "Clause 1, Article 331 of the Criminal Code",
          article: "331",
          clause: "1",
          statute: `${VN}/331`,
        },
      ],
    ],
    [
      "Prosecutors in Hanoi invoked Clause 2 of Article 117, which carries ten to twenty years.",
      [{ text: "Clause 2 of Article 117", article: "117", clause: "2", statute: `${VN}/117` }],
    ],
    [
      "The indictment from Vietnam cites Article 117(2) of the Criminal Code.",
      [{ article: "117", clause: "2", statute: `${VN}/117` }],
    ],
    [
      "He faces Point a, Clause 1, Article 117 of the Criminal Code, the Vietnamese police said.",
      [
        {
          text: "Point a, Clause 1, Article 117 of the Criminal Code",
          article: "117",
          clause: "1",
          point: "a",
          statute: `${VN}/117`,
        },
      ],
    ],
    [
      "Ba bị khởi tố theo khoản 1 Điều 331 Bộ luật Hình sự năm 2015.",
      [
        {
          text: "khoản 1 Điều 331 Bộ luật Hình sự năm 2015",
          jurisdiction: "VN",
          law: "Criminal Code 2015",
          clause: "1",
          statute: `${VN}/331`,
        },
      ],
    ],
    [
      "Ông bị bắt về tội tuyên truyền theo Điều 117 Bộ luật Hình sự.",
      [
        {
          text: "Điều 117 Bộ luật Hình sự",
          jurisdiction: "VN",
          article: "117",
          statute: `${VN}/117`,
        },
      ],
    ],
    [
      "Ong bi bat theo Dieu 117 Bo luat Hinh su nam 2015.",
      [
        {
          text: "Dieu 117 Bo luat Hinh su nam 2015",
          jurisdiction: "VN",
          article: "117",
          statute: `${VN}/117`,
        },
      ],
    ],
    [
      "The Hanoi activist was detained under Article 117 on Tuesday.",
      [
        {
          text: "Article 117",
          jurisdiction: "VN",
          law: "Criminal Code 2015",
          statute: `${VN}/117`,
        },
      ],
    ],
    [
      "Vietnam's penal code also has Article 160 (infringement of citizens’ voting rights) on its books.",
      [
        {
          text: "Article 160",
          article: "160",
          statute: `${VN}/160`,
          offense:
            "Infringement upon citizens' rights to vote, to stand for election or to vote in a referendum",
        },
      ],
    ],
    [
      "In Belarus, Part 2 of Article 342 of the Criminal Code was used against the Viasna staff.",
      [
        {
          text: "Part 2 of Article 342 of the Criminal Code",
          jurisdiction: "BY",
          article: "342",
          clause: "2",
          statute: "by/criminal-code-1999/342",
        },
      ],
    ],
    [
      "The Minsk court applied Article 361-1 of the Criminal Code to the chat administrators.",
      [{ article: "361-1", statute: "by/criminal-code-1999/361-1" }],
    ],
    [
      "A Minsk judge cited Article 342 and Article 361-1 of the Criminal Code.",
      [
        { text: "Article 342", statute: "by/criminal-code-1999/342" },
        { text: "Article 361-1 of the Criminal Code", statute: "by/criminal-code-1999/361-1" },
      ],
    ],
    [
      "A Phnom Penh court jailed the garment union leader for incitement to commit a felony under Articles 494 and 495 of the Criminal Code.",
      [
        { jurisdiction: "KH", article: "494", statute: `${KH}/494` },
        { jurisdiction: "KH", article: "495", statute: `${KH}/495` },
      ],
    ],
    [
      "The Siem Reap court sentenced the retired Cambodian barber under Article 437 bis of the Criminal Code over a shared Facebook post about the King.",
      [
        {
          text: "Article 437 bis of the Criminal Code",
          jurisdiction: "KH",
          law: "Criminal Code of the Kingdom of Cambodia",
          article: "437-bis",
          statute: `${KH}/437-bis`,
          offense: "Insult of the King",
        },
      ],
    ],
    [
      "Cambodia charged the opposition leader under Article 443 of the Criminal Code and, later, a lawyer under Article 522.",
      [
        { text: "Article 443 of the Criminal Code", statute: `${KH}/443` },
        { text: "Article 522", statute: `${KH}/522` },
      ],
    ],
    [
      "A Cambodian land activist was convicted under Article 495 of the Penal Code 2009 in Kampong Speu.",
      [{ law: "Criminal Code of the Kingdom of Cambodia", article: "495", statute: `${KH}/495` }],
    ],
    [
      "A Hanoi court jailed the blogger under Article 117 after his posts on Cambodia and on Vietnam's land seizures.",
      [{ jurisdiction: "VN", article: "117", statute: `${VN}/117` }],
    ],
    [
      "Beijing charged the lawyers under Article 105, paragraph 2, of the Criminal Law.",
      [
        {
          jurisdiction: "CN",
          article: "105",
          clause: "2",
          statute: "cn/criminal-law-1997/105(2)",
          offense: "Inciting subversion of state power",
        },
      ],
    ],
  ])("%s", (input, expected) => expectRefs(input, expected));
});

describe("articles of other instruments", () => {
  it.each<[string, Expected[]]>([
    [
      "Critics say Article 117 breaches Article 19 of the ICCPR, which Vietnam ratified.",
      [
        { text: "Article 117", jurisdiction: "VN", statute: `${VN}/117` },
        {
          text: "Article 19 of the ICCPR",
          jurisdiction: "INTL",
          law: "International Covenant on Civil and Political Rights",
          statute: null,
        },
      ],
    ],
    [
      "Article 25 of the 2013 Constitution guarantees freedom of speech in Vietnam.",
      [
        {
          text: "Article 25 of the 2013 Constitution",
          jurisdiction: "VN",
          law: "Constitution 2013",
          article: "25",
          statute: null,
        },
      ],
    ],
    [
      "The NGO cited Article 20 of the Universal Declaration of Human Rights.",
      [
        {
          jurisdiction: "INTL",
          law: "Universal Declaration of Human Rights",
          article: "20",
          statute: null,
        },
      ],
    ],
  ])("%s", (input, expected) => expectRefs(input, expected));

  it("names the country of a code the catalogue does not hold", () => {
    expectRefs("A Yangon court applied Article 505 of the Penal Code to the student leader.", [
      { jurisdiction: "MM", law: "Penal Code", article: "505", statute: null },
    ]);
  });

  it("leaves a bare article of an unknown country unresolved", () => {
    expectRefs("The decree's Article 4 was amended last year.", [
      { text: "Article 4", jurisdiction: null, law: null, article: "4", statute: null },
    ]);
  });

  it.each([
    ["A Hanoi court sentenced him under Article 117, 10 years in prison, on Monday."],
    ["The Vietnamese blogger was jailed under Article 5 to 12 years, his lawyer said."],
    ["Hanoi cited Article 88, 2016 being the year of his first arrest."],
  ])("stops a list at a quantity or a year: %s", (text) => {
    expect(refs(text)).toHaveLength(1);
  });

  it("does not read numbered words that are not citations", () => {
    expect(refs("She wrote 12 articles about the 2015 floods and posted 3 more.")).toEqual([]);
  });
});

describe("offences named without a number", () => {
  it.each<[string, Expected[]]>([
    [
      "The Hanoi court jailed the Facebook user for “abusing democratic freedoms”.",
      [
        {
          text: "abusing democratic freedoms",
          jurisdiction: "VN",
          law: "Criminal Code 2015",
          article: "331",
          statute: `${VN}/331`,
        },
      ],
    ],
    [
      "Vietnamese authorities accused her of conducting propaganda against the state.",
      [{ text: "conducting propaganda against the state", article: "117", statute: `${VN}/117` }],
    ],
    [
      "Six Vietnamese activists were tried for “attempting to overthrow the people’s administration.”",
      [{ article: "109", statute: `${VN}/109` }],
    ],
    [
      "Police in Phnom Penh arrested the union organiser on a charge of incitement to commit a felony.",
      [{ text: "incitement to commit a felony", jurisdiction: "KH", statute: `${KH}/495` }],
    ],
    [
      "A Cambodian court jailed the teacher for “insulting the King” in a comment on Facebook.",
      [{ text: "insulting the King", article: "437-bis", statute: `${KH}/437-bis` }],
    ],
    [
      "A court in Shandong sentenced the Chinese lawyer for subversion of state power.",
      [{ jurisdiction: "CN", article: "105", clause: "1", statute: "cn/criminal-law-1997/105(1)" }],
    ],
    [
      "Most of Vietnam's detainees were convicted of security crimes such as subversion.",
      [{ text: "subversion", statute: `${VN}/109` }],
    ],
    [
      "Viet Nam ha bat ong vi toi loi dung cac quyen tu do dan chu.",
      [{ text: "loi dung cac quyen tu do dan chu", statute: `${VN}/331` }],
    ],
  ])("%s", (input, expected) => expectRefs(input, expected));

  it("reads a pre-2018 report in the 1999 code", () => {
    expectRefs(
      {
        text: "A Vietnamese court jailed three bloggers for abusing democratic freedoms.",
        date: "2016-04-01",
      },
      [{ law: "Penal Code 1999", article: "258", statute: "vn/penal-code-1999/258" }],
    );
  });

  it("reads the name in the code the sentence names", () => {
    expectRefs(
      {
        text: "He was among the last Vietnamese held under the 1999 Penal Code for subversion.",
        date: "2024-07-01",
      },
      [
        {
          text: "subversion",
          law: "Penal Code 1999",
          article: "79",
          statute: "vn/penal-code-1999/79",
        },
      ],
    );
  });

  it("skips a name inside someone's longer quoted words", () => {
    expect(
      refs(
        "In Hanoi, her lawyer said: “If telling the truth is propaganda against the state, so be it.”",
      ),
    ).toEqual([]);
  });

  it("keeps a quotation that opens with the name", () => {
    expectRefs(
      'A Vietnamese court jailed two monks for "abusing democratic freedoms to infringe upon the State\'s interests".',
      [{ text: "abusing democratic freedoms", statute: `${VN}/331` }],
    );
  });

  it("keeps a name that is the whole quotation", () => {
    expectRefs("A Hanoi court jailed him for “propaganda against the state”.", [
      { statute: `${VN}/117` },
    ]);
  });

  it("needs a charge word before a one-word name", () => {
    expect(refs("Vietnam fears subversion by foreign media, the minister said.")).toEqual([]);
  });

  it("does not repeat an offence the sentence already cites by number", () => {
    expectRefs(
      "In Vietnam he was sentenced under Article 117 of the Criminal Code 2015 for “conducting propaganda against the state”.",
      [{ article: "117", statute: `${VN}/117` }],
    );
  });

  it("leaves a name shared by several countries alone when the country is unknown", () => {
    expect(refs("He was later convicted of tax evasion.")).toEqual([]);
  });
});

describe("the same article", () => {
  it("cites the article cited just before", () => {
    expectRefs(
      "Police in Hanoi held a teacher under Article 117 in May; a pastor was held under the same article in June.",
      [
        { text: "Article 117", statute: `${VN}/117` },
        { text: "the same article", article: "117", statute: `${VN}/117` },
      ],
    );
  });
});

describe("jurisdiction", () => {
  it("takes the reader's hint over the document's mentions", () => {
    expectRefs(
      {
        text: "Police in Beijing cited Article 117 of the Criminal Code.",
        jurisdiction: "VN",
        date: "2021-01-01",
      },
      [{ jurisdiction: "VN", statute: `${VN}/117` }],
    );
  });

  it("takes the law the citation names over the document's country", () => {
    expectRefs(
      "Journalists in Hanoi compared it with Article 342 of the Criminal Code of Belarus.",
      [{ jurisdiction: "BY", statute: "by/criminal-code-1999/342" }],
    );
  });

  it("keeps offsets right after characters that fold to several", () => {
    const text = "Die Straße in Hanoi: Article 331 of the Criminal Code 2015.";
    expectRefs(text, [{ text: "Article 331 of the Criminal Code 2015", statute: `${VN}/331` }]);
  });
});
