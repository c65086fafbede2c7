import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

/** Each event as "type person months [charges] @place", every pass run. */
function told(text: string): string[] {
  return analyze({ text, date: "2023-11-20", jurisdiction: "VN" }).events.map(
    (e) =>
      `${e.type} ${e.person} ${e.sentenceMonths ?? "-"} [${e.charges
        .map((c) => c.replace(/^vn\/[a-z-]+-\d+\//, ""))
        .join(",")}] @${e.place ?? "-"}`,
  );
}

describe("events: who they are about", () => {
  it.each<[string, string, string[]]>([
    [
      "'Both' opening the clause is its subject",
      "Pastor Nguyen Van Hieu and farmer Tran Van Binh were jailed on Monday. Both were convicted under Article 116.",
      ["sentence Nguyen Van Hieu - [116] @-", "sentence Tran Van Binh - [116] @-"],
    ],
    [
      "'All three' stands for the people sentenced over the two sentences before",
      "The court jailed pastor Nguyen Van Hieu for seven years and farmer Tran Van Binh for five years. Farmer Le Van Nam, a man who was tried alongside them, received six years. All three were convicted under Article 116.",
      [
        "sentence Nguyen Van Hieu 84 [116] @-",
        "sentence Tran Van Binh 60 [116] @-",
        "trial Le Van Nam - [] @-",
        "sentence Le Van Nam 72 [116] @-",
      ],
    ],
    [
      "an object pronoun in an appositive is not the subject of the verb after it",
      "Farmer Siu Van Nam, a man who was tried with them, received six years.",
      ["trial Siu Van Nam - [] @-", "sentence Siu Van Nam 72 [] @-"],
    ],
    [
      "a term served, told in a relative clause",
      "Blogger Pham Van Diep, a former prisoner who served five years under Article 117, spoke to reporters.",
      ["sentence Pham Van Diep 60 [117] @-"],
    ],
    // Guards for "served": only a term right after it, and not part of one.
    [
      "serving as someone is no prison term",
      "Lawyer Dang Thi Hoa, who served as counsel for five years, spoke to reporters.",
      [],
    ],
    [
      "part of a term served is not the term",
      "Teacher Do Van Khanh has served three years of his nine-year sentence.",
      [],
    ],
    [
      "an object pronoun before 'since the arrest' is no possessor",
      "Police arrested teacher Mai Thi Lan on Monday. Her husband, Ho Van Hung, said two officers had followed him since the arrest.",
      ["arrest Mai Thi Lan - [] @-"],
    ],
    [
      "where someone spoke from is not where the event was",
      "Journalist Vo Van Son, who served four years, told reporters from Da Nang that he was watched.",
      ["sentence Vo Van Son 48 [] @-"],
    ],
  ])("%s", (_why, text, want) => {
    expect(told(text)).toEqual(want);
  });
});

describe("events: what a sentence tells besides its verb", () => {
  it.each<[string, string, string[]]>([
    [
      "a month named May is no modal 'may'",
      "Blogger Ho Van Minh was arrested at his home in Vinh on May 30 last year and indicted in January.",
      ["arrest Ho Van Minh - [] @Vinh", "indictment Ho Van Minh - [] @-"],
    ],
    [
      "released and put on a flight abroad: exile too",
      "Vietnam on Wednesday released democracy activist Pham Van Tien years before the end of his term and put him on a flight to Germany, his family said.",
      ["release Pham Van Tien - [] @-", "exile Pham Van Tien - [] @Germany"],
    ],
    [
      "released on condition of leaving: exile too",
      "Blogger Ha Thi Lan was released on July 10 on condition that she leave for the United States.",
      ["release Ha Thi Lan - [] @-", "exile Ha Thi Lan - [] @United States"],
    ],
    [
      "a term named as a noun and received: the sentence it tells",
      "Journalist Le Van Binh walked out of prison on Wednesday after serving the full four-year term he received for abusing democratic freedoms.",
      ["release Le Van Binh - [] @-", "sentence Le Van Binh 48 [331] @-"],
    ],
    [
      "a term imposed on someone: its law and place are told after it, not by the court upholding it",
      "The High People's Court in Hanoi upheld the eight-year prison sentence imposed on teacher Mai Thi Lan in November under Article 117.",
      ["sentence Mai Thi Lan 96 [117] @-"],
    ],
    // Guards: a modal "may", a place at home.
    ["the modal 'may' still holds an event back", "Blogger Ho Van Minh may be indicted.", []],
    [
      "a person described but not named, opening the sentence",
      "A woman from Dak Lak province, a member of a house church, was arrested in February under Article 117; her family asked that her name be withheld.",
      ["arrest null - [117] @-"],
    ],
    [
      "a person described but not named, with a relative clause",
      "A former prisoner of conscience who was released in August told reporters that little had changed.",
      ["release null - [] @-"],
    ],
    [
      "an unnamed source quoted, then someone named in the next paragraph: still unnamed",
      "A former prisoner who was released in May after serving four years told us: “They questioned me every night.”\n\nTran Thi Hoa, a lawyer in Hue, said the practice was common.",
      ["release null - [] @-"],
    ],
    [
      "an activist a lead describes, named in the next paragraph, is that person",
      "A provincial court on Friday sentenced a blogger to six years in prison over her posts.\n\nLe Thi Tam, a teacher, was convicted of spreading propaganda, her lawyer said.",
      ["sentence Le Thi Tam 72 [] @-"],
    ],
    [
      "two unnamed people's events stay apart",
      "A farmer was detained in Gia Lai on May 2. A teacher was detained in Kon Tum on May 9.",
      ["arrest null - [] @Gia Lai", "arrest null - [] @Kon Tum"],
    ],
    [
      "a description after a name describes the named person",
      "Nguyen Van Hai, a member of a house church, was arrested in May.",
      ["arrest Nguyen Van Hai - [] @-"],
    ],
    ["a counted group named nowhere is no one's event", "Three farmers were arrested in May.", []],
    [
      "flown to a city at home is no exile",
      "Teacher Le Thi Thu was released on Monday and flown to Hanoi.",
      ["release Le Thi Thu - [] @-"],
    ],
  ])("%s", (_why, text, want) => {
    expect(told(text)).toEqual(want);
  });
});

it("dates 'in the same trial' by the trial just told, though that mention has no date", () => {
  const text =
    "A court in Hanoi on May 15 sentenced blogger Vu Van Tan to seven years. The People's Court of Hanoi convicted Tan under Article 117. In the same trial, lawyer Ngo Van Kien was sentenced in absentia to six years.";
  const got = analyze({ text, date: "2023-11-20", jurisdiction: "VN" }).events.map((e) => [
    e.person,
    e.date,
    e.place,
  ]);
  expect(got).toEqual([
    ["Vu Van Tan", "2023-05-15", "Hanoi"],
    ["Ngo Van Kien", "2023-05-15", "Hanoi"],
  ]);
});

it("reads 'her arrest' many sentences on as the arrest of the woman the events are about", () => {
  const text =
    "The appeal court on Monday upheld the six-year sentence of teacher Mai Thi Lan. The hearing lasted two hours. The family has sold its land. The weather was cold. Reporters waited outside. Few were let in. The judges left early. Lawyer Tran Dinh Kha said the court ignored the evidence. Her husband, Ho Van Dung, said he had not been allowed to see her since her arrest.";
  const got = analyze({ text, date: "2023-11-20" }).events.map((e) => `${e.type} ${e.person}`);
  expect(got).toEqual(["appeal Mai Thi Lan", "arrest Mai Thi Lan"]);
});
