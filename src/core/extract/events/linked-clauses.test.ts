import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

/** Each event as "type person date months/probation [charges] @place", every pass run. */
function told(text: string): string[] {
  return analyze({ text, date: "2023-11-20", jurisdiction: "VN" }).events.map(
    (e) =>
      `${e.type} ${e.person} ${e.date ?? "-"} ${e.sentenceMonths ?? "-"}/${e.probationMonths ?? "-"} [${e.charges
        .map((c) => c.replace(/^vn\/[a-z-]+-\d+\//, ""))
        .join(",")}] @${e.place ?? "-"}`,
  );
}

// What one clause of a sentence tells about an event another clause names: a term told with the
// past tense of "serving", a co-defendant added with "together with", an indictment dated where
// the document is named, a unit left out, an appeal told in an apposition.
describe("events: what another clause tells", () => {
  it.each<[string, string, string[]]>([
    [
      "a term being served when something else happened is the sentence's term",
      "Poet Lam Van Dinh, who was serving a six-year sentence under Article 117, died in custody on Friday. He had been sentenced in March 2021.",
      [
        "sentence Lam Van Dinh 2021-03 72/- [117] @-",
        "death-in-custody Lam Van Dinh 2023-11-17 -/- [] @-",
      ],
    ],
    [
      "a past term is not dated by the clause around it",
      "Blogger Nguyen Van Hoa, who was serving seven years, wrote to his mother on Monday.",
      ["sentence Nguyen Van Hoa - 84/- [] @-"],
    ],
    [
      "'together with' someone given a term: the same hearing's date",
      "Pastor Y Khuk was sentenced in March 2023 under Article 116, together with fellow church member Y Bhuat, who received five years.",
      ["sentence Y Khuk 2023-03 -/- [116] @-", "sentence Y Bhuat 2023-03 60/- [116] @-"],
    ],
    [
      "an indictment dated where the document is named",
      "Investigators first charged Dinh Van Tu under Article 117, but prosecutors raised the charge in an indictment issued in October.",
      ["indictment Dinh Van Tu 2023-10 -/- [117] @-"],
    ],
    [
      "a term being served: no date from a count's as-of; a unit left out",
      "At the end of 2022, 40 activists were in prison, among them teacher Chau Thi Nga, who is serving six years under Article 117, and blogger Ho Van Lam, who is serving eight.",
      ["detention Chau Thi Nga - 72/- [117] @-", "detention Ho Van Lam - 96/- [] @-"],
    ],
    [
      "an appeal told in an apposition after the term",
      "Farmer Kim Van Tho was sentenced to seven years and two years of probation on May 3 under Article 331, a sentence the appeal court upheld on September 12.",
      [
        "sentence Kim Van Tho 2023-05-03 84/24 [331] @-",
        "appeal Kim Van Tho 2023-09-12 84/24 [331] @-",
      ],
    ],
    [
      "an appeal upheld after a list's conjunct keeps the law shared by the list",
      "Blogger Vo Thi Hue was sentenced to five years on January 9; teacher Ha Van Son to six years on February 2, a verdict upheld on appeal in June, both under Article 117.",
      [
        "sentence Vo Thi Hue 2023-01-09 60/- [117] @-",
        "sentence Ha Van Son 2023-02-02 72/- [117] @-",
        "appeal Ha Van Son 2023-06 72/- [117] @-",
      ],
    ],
    [
      "probation told in a sentence after the sentencing",
      "Blogger Ha Van Tu was sentenced to five years in May. He must now serve three years of probation.",
      ["sentence Ha Van Tu 2023-05 60/36 [] @-"],
    ],
    [
      "an event that times something yet to come has not happened",
      "Blogger Ha Van Tu was sentenced to five years in May. He will also serve three years of probation after his release.",
      ["sentence Ha Van Tu 2023-05 60/36 [] @-"],
    ],
    [
      "someone tried alongside the people just sentenced: the same court",
      "The People's Court of Gia Lai jailed pastor Nguyen Van Hieu for six years on Monday. Le Van Nam, a farmer who was tried alongside him, received four years.",
      [
        "sentence Nguyen Van Hieu 2023-11-20 72/- [] @Gia Lai",
        "trial Le Van Nam 2023-11-20 -/- [] @Gia Lai",
        "sentence Le Van Nam 2023-11-20 48/- [] @Gia Lai",
      ],
    ],
    [
      "a term its holder challenges, given in a clause after the noun",
      "Blogger Tran Van Khiem, 52, has lodged an appeal to contest a four-year prison term given in June.",
      ["sentence Tran Van Khiem 2023-06 48/- [] @-"],
    ],
    [
      "the challenger is the subject of the clause after 'while'",
      "One activist remains in pre-trial detention, while poet Dang Thi Lua is appealing against her five-year sentence imposed in May.",
      ["sentence Dang Thi Lua 2023-05 60/- [] @-"],
    ],
    [
      "a term challenged by someone the subject reports on is not the subject's",
      "Nguyen Van Binh said his client would challenge the six-year term.",
      [],
    ],
  ])("%s", (_why, text, expected) => {
    expect(told(text)).toEqual(expected);
  });
});
