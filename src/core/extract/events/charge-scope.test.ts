import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";
import type { EventType } from "../../types.js";

type Seen = { type: EventType; person: string | null; place: string | null; charges: string[] };

/** Every pass, so that charges come from the legal references the sentence names. */
function seen(text: string): Seen[] {
  return analyze({ text, date: "2023-11-20", jurisdiction: "VN" }).events.map((e) => ({
    type: e.type,
    person: e.person,
    place: e.place,
    charges: e.charges.map((c) => c.replace("vn/criminal-code-2015/", "")),
  }));
}

const ev = (type: EventType, person: string, place: string | null, charges: string[] = []) => ({
  type,
  person,
  place,
  charges,
});

describe("events: which part of a sentence gives an event its law and place", () => {
  it.each<[string, string, Seen[]]>([
    [
      "a semicolon list: each case its own law and place",
      "Among those detained this year were blogger Dang Van Hieu, arrested in Hue on April 2 and sentenced on October 8 to six years; and teacher Mai Thi Hoa, arrested in Vinh on May 14 under Article 117.",
      [
        ev("arrest", "Dang Van Hieu", "Hue"),
        ev("sentence", "Dang Van Hieu", null),
        ev("arrest", "Mai Thi Hoa", "Vinh", ["117"]),
      ],
    ],
    [
      "'on the same charge' takes the law of the case before",
      "Teacher Mai Thi Hoa was arrested in Vinh on May 14 under Article 117. Poet Ly Van Khoa was arrested in Da Nang on June 3 on the same charge.",
      [
        ev("arrest", "Mai Thi Hoa", "Vinh", ["117"]),
        ev("arrest", "Ly Van Khoa", "Da Nang", ["117"]),
      ],
    ],
    [
      "two people's sentences joined by 'and'",
      "Land petitioner Cao Thi Mai was sentenced in May to three years under Article 331, and Doan Van Nam received two years in June for 'disturbing public order'.",
      [ev("sentence", "Cao Thi Mai", null, ["331"]), ev("sentence", "Doan Van Nam", null, ["318"])],
    ],
    [
      "the law after a later step is that step's",
      "Pastor Ha Van Tuan was arrested in Hanoi on March 2, 2019 and sentenced on May 9, 2020 to nine years under Article 109.",
      [ev("arrest", "Ha Van Tuan", "Hanoi"), ev("sentence", "Ha Van Tuan", null, ["109"])],
    ],
    [
      "being charged at the arrest is the arrest's charge, not an indictment",
      "Blogger Vo Thi Kim was detained on March 3 and charged under Article 117.",
      [ev("arrest", "Vo Thi Kim", null, ["117"])],
    ],
    [
      "the court that is a list's subject is every conjunct's place",
      "The People's Court of Dak Lak jailed pastor Nguyen Van Hieu for seven years and farmer Tran Van Binh for five years.",
      [ev("sentence", "Nguyen Van Hieu", "Dak Lak"), ev("sentence", "Tran Van Binh", "Dak Lak")],
    ],
    // A guard: what the cuts above must leave together.
    [
      "a person sentenced 'together with' shares the law",
      "Monk Thich Tam Duc was sentenced on Monday to five years under Article 331, together with his disciple Le Van Thien, who received three years.",
      [
        ev("sentence", "Thich Tam Duc", null, ["331"]),
        ev("sentence", "Le Van Thien", null, ["331"]),
      ],
    ],
    [
      "the law a person is held under, told after the arrest",
      "Teacher Truong Van Minh was arrested on Monday. Minh, 45, is held under Article 117 and has not seen a lawyer.",
      [ev("arrest", "Truong Van Minh", null, ["117"])],
    ],
    [
      "the place named as 'the southern province of X'",
      "Police in the southern province of Ben Tre on Monday arrested activist Huynh Van Dat.",
      [ev("arrest", "Huynh Van Dat", "Ben Tre")],
    ],
    [
      "a province whose name opens with a word that opens sentences",
      "Farmer Chau Van Loc was arrested in An Giang province on Tuesday.",
      [ev("arrest", "Chau Van Loc", "An Giang province")],
    ],
    [
      "a court's level is no part of its place",
      "The Hanoi Military Court on Monday sentenced former officer Le Van Thanh to four years.",
      [ev("sentence", "Le Van Thanh", "Hanoi")],
    ],
  ])("%s", (_why, text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it("reads a place written with combining marks (NFD) whole", () => {
    const text =
      "Police in the central province of Nghệ An on Tuesday arrested teacher Lê Văn Hùng.";
    expect(seen(text.normalize("NFD")).map((e) => e.place)).toEqual(["Nghệ An".normalize("NFD")]);
  });
});
