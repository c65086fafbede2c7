import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";
import type { Report } from "../../types.js";
import { mentionsPass } from "../mentions/index.js";
import { reportsPass } from "./index.js";

type Expected = Partial<Pick<Report, "issuer" | "year" | "title" | "cycle" | "date">> & {
  mentions?: number;
};

function reports(text: string, date = "2022-05-10"): Expected[] {
  const a = analyze({ text, date }, [reportsPass]);
  return a.reports.map((r) => ({
    issuer: r.issuer,
    year: r.year,
    title: r.title,
    cycle: r.cycle ?? null,
    date: r.date ?? null,
    mentions: r.mentions?.length ?? 0,
  }));
}

const pick = (got: Expected[], keys: readonly (keyof Expected)[]): Expected[] =>
  got.map((g) => Object.fromEntries(keys.map((k) => [k, g[k]])) as Expected);

describe("reports: issuer and year", () => {
  it.each<[string, Expected[]]>([
    // 01 titles
    [
      "The ministry dismissed the European External Action Service’s Annual Report on Human Rights and Democracy in the World 2021 as one-sided.",
      [{ issuer: "European External Action Service", year: 2021 }],
    ],
    [
      "Activists pointed to the State Department's Country Reports on Human Rights Practices for 2019, which listed dozens of detainees.",
      [{ issuer: "US Department of State", year: 2019 }],
    ],
    [
      "Human Rights Watch said in its World Report 2023 that bloggers faced long prison terms.",
      [{ issuer: "Human Rights Watch", year: 2023 }],
    ],
    [
      "Cambodia fell again in the World Press Freedom Index published in May.",
      [{ issuer: "Reporters Without Borders", year: null }],
    ],
    [
      "In July 2019 the UN Committee against Torture, which reviews states every four years, adopted concluding observations on Laos.",
      [{ issuer: "UN Committee against Torture", year: 2019, date: "2019-07" }],
    ],
    [
      "In its report on international religious freedom covering 2022, the State Department named three jailed pastors.",
      [{ issuer: "US Department of State", year: 2022 }],
    ],
    // 02 attached
    [
      "Hanoi rejected the US Department of State's 2021 human rights report on Friday.",
      [{ issuer: "US Department of State", year: 2021 }],
    ],
    [
      "Diplomats discussed the EEAS report behind closed doors.",
      [{ issuer: "European External Action Service", year: null }],
    ],
    [
      "Officials called Amnesty International’s latest report a fabrication.",
      [{ issuer: "Amnesty International", year: null }],
    ],
    [
      "The spokesman said the U.S.’s annual report relied on hostile sources.",
      [{ issuer: "US Department of State", year: null }],
    ],
    // 03 report-by
    [
      "A report by the Committee to Protect Journalists counted 23 reporters behind bars in 2022.",
      [{ issuer: "Committee to Protect Journalists", year: null }],
    ],
    [
      "The latest report of the UN Working Group on Arbitrary Detention found the detention arbitrary.",
      [{ issuer: "UN Working Group on Arbitrary Detention", year: null }],
    ],
    // 04 publisher
    [
      "On 30 March 2021, the US State Department released a report that criticised Vietnam's treatment of bloggers.",
      [{ issuer: "US Department of State", year: 2021, date: "2021-03-30" }],
    ],
    [
      "Freedom House published a new report warning of shrinking civic space.",
      [{ issuer: "Freedom House", year: null }],
    ],
    // 05 its-report
    [
      "The UN Human Rights Committee, meeting in Geneva, said in its 2019 report on Cambodia that detention of critics breached the covenant.",
      [{ issuer: "UN Human Rights Committee", year: 2019 }],
    ],
    [
      "In its 40-page report, Defend the Defenders listed 240 prisoners of conscience.",
      [{ issuer: "Defend the Defenders", year: null }],
    ],
  ])("%s", (input, expected) => {
    expect(
      pick(reports(input), ["issuer", "year", ...(expected[0]?.date ? (["date"] as const) : [])]),
    ).toEqual(expected);
  });
});

describe("reports: cycles of the Universal Periodic Review", () => {
  it.each<[string, number | null]>([
    [
      "Vietnam accepted most recommendations in the third cycle of the Universal Periodic Review.",
      3,
    ],
    [
      "The government cited the Universal Periodic Review (UPR) cycle II of the UN Human Rights Council.",
      2,
    ],
    ["Laos will face its fourth UPR in 2024.", 4],
    ["Delegates prepared for the Universal Periodic Review in Geneva.", null],
  ])("%s", (input, cycle) => {
    const got = reports(input);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ issuer: "UN Human Rights Council", cycle });
  });
});

describe("reports: one report however often it is mentioned", () => {
  it("links the issuer's short name and 'the report' back to the first mention", () => {
    const text =
      "Hanoi on Monday rejected Human Rights Watch's World Report 2022. The ministry said the HRW report ignored progress. The report, it added, relied on exiles.";
    const got = reports(text);
    expect(got).toEqual([
      expect.objectContaining({ issuer: "Human Rights Watch", year: 2022, mentions: 3 }),
    ]);
  });

  it("keeps two issuers' reports apart and sends 'the report' to the latest one", () => {
    const text =
      "Amnesty International's 2020 report listed 170 prisoners. A week later the State Department published its annual report. The report named 12 bloggers.";
    expect(pick(reports(text), ["issuer", "year", "mentions"])).toEqual([
      { issuer: "Amnesty International", year: 2020, mentions: 1 },
      { issuer: "US Department of State", year: null, mentions: 2 },
    ]);
  });

  it("keeps two years of one issuer apart", () => {
    const text = "The 2019 EEAS report was milder than the 2020 EEAS report, diplomats said.";
    expect(pick(reports(text), ["issuer", "year"])).toEqual([
      { issuer: "European External Action Service", year: 2019 },
      { issuer: "European External Action Service", year: 2020 },
    ]);
  });
});

describe("reports: issuers the lexicon does not list", () => {
  it("takes an organisation or state the actors pass found, written as possessor", () => {
    const text =
      "In May 2022 the UN Committee against Torture adopted concluding observations on Cambodia's second periodic report.";
    const a = analyze({ text, date: "2022-06-01" }, [mentionsPass, reportsPass]);
    expect(a.reports.map((r) => [r.issuer, r.year])).toEqual([
      ["UN Committee against Torture", 2022],
      ["Cambodia", null],
    ]);
    expect(a.actors[a.reports[1]!.actor!]!.name).toBe("Cambodia");
  });

  it("does not give 'its report' to an issuer named as an object", () => {
    const text =
      "Laos works with the Human Rights Council and submits its national report on time.";
    expect(analyze({ text }, [mentionsPass, reportsPass]).reports).toEqual([]);
  });
});

describe("reports: what is not a reference to a report", () => {
  it.each([
    "State media reported that the trial lasted one day.",
    "She was known for publishing reports on land seizures in the delta.",
    "Reports by Washington and Brussels are only recommendations, he said.",
    "According to Human Rights Watch, 40 people were detained.",
    "The report was never published, a lawyer said.",
  ])("%s", (input) => {
    expect(reports(input)).toEqual([]);
  });

  it("warns when 'the report' has nothing to refer to", () => {
    const a = analyze({ text: "The report was never published, a lawyer said." }, [reportsPass]);
    expect(a.warnings.map((w) => w.code)).toEqual(["VIGIL_WARN_REPORT_UNRESOLVED"]);
  });
});

describe("reports: issuers become actors", () => {
  it("adds the issuer as an organisation when the actors pass has not", () => {
    const text =
      "Freedom House published a new report. Officials dismissed the Freedom House report.";
    const a = analyze({ text }, [reportsPass]);
    expect(a.reports[0]!.actor).toBe(0);
    expect(a.actors).toEqual([
      expect.objectContaining({ name: "Freedom House", kind: "organisation" }),
    ]);
    expect(a.actors[0]!.mentions).toHaveLength(2);
  });

  it("reuses an actor the actors pass already found", () => {
    const text = "Hanoi rejected the EEAS report.";
    const a = analyze({ text }, [
      {
        name: "actors-stub",
        run(_ctx, analysis) {
          analysis.actors.push({
            name: "European External Action Service",
            kind: "organisation",
            aliases: ["EEAS"],
            roles: [],
            orgs: [],
            mentions: [{ start: 19, end: 23 }],
          });
        },
      },
      reportsPass,
    ]);
    expect(a.actors).toHaveLength(1);
    expect(a.reports[0]!.actor).toBe(0);
  });
});
