// export → import gives back exactly the register, for every form, on random registers with
// awkward text (quotes, commas, line breaks, formulas, diacritics).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/core/register/csv-import.js";
import { exportCsv } from "../../../src/core/register/csv-export.js";
import { exportJson } from "../../../src/core/register/json-export.js";
import { importJson } from "../../../src/core/register/json-form.js";
import { addDays } from "../../../src/core/register/partial-date.js";
import {
  eventsFromSummary,
  type PersonSummary,
} from "../../../src/core/register/person-summary.js";
import { caseRecord } from "../../../src/core/register/records.js";
import {
  CASE_EVENT_TYPES,
  RELEASE_REASONS,
  type Case,
  type CaseEvent,
  type EvidenceSource,
  type Register,
} from "../../../src/core/register/types.js";

const AT = "2024-05-01T10:00:00Z";
const piece = fc.constantFrom(
  "a",
  "Ngọc",
  "Hương",
  ",",
  '"',
  "\n",
  "\r\n",
  " ",
  ";",
  "=",
  "+",
  "-",
  "@",
  "'",
  "\t",
  "é",
);
const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
const attr = fc.option(
  text.filter((s) => s !== ""),
  { nil: null },
);
const name = text.map((s) => `N${s}`);
const day = fc.integer({ min: 0, max: 9000 }).map((n) => addDays("2000-01-01", n));
const partial = fc.tuple(day, fc.constantFrom(10, 10, 7, 4)).map(([d, n]) => d.slice(0, n));
const stamp = fc.integer({ min: 0, max: 2000 }).map((n) => `${addDays("2019-01-01", n)}T08:30:00Z`);
const months = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null });
const charges = fc.uniqueArray(
  fc.constantFrom(
    "vn/criminal-code-2015/117",
    "vn/criminal-code-2015/331",
    "vn/criminal-code-2015/88a",
    "vn/penal-code-1999/88",
  ),
  { maxLength: 3 },
);
const ref = fc.stringMatching(/^[a-z0-9][a-z0-9./-]{0,12}$/);
const csvSource: fc.Arbitrary<EvidenceSource> = fc.oneof(
  ref.map((sourceId) => ({ sourceId, url: null, note: null })),
  ref.map((r) => ({ sourceId: null, url: `https://example.org/${r}`, note: null })),
);
const anySource: fc.Arbitrary<EvidenceSource> = fc
  .record({
    sourceId: fc.option(text, { nil: null }),
    url: fc.option(text, { nil: null }),
    note: fc.option(text, { nil: null }),
  })
  .filter((s) => s.sourceId !== null || s.url !== null || s.note !== null);

const caseArb = (id: string): fc.Arbitrary<Case> =>
  fc
    .record({
      name,
      actor: attr,
      gender: attr,
      ethnicity: attr,
      religion: attr,
      province: attr,
      profession: attr,
      birthYear: fc.option(fc.integer({ min: 1930, max: 2010 }), { nil: null }),
      confidential: fc.boolean(),
      notes: attr,
    })
    .map((fields) => caseRecord({ id, ...fields }));

/** Events for a case: random records, some correcting earlier ones. */
function eventsArb(caseId: string, source: fc.Arbitrary<EvidenceSource>, ids: "derived" | "own") {
  const one = fc.record({
    type: fc.constantFrom(...CASE_EVENT_TYPES),
    date: partial,
    reason: fc.constantFrom(null, ...RELEASE_REASONS),
    charges,
    sentenceMonths: months,
    probationMonths: months,
    houseArrestMonths: months,
    suspended: fc.boolean(),
    sources: fc.array(source, { maxLength: 2 }),
    recordedAt: stamp,
    correct: fc.option(fc.nat(), { nil: null }),
    retracted: fc.boolean(),
    own: fc.stringMatching(/^[a-z]{1,4}$/),
  });
  return fc.array(one, { maxLength: 5 }).map((list) => {
    const out: CaseEvent[] = [];
    list.forEach((e, k) => {
      const target = e.correct !== null && out.length > 0 ? out[e.correct % out.length]! : null;
      out.push({
        id: ids === "derived" ? `${caseId}/${k + 1}` : `${caseId}:${e.own}${k}`,
        caseId,
        type: e.type,
        date: e.date,
        releaseReason: e.type === "released" ? e.reason : null,
        charges: e.charges,
        sentenceMonths: e.sentenceMonths,
        probationMonths: e.probationMonths,
        houseArrestMonths: e.houseArrestMonths,
        suspended: e.suspended,
        sources: e.sources,
        recordedAt: target && target.recordedAt > e.recordedAt ? target.recordedAt : e.recordedAt,
        supersedes: target?.id ?? null,
        retracted: target !== null && e.retracted,
      });
    });
    return out;
  });
}

function registerArb(source: fc.Arbitrary<EvidenceSource>): fc.Arbitrary<Register> {
  return fc
    .uniqueArray(fc.stringMatching(/^[A-Z]{2}-[0-9]{1,3}$/), { maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        fc.tuple(...ids.map(caseArb)),
        fc.tuple(
          ...ids.map((id) =>
            fc
              .constantFrom<"derived" | "own">("derived", "own")
              .chain((k) => eventsArb(id, source, k)),
          ),
        ),
      ),
    )
    .map(([cases, events]) => ({ cases, events: events.flat() }));
}

describe("round trips", () => {
  it("JSON: import(export(register)) is the register", () => {
    fc.assert(
      fc.property(registerArb(anySource), (register) => {
        const json = exportJson(register, { includeConfidential: true });
        const back = importJson(json, { file: "r.json", recordedAt: AT });
        expect(back.errors).toEqual([]);
        expect(back.value).toEqual(register);
      }),
      { numRuns: 200 },
    );
  });

  it("CSV, both forms: import(export(register)) is the register", () => {
    fc.assert(
      fc.property(
        registerArb(csvSource),
        fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"),
        (register, eol) => {
          const out = exportCsv(register, { includeConfidential: true, eol });
          expect(out.warnings).toEqual([]);
          const back = importCsv(
            {
              persons: { file: "cases.csv", text: out.persons },
              events: { file: "events.csv", text: out.events },
            },
            { recordedAt: AT },
          );
          expect(back.errors).toEqual([]);
          expect(back.value).toEqual(register);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("CSV, person form alone: a register of person rows comes back whole", () => {
    const summary: fc.Arbitrary<PersonSummary> = fc
      .record({
        days: fc.array(day, { minLength: 5, maxLength: 5 }).map((d) => d.sort()),
        precision: fc.array(fc.constantFrom(10, 7, 4), { minLength: 5, maxLength: 5 }),
        present: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        charges,
        sentenceMonths: months,
      })
      .map(({ days, precision, present, charges, sentenceMonths }) => {
        const at = (i: number) => (present[i] ? days[i]!.slice(0, precision[i]) : null);
        const s: PersonSummary = {
          atRiskSince: at(0),
          arrested: at(1),
          tried: at(2),
          released: at(3),
          died: at(4),
          sentenceMonths: at(2) === null ? null : sentenceMonths,
          charges: [],
        };
        if (s.arrested !== null || s.tried !== null || s.atRiskSince !== null) s.charges = charges;
        return s;
      });
    const people = fc
      .uniqueArray(fc.stringMatching(/^[A-Z]{2}-[0-9]{1,3}$/), { maxLength: 8 })
      .chain((ids) => fc.tuple(fc.tuple(...ids.map(caseArb)), fc.tuple(...ids.map(() => summary))));
    fc.assert(
      fc.property(people, ([cases, summaries]) => {
        const events = cases.flatMap((c, i) => {
          const made = eventsFromSummary(c.id, summaries[i]!, AT);
          if (!("events" in made)) throw new Error(made.reason);
          return made.events;
        });
        const register = { cases, events };
        const out = exportCsv(register, { includeConfidential: true });
        const back = importCsv(
          { persons: { file: "cases.csv", text: out.persons } },
          { recordedAt: AT },
        );
        expect(back.errors).toEqual([]);
        expect(back.value).toEqual(register);
      }),
      { numRuns: 200 },
    );
  });
});
