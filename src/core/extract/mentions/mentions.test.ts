import { describe, expect, it } from "vitest";
import { emptyAnalysis } from "../../analyze.js";
import { buildContext } from "../../text/doc-context.js";
import { mentionsOf } from "./index.js";

function actorsOf(text: string) {
  const analysis = emptyAnalysis();
  const idx = mentionsOf(buildContext({ text }), analysis);
  return { actors: analysis.actors, idx };
}

type Expected = { name: string; kind: string; aliases?: string[]; role?: string; org?: string };

// Our own sentences, in the style of the reporting Vigil reads.
const CASES: [string, Expected[]][] = [
  [
    "Hoa Hao Buddhist Lam Van Quy, 59, was taken to the provincial hospital. YouTuber Ly Thi Nga said she would appeal.",
    [
      { name: "Lam Van Quy", kind: "person", role: "Hoa Hao Buddhist" },
      { name: "Ly Thi Nga", kind: "person", role: "YouTuber" },
    ],
  ],
  [
    "Lieutenant General Pham Van Duc recently told reporters that the ministry works with UN bodies. Mr. Duc did not take questions.",
    [{ name: "Pham Van Duc", kind: "person", aliases: ["Duc"], role: "Lieutenant General" }],
  ],
  [
    "Blogger Nguyễn Văn Bình was detained in Huế. Bình had written about land seizures.",
    [{ name: "Nguyễn Văn Bình", kind: "person", aliases: ["Bình"], role: "Blogger" }],
  ],
  [
    "Spokesperson Tran Thi Minh of Vietnam’s Ministry of Foreign Affairs answered the question.",
    [
      {
        name: "Tran Thi Minh",
        kind: "person",
        role: "Spokesperson",
        org: "Ministry of Foreign Affairs",
      },
      { name: "Ministry of Foreign Affairs", kind: "organisation" },
    ],
  ],
  [
    "Dr. Hoang Van Long, former director of the Mekong Policy Institute, spoke from Hanoi.",
    [
      {
        name: "Hoang Van Long",
        kind: "person",
        role: "former director",
        org: "Mekong Policy Institute",
      },
    ],
  ],
  [
    "The Committee to Protect Journalists (CPJ) condemned the sentence. CPJ has listed Vietnam among the worst jailers.",
    [{ name: "Committee to Protect Journalists", kind: "organisation", aliases: ["CPJ"] }],
  ],
  [
    "Hanoi rejected the findings. Vietnam has long said it respects human rights.",
    [{ name: "Vietnam", kind: "state", aliases: ["Hanoi"] }],
  ],
  [
    "The People’s Court of Dak Lak Province tried the two men, and the Vietnamese Government defended the verdict.",
    [
      { name: "People’s Court of Dak Lak Province", kind: "organisation" },
      { name: "Vietnamese Government", kind: "organisation" },
    ],
  ],
  [
    "Activist Can Thi Lien and her son Trinh Ba Hung were arrested. Mrs. Lien denied the charges.",
    [
      { name: "Can Thi Lien", kind: "person", aliases: ["Lien"], role: "Activist" },
      { name: "Trinh Ba Hung", kind: "person", role: "son" },
    ],
  ],
  [
    "Journalist Le Van Tuan, a former prisoner of conscience, spoke to RFA. Tuan was released in 2019.",
    [{ name: "Le Van Tuan", kind: "person", aliases: ["Tuan"], role: "Journalist" }],
  ],
  [
    "The UN special rapporteur on freedom of expression, Anna Berg, called the law vague.",
    [{ name: "Anna Berg", kind: "person", role: "special rapporteur", org: "UN" }],
  ],
  [
    "Deputy Prime Minister Vu Duc Anh opened the forum. Photo: VNA",
    [{ name: "Vu Duc Anh", kind: "person", role: "Deputy Prime Minister" }],
  ],
  [
    "Police detained the activist Olena Sarkova on Monday. Her brother, Taras Sarkov, watched. Sarkova, 52, denied it.",
    [
      { name: "Olena Sarkova", kind: "person", aliases: ["Sarkova"], role: "activist" },
      { name: "Taras Sarkov", kind: "person", role: "brother" },
    ],
  ],
  [
    "Min Thet Aung, better known as Ko Bo, was hanged. Ko Bo had led student marches.",
    [{ name: "Min Thet Aung", kind: "person", aliases: ["Bo"] }],
  ],
  [
    "The Tay Ninh Provincial Court on Wednesday jailed Le Van Hoa for three years.",
    [{ name: "Tay Ninh Provincial Court", kind: "organisation" }],
  ],
  [
    "Cao Dai follower Tran Van Son was detained in Kien Giang on May 2.",
    [{ name: "Tran Van Son", kind: "person", role: "follower" }],
  ],
  [
    "Catholic activists Nguyen Van Tan and Le Thi Hoa were detained after the vigil.",
    [
      { name: "Nguyen Van Tan", kind: "person", role: "activist" },
      { name: "Le Thi Hoa", kind: "person", role: "activist" },
    ],
  ],
  [
    "A prison guard telephoned his wife, Pham Thi Lan, late on Monday.",
    [{ name: "Pham Thi Lan", kind: "person", role: "wife" }],
  ],
  [
    "Police in the southern province of Bến Tre detained Lai Van Hieu. The Long An provincial police said on Friday that two more men were held.",
    [
      { name: "Bến Tre provincial police", kind: "organisation" },
      { name: "Long An provincial police", kind: "organisation" },
    ],
  ],
  [
    "Spokesperson Le Hai Binh of the Ministry of Foreign Affairs took questions. The Foreign Ministry later issued a statement on the EU's report. The European Union did not reply.",
    [
      { name: "Ministry of Foreign Affairs", kind: "organisation", aliases: ["Foreign Ministry"] },
      { name: "European Union", kind: "organisation", aliases: ["EU"] },
    ],
  ],
  [
    "Activist Pham Van Long was released on Monday. Long, 61, an engineer, had served five years.",
    [{ name: "Pham Van Long", kind: "person", aliases: ["Long"], role: "engineer" }],
  ],
  [
    "Rights defender Sok Dara, 39, a German member of the European Parliament's staff, spoke.",
    [{ name: "Sok Dara", kind: "person", role: "member" }],
  ],
  [
    "The NGO Vesna said the verdict was unjust. Arrests included Zhang Wei, Dai Lanfeng and Li Ming.",
    [
      { name: "Vesna", kind: "organisation" },
      { name: "Dai Lanfeng", kind: "person" },
    ],
  ],
  [
    "Vietnam was elected to the United Nations Human Rights Council in 2022.",
    [{ name: "United Nations Human Rights Council", kind: "organisation" }],
  ],
  [
    "The People’s Procuracy of Can Tho City issued the indictment. An official of the People’s Procuracy read it out.",
    [
      {
        name: "People’s Procuracy of Can Tho City",
        kind: "organisation",
        aliases: ["People’s Procuracy"],
      },
    ],
  ],
];

/** Actors a sentence must not yield, and roles a person must not be given. */
const NOT: [string, string[], [string, string][]][] = [
  ["The charge sheet cites Điều 331 Bộ luật Hình sự and nothing else.", ["Điều 331 Bộ"], []],
  ["Dozens of families in Hưng Hà district protested on Sunday.", ["Hưng Hà"], []],
  ["Cao Dai follower Tran Van Son was detained in Kien Giang.", ["Cao Dai"], []],
  ["The court on Monday sentenced Le Van Hoa to six years.", ["court on Monday"], []],
  [
    "The People's Court of Long An sentenced two members of the group, Vo Van Minh and Ho Thi Thu, to prison.",
    [],
    [
      ["Vo Van Minh", "members"],
      ["Vo Van Minh", "member"],
    ],
  ],
  [
    "A prison guard telephoned his wife, Pham Thi Lan, late on Monday.",
    [],
    [["Pham Thi Lan", "guard"]],
  ],
  [
    "Lawyer Tran Van Nam spoke first. For Nam, a majority of the judges, he said, had decided.",
    [],
    [["Tran Van Nam", "majority of the judges"]],
  ],
  [
    "Union leader Sok Chea, 44, leads a garment workers' union in Phnom Penh.",
    [],
    [
      ["Sok Chea", "leads a garment worker"],
      ["Sok Chea", "leads a garment workers"],
    ],
  ],
];

describe("mentions: people, organisations and states with their chains", () => {
  it.each(CASES)("%s", (text, expected) => {
    const { actors } = actorsOf(text);
    for (const e of expected) {
      const a = actors.find((x) => x.name === e.name);
      expect(a, `actor ${e.name} in ${JSON.stringify(actors.map((x) => x.name))}`).toBeDefined();
      expect(a!.kind).toBe(e.kind);
      for (const al of e.aliases ?? []) expect(a!.aliases).toContain(al);
      if (e.role) expect(a!.roles).toContain(e.role);
      if (e.org) expect(a!.orgs).toContain(e.org);
    }
  });

  it.each(NOT)("%s: no such actor or role", (text, names, roles) => {
    const { actors } = actorsOf(text);
    for (const n of names) expect(actors.map((a) => a.name)).not.toContain(n);
    for (const [name, role] of roles)
      expect(actors.find((a) => a.name === name)?.roles ?? []).not.toContain(role);
  });

  it("keeps one actor per body: no bare 'Police' beside the provincial police, no second EU", () => {
    const { actors } = actorsOf(
      "Police in the southern province of Bến Tre detained Lai Van Hieu. The Long An provincial police said on Friday that two more men were held. The EU's envoy met the European Union's partners.",
    );
    expect(actors.map((a) => a.name).sort()).toEqual([
      "Bến Tre provincial police",
      "European Union",
      "Lai Van Hieu",
      "Long An provincial police",
    ]);
  });

  it("keeps an organisation founded by its acronym one actor however often the acronym recurs", () => {
    const { actors } = actorsOf(
      "ASEAN ministers met in Jakarta on Monday. ASEAN later issued a statement. ASEAN did not name Myanmar.",
    );
    expect(actors.filter((a) => a.name === "Association of Southeast Asian Nations").length).toBe(
      1,
    );
  });

  it("knows a known organisation spelled with an apostrophe and by its acronym as one actor", () => {
    const { actors } = actorsOf(
      "The Independent Journalists’ Association of Vietnam (IJAVN) was founded in 2014. Tran Quoc Minh became IJAVN’s treasurer.",
    );
    const names = actors.map((a) => a.name);
    expect(names.filter((n) => n === "Independent Journalists Association of Vietnam").length).toBe(
      1,
    );
  });

  it("does not take sentence words, places or laws for actors", () => {
    const { actors } = actorsOf(
      "In Ho Chi Minh City, the trial under the Criminal Code lasted a day. Returning home, they wept.",
    );
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it("keeps a place whose name opens with a demonym whole", () => {
    const { actors } = actorsOf(
      "Farmers from Thai Binh said the compensation was too low. Thai activist Somyot Chaiwat said he would appeal.",
    );
    expect(actors.map((a) => [a.name, a.kind])).toEqual([["Somyot Chaiwat", "person"]]);
  });

  it("finds names in a title-case headline from the body's mentions", () => {
    const { actors } = actorsOf(
      "Court Jails Blogger Nguyen Van Hoa For Six Years\n\nA court sentenced Nguyen Van Hoa on Friday.",
    );
    const hoa = actors.find((a) => a.name === "Nguyen Van Hoa");
    expect(hoa?.mentions.length).toBe(2);
  });
});

describe("mention index: resolving what statements and events point at", () => {
  const text =
    "Spokesperson Tran Thi Minh of the Ministry of Foreign Affairs held a briefing. She said the arrests were lawful. The spokesperson added that trials were open. The ministry later issued a statement.";
  const { idx, actors } = actorsOf(text);
  const at = (s: string) => text.indexOf(s);

  it("resolves a pronoun to the nearest fitting person", () => {
    const i = idx.resolvePronoun(at("She said"), "She");
    expect(i === null ? null : actors[i]!.name).toBe("Tran Thi Minh");
  });

  it("resolves a definite description by role and by organisation head word", () => {
    const r = idx.resolveSpan(
      at("The spokesperson"),
      at("The spokesperson") + "The spokesperson".length,
    );
    expect(r.name).toBe("Tran Thi Minh");
    expect(r.role).toBe("Spokesperson");
    const m = idx.resolveSpan(at("The ministry"), at("The ministry") + "The ministry".length);
    expect(m.name).toBe("Ministry of Foreign Affairs");
    expect(m.kind).toBe("organisation");
  });

  it("resolves the judges of a ruling to the court, and a lone judge to nobody", () => {
    const t3 =
      "The Dong Thap Provincial Court jailed Le Van Phuc on Monday. Judges found that his posts were false. The judge said little.";
    const { idx: i3 } = actorsOf(t3);
    const judges = t3.indexOf("Judges");
    expect(i3.resolveSpan(judges, judges + 6)).toMatchObject({
      kind: "organisation",
      name: "Dong Thap Provincial Court",
    });
    const judge = t3.indexOf("The judge");
    expect(i3.resolveSpan(judge, judge + 9).kind).toBe("description");
  });

  it("keeps a description that names nobody", () => {
    const t2 = "A freed prisoner of conscience told RFA that conditions were harsh.";
    const { idx: i2 } = actorsOf(t2);
    const r = i2.resolveSpan(0, "A freed prisoner of conscience".length);
    expect(r).toMatchObject({
      kind: "description",
      name: "A freed prisoner of conscience",
      actor: null,
    });
  });

  it("gives the actor of a span", () => {
    const s = at("Tran Thi Minh");
    const i = idx.actorAt(s, s + 13);
    expect(i === null ? null : actors[i]!.name).toBe("Tran Thi Minh");
  });
});
