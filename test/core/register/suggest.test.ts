import { describe, expect, it } from "vitest";
import { caseRecord } from "../../../src/core/register/records.js";
import { suggest } from "../../../src/core/register/suggest.js";
import type { Register } from "../../../src/core/register/types.js";
import type { Event } from "../../../src/core/types.js";
import { events } from "../../helpers/register.js";

// Made-up people; two share a given name, two share a full name.
const REGISTER: Register = {
  cases: [
    caseRecord({ id: "VN-001", name: "Trần Thị Mai Hương", province: "Nghe An" }),
    caseRecord({ id: "VN-020", name: "Lê Thị Hương", province: "Hanoi" }),
    caseRecord({ id: "VN-030", name: "Nguyễn Văn Bình", province: "Thai Binh" }),
    caseRecord({ id: "VN-031", name: "Nguyen Van Binh", province: "Dong Thap" }),
  ],
  events: [
    ...events("VN-001", ["arrested 2021-03-16 charges=vn/criminal-code-2015/117"]),
    ...events("VN-030", ["arrested 2022-05-02 charges=vn/criminal-code-2015/331"]),
  ],
};

function found(person: string | null, fields: Partial<Event> = {}): Event {
  return {
    start: 120,
    end: 190,
    text: `${person} was sentenced to eight years in prison`,
    type: "sentence",
    person,
    personStart: null,
    personEnd: null,
    actor: null,
    date: "2021-11-09",
    place: null,
    charges: [],
    sentenceMonths: 96,
    probationMonths: 36,
    ...fields,
  };
}

const source = { sourceId: "05-mekong-wire", url: null, note: null };
const run = (e: Event, documentDate: string | null = null) =>
  suggest({ event: e, source, documentDate, recordedAt: "2021-11-10T08:00:00Z" }, REGISTER);

describe("suggestions from extracted events", () => {
  it.each([
    ["the full name without diacritics", "Tran Thi Mai Huong", "existing", "add-event", ["VN-001"]],
    ["the full name after a title", "Ms. Trần Thị Mai Hương", "existing", "add-event", ["VN-001"]],
    ["a given name two people share", "Hương", "ambiguous", "choose-case", ["VN-001", "VN-020"]],
    [
      "a full name two people share",
      "Nguyen Van Binh",
      "ambiguous",
      "choose-case",
      ["VN-030", "VN-031"],
    ],
    ["nobody in the register", "Đỗ Văn Tâm", "new", "create-case", []],
  ] as const)("%s", (_what, person, decision, action, candidates) => {
    const s = run(found(person));
    expect([s.decision, s.action]).toEqual([decision, action]);
    expect(s.candidates.map((c) => c.caseId)).toEqual(candidates);
  });

  it("proposes the event with the article as its evidence", () => {
    const s = run(found("Tran Thi Mai Huong"));
    expect(s.event).toMatchObject({
      caseId: "VN-001",
      type: "sentenced",
      date: "2021-11-09",
      sentenceMonths: 96,
      probationMonths: 36,
      sources: [
        {
          sourceId: "05-mekong-wire",
          note: "Tran Thi Mai Huong was sentenced to eight years in prison",
        },
      ],
    });
  });

  it("ranks same-name candidates by province and charges, but still asks", () => {
    const s = run(
      found("Nguyen Van Binh", {
        type: "arrest",
        place: "Thai Binh province",
        charges: ["vn/criminal-code-2015/331"],
      }),
    );
    expect(s.decision).toBe("ambiguous");
    expect(s.candidates[0]).toMatchObject({ caseId: "VN-030", score: 1.4 });
    expect(s.candidates[0]!.reasons).toEqual([
      "same name",
      "province Thai Binh",
      "charged under vn/criminal-code-2015/331",
    ]);
  });

  it("adds the source to an event the register already has", () => {
    const s = run(found("Trần Thị Mai Hương", { type: "arrest", date: "2021-03" }));
    expect([s.action, s.duplicateOf]).toEqual(["add-source", "VN-001/1"]);
    expect(s.warnings).toEqual(["the register dates it 2021-03-16, the text 2021-03"]);
  });

  it("proposes a new case by the name as written", () => {
    const s = run(found("Đỗ Văn Tâm", { type: "arrest" }));
    expect(s.proposedCase).toMatchObject({ id: "new/do-van-tam", name: "Đỗ Văn Tâm" });
    expect(s.event).toMatchObject({
      caseId: "new/do-van-tam",
      type: "arrested",
      sentenceMonths: null,
    });
  });

  it("records a life sentence with no term, and says so", () => {
    const s = run(found("Tran Thi Mai Huong", { sentenceMonths: null, penalty: "life" }));
    expect(s.event?.sentenceMonths).toBeNull();
    expect(s.warnings).toEqual(["a life sentence: recorded with no term"]);
  });

  it("takes the document's date when the text gives none, and says so", () => {
    const s = run(found("Tran Thi Mai Huong", { date: null }), "2021-11-10");
    expect(s.event?.date).toBe("2021-11-10");
    expect(s.warnings[0]).toContain("the document's date 2021-11-10 is used");
    expect(run(found("Tran Thi Mai Huong", { date: null })).decision).toBe("unusable");
    expect(run(found(null)).decision).toBe("unusable");
  });
});
