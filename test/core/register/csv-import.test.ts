import { describe, expect, it } from "vitest";
import type { StatuteLookup } from "../../../src/core/register/charges.js";
import { countAsOf } from "../../../src/core/register/count.js";
import { csvForm, importCsv } from "../../../src/core/register/csv-import.js";
import { exportCsv } from "../../../src/core/register/csv-export.js";
import { formatImportError } from "../../../src/core/register/import-errors.js";

const AT = "2024-05-01T10:00:00Z";
const HEAD =
  "id,name,gender,ethnicity,religion,province,profession,charges,at_risk_since,arrested,tried,sentence_months,released,died,notes";

// Our own people, made up for these tests.
const PERSONS = `${HEAD}
VN-001,Trần Thị Mai Hương,female,Kinh,Catholic,Nghe An,teacher,117,2018-09,2021-03-16,2021-11-09,96,,,3 years of probation; appeal rejected
VN-002,Y Thuăn Niê,male,Ede,Protestant,Dak Lak,farmer,116,,2021-08-12,2022-07-19,84,,,
VN-003,Lê Văn Khải,male,Kinh,none,Hanoi,blogger,vn/penal-code-1999/88,,2012-05,2013,60,2017-05,,
`;

const CATALOGUE: StatuteLookup = {
  defaultCode: "vn/criminal-code-2015",
  has: (id) =>
    [
      "vn/criminal-code-2015/116",
      "vn/criminal-code-2015/117",
      "vn/criminal-code-2015/331",
      "vn/penal-code-1999/88",
    ].includes(id),
  toCurrent: (id) => (id === "vn/penal-code-1999/88" ? "vn/criminal-code-2015/117" : id),
};

describe("person form", () => {
  it("turns a row into a case and its events", () => {
    const { value, errors } = importCsv(
      { persons: { file: "cases.csv", text: PERSONS } },
      { recordedAt: AT },
    );
    expect(errors).toEqual([]);
    expect(value.cases.map((c) => [c.id, c.gender, c.province])).toEqual([
      ["VN-001", "female", "Nghe An"],
      ["VN-002", "male", "Dak Lak"],
      ["VN-003", "male", "Hanoi"],
    ]);
    expect(
      value.events
        .filter((e) => e.caseId === "VN-001")
        .map((e) => [e.type, e.date, e.charges, e.sentenceMonths]),
    ).toEqual([
      ["at-risk", "2018-09", [], null],
      ["arrested", "2021-03-16", ["vn/criminal-code-2015/117"], null],
      ["tried", "2021-11-09", [], null],
      ["sentenced", "2021-11-09", [], 96],
    ]);
    expect(value.cases[0]!.notes).toBe("3 years of probation; appeal rejected");
  });

  it("counts the imported register, a 1999 article under its 2015 successor", () => {
    const { value, errors } = importCsv(
      { persons: { file: "cases.csv", text: PERSONS } },
      { recordedAt: AT, statutes: CATALOGUE },
    );
    expect(errors).toEqual([]);
    const c = countAsOf(value, "2016-01-01", {
      status: "detained",
      charge: "117",
      statutes: CATALOGUE,
    });
    expect(c.caseIds).toEqual(["VN-003"]);
    expect(countAsOf(value, "2022-04-22", { status: "detained", by: ["gender"] }).groups).toEqual([
      { key: { gender: "female" }, count: 1, caseIds: ["VN-001"] },
      { key: { gender: "male" }, count: 1, caseIds: ["VN-002"] },
    ]);
  });

  it("tells the two forms apart by their header", () => {
    expect(csvForm(PERSONS)).toBe("person");
    expect(csvForm("id,event,date,charges,sentence_months,source\n")).toBe("event");
  });
});

type Bad = [
  what: string,
  csv: string,
  line: number,
  column: number,
  field: string | null,
  reason: string,
];

describe("import errors name file, line, column and reason", () => {
  const rows: Bad[] = [
    ["an unknown column", "id,name,sex\nA,B,f\n", 1, 3, "sex", "unknown column"],
    ["a missing required column", "id,gender\nA,f\n", 1, 3, "name", "required column is missing"],
    [
      "a month that does not exist",
      `${HEAD}\nA,An,,,,,,,,2021-13-01,,,,,\n`,
      2,
      10,
      "arrested",
      "month 13 is not 01..12",
    ],
    [
      "a day that does not exist",
      `${HEAD}\nA,An,,,,,,,,,2021-02-29,,,,\n`,
      2,
      11,
      "tried",
      "2021-02 has 28 days",
    ],
    [
      "non-numeric sentence months",
      `${HEAD}\nA,An,,,,,,,,2020,2021,8 years,,,\n`,
      2,
      12,
      "sentence_months",
      "not a whole number",
    ],
    [
      "an article the catalogue lacks",
      `${HEAD}\nA,An,,,,,,999,,2020,,,,,\n`,
      2,
      8,
      "charges",
      "not in the statute catalogue",
    ],
    [
      "a charge that is no article",
      `${HEAD}\nA,An,,,,,,Article 117,,2020,,,,,\n`,
      2,
      8,
      "charges",
      "not an article number",
    ],
    [
      "a duplicate id",
      `${HEAD}\nA,An,,,,,,,,,,,,,\nA,Ba,,,,,,,,,,,,,\n`,
      3,
      1,
      "id",
      'duplicate id "A" (first on line 2)',
    ],
    [
      "a release before the arrest",
      `${HEAD}\nA,An,,,,,,,,2021-03-16,,,2020-01,,\n`,
      2,
      13,
      "released",
      "is before arrested 2021-03-16",
    ],
    [
      "a sentence with no date",
      `${HEAD}\nA,An,,,,,,,,2021-03-16,,96,,,\n`,
      2,
      12,
      "sentence_months",
      "needs the date",
    ],
    ["a short row", `${HEAD}\nA,An,female\n`, 2, 3, null, "expected 15 fields, found 3"],
    ["an empty name", `${HEAD}\nA,,,,,,,,,,,,,,\n`, 2, 2, "name", "empty name"],
    ["a quote never closed", `${HEAD}\nA,"An,,,,,,,,,,,,,\n`, 2, 2, null, "never closed"],
  ];
  it.each(rows)("%s", (_what, csv, line, column, field, reason) => {
    const result = importCsv(
      { persons: { file: "cases.csv", text: csv } },
      { recordedAt: AT, statutes: CATALOGUE },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: "cases.csv",
        line,
        column,
        field,
        reason: expect.stringContaining(reason),
      }),
    ]);
  });

  it("prints an error as file:line:column", () => {
    const { errors } = importCsv(
      { persons: { file: "cases.csv", text: rows[2]![1] } },
      { recordedAt: AT },
    );
    expect(formatImportError(errors[0]!)).toBe("cases.csv:2:10: arrested: month 13 is not 01..12");
  });

  it("leaves out only the cases with errors, for --skip-invalid", () => {
    const text = `${PERSONS}VN-004,Bad Date,,,,,,,,2021-13,,,,,\n`;
    const result = importCsv({ persons: { file: "cases.csv", text } }, { recordedAt: AT });
    expect(result.rejectedCases).toEqual(["VN-004"]);
    expect(result.value.cases.map((c) => c.id)).toEqual(["VN-001", "VN-002", "VN-003"]);
  });

  const EVENTS_HEAD = "id,event,date,charges,sentence_months,source";
  const eventRows: Bad[] = [
    [
      "an unknown event type",
      `${EVENTS_HEAD}\nVN-002,arrest,2021-08-12,,,\n`,
      2,
      2,
      "event",
      'unknown event type "arrest"',
    ],
    [
      "an event of an unknown case",
      `${EVENTS_HEAD}\nVN-404,arrested,2021-08-12,,,\n`,
      2,
      1,
      "id",
      'no case "VN-404"',
    ],
    [
      "a bad event date",
      `${EVENTS_HEAD}\nVN-002,arrested,2021-8-12,,,\n`,
      2,
      3,
      "date",
      "is not a date",
    ],
  ];
  it.each(eventRows)("event form: %s", (_what, csv, line, column, field, reason) => {
    const result = importCsv(
      { persons: { file: "cases.csv", text: PERSONS }, events: { file: "events.csv", text: csv } },
      { recordedAt: AT },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: "events.csv",
        line,
        column,
        field,
        reason: expect.stringContaining(reason),
      }),
    ]);
  });

  it("holds a person row to the event rows it summarises", () => {
    const events = `${EVENTS_HEAD}\nVN-002,arrested,2021-08-13,116,,rfa-2021-08-14\nVN-002,tried,2022-07-19,,,\nVN-002,sentenced,2022-07-19,,84,\n`;
    const result = importCsv(
      {
        persons: { file: "cases.csv", text: PERSONS },
        events: { file: "events.csv", text: events },
      },
      { recordedAt: AT },
    );
    expect(result.errors.map(formatImportError)).toEqual([
      "cases.csv:3:10: arrested: 2021-08-12 here, but 2021-08-13 in events.csv",
    ]);
    expect(result.rejectedCases).toEqual(["VN-002"]);
  });
});

describe("export", () => {
  it("neutralises a formula in a name and reads it back unchanged", () => {
    const text = `${HEAD}\nX-1,"=cmd|' /C calc'!A0",,,,,,,,,,,,,\n`;
    const first = importCsv({ persons: { file: "a.csv", text } }, { recordedAt: AT }).value;
    expect(first.cases[0]!.name).toBe("=cmd|' /C calc'!A0");
    const out = exportCsv(first);
    expect(out.persons.split("\n")[1]).toBe(`X-1,'=cmd|' /C calc'!A0,,,,,,,,,,,,,`);
    const again = importCsv(
      { persons: { file: "b.csv", text: out.persons } },
      { recordedAt: AT },
    ).value;
    expect(again).toEqual(first);
  });

  it("writes the person form back as it was read", () => {
    const { value } = importCsv(
      { persons: { file: "cases.csv", text: PERSONS } },
      { recordedAt: AT },
    );
    expect(exportCsv(value).persons).toBe(PERSONS);
  });

  it("leaves confidential people out unless asked", () => {
    const blank = ",".repeat(13);
    const text = `${HEAD},confidential\nA,An${blank},true\nB,Ba${blank},\n`;
    const { value } = importCsv({ persons: { file: "a.csv", text } }, { recordedAt: AT });
    expect(value.cases.map((c) => c.confidential)).toEqual([true, false]);
    expect(exportCsv(value).persons).not.toContain("An");
    expect(exportCsv(value, { includeConfidential: true }).persons).toContain("A,An");
  });
});
