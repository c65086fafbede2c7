// Importing into the database and exporting back: errors with file, line, column and reason;
// nothing imported from a file with errors unless skipInvalid; export→import round trips exactly;
// a re-import changes nothing; a changed record becomes a correction, never an overwrite.
import { beforeEach, expect, it } from "vitest";
import { CATALOGUE_STATUTES } from "../../../src/core/register/catalogue-statutes.js";
import { exportCsv } from "../../../src/core/register/csv-export.js";
import { importCsv } from "../../../src/core/register/csv-import.js";
import { formatImportError } from "../../../src/core/register/import-errors.js";
import { exampleFiles, truncateRegister } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

const AT = "2025-05-20T00:00:00Z";

describeStores("case register import and export", (ctx) => {
  beforeEach(() => truncateRegister(ctx.db));

  it("imports the example register and exports exactly what the core exports", async () => {
    const files = exampleFiles();
    const r = await ctx.store.casesImport({ files, recordedAt: AT });
    expect(r.errors.map(formatImportError)).toEqual([]);
    expect(r).toMatchObject({ ok: true, imported: true, cases: { added: 76 } });
    const core = importCsv(
      { persons: files[0]!, events: files[1]! },
      { recordedAt: AT, statutes: CATALOGUE_STATUTES },
    ).value;
    expect(r.events.added).toBe(core.events.length);
    const expected = exportCsv(core, { statutes: CATALOGUE_STATUTES, includeConfidential: true });
    const persons = await ctx.store.casesExport({ format: "csv", includeConfidential: true });
    const events = await ctx.store.casesExport({ format: "events-csv", includeConfidential: true });
    expect(persons.text).toBe(expected.persons);
    expect(events.text).toBe(expected.events);
    // Confidential people never leave by default.
    const open = await ctx.store.casesExport({ format: "csv" });
    expect(open.text).not.toContain("VN-072");
    expect(open.cases).toBe(75);
  });

  it("round-trips export → import → export exactly, in CSV and in JSON", async () => {
    await ctx.store.casesImport({ files: exampleFiles(), recordedAt: AT });
    const json = await ctx.store.casesExport({ format: "json", includeConfidential: true });
    const persons = await ctx.store.casesExport({ format: "csv", includeConfidential: true });
    const events = await ctx.store.casesExport({ format: "events-csv", includeConfidential: true });

    await truncateRegister(ctx.db);
    const fromJson = await ctx.store.casesImport({ files: [{ file: "r.json", text: json.text }] });
    expect(fromJson.errors).toEqual([]);
    expect((await ctx.store.casesExport({ format: "json", includeConfidential: true })).text).toBe(
      json.text,
    );

    await truncateRegister(ctx.db);
    const fromCsv = await ctx.store.casesImport({
      files: [
        { file: "events.csv", text: events.text },
        { file: "cases.csv", text: persons.text },
      ],
    });
    expect(fromCsv.errors).toEqual([]);
    expect((await ctx.store.casesExport({ format: "json", includeConfidential: true })).text).toBe(
      json.text,
    );
    expect(
      (await ctx.store.casesExport({ format: "events-csv", includeConfidential: true })).text,
    ).toBe(events.text);
  });

  it("reports errors by file, line, column and reason, and imports nothing", async () => {
    const text = [
      "id,name,gender,arrested,tried,sentence_months",
      "VN-900,Lê Văn Một,male,2021-03-16,2021-11-09,96",
      "VN-901,Lê Văn Hai,male,2021-13-01,,",
      'VN-902,"Lê Văn, Ba",male,2021-04-01,2021-09-01,8 years',
      "VN-903,Lê Văn Bốn,male,2022-01-10,,",
    ].join("\n");
    const r = await ctx.store.casesImport({ files: [{ file: "people.csv", text }] });
    expect(r.ok).toBe(false);
    expect(r.imported).toBe(false);
    expect(r.errors.map(formatImportError)).toEqual([
      "people.csv:3:4: arrested: month 13 is not 01..12",
      'people.csv:4:6: sentence_months: "8 years" is not a whole number of months',
    ]);
    expect(r.rejectedCases).toEqual(["VN-901", "VN-902"]);
    expect((await ctx.store.casesList()).length).toBe(0);

    const skipped = await ctx.store.casesImport({
      files: [{ file: "people.csv", text }],
      skipInvalid: true,
    });
    expect(skipped).toMatchObject({ ok: false, imported: true, cases: { added: 2 } });
    expect((await ctx.store.casesList()).map((c) => c.id)).toEqual(["VN-900", "VN-903"]);
  });

  it("reports JSON errors where the value starts", async () => {
    const text = `[{"id": "VN-1", "name": "A", "events": [{"type": "arrested", "date": "2021-13"}]}]`;
    const r = await ctx.store.casesImport({ files: [{ file: "cases.json", text }] });
    expect(r.errors.map(formatImportError)).toEqual([
      "cases.json:1:70: [0].events[0].date: month 13 is not 01..12",
    ]);
    expect(r.imported).toBe(false);
  });

  it("changes nothing on a second import, and records a change as a correction", async () => {
    await ctx.store.casesImport({ files: exampleFiles(), recordedAt: AT });
    const again = await ctx.store.casesImport({ files: exampleFiles() });
    expect(again.cases).toEqual({ added: 0, updated: 0, unchanged: 76 });
    expect(again.events).toMatchObject({ added: 0, corrected: 0 });
    // Either file alone says nothing new either: a person row is compared column by column.
    for (const file of exampleFiles()) {
      const alone = await ctx.store.casesImport({ files: [file] });
      expect(alone.events, file.file).toMatchObject({ added: 0, corrected: 0 });
    }

    const later = "2025-06-01T10:00:00Z";
    const person = [
      "id,name,gender,arrested,tried,sentence_months,province",
      "VN-001,Trần Thị Mai Hương,female,2021-03-17,2021-11-09,96,Nghệ An",
    ].join("\n");
    const r = await ctx.store.casesImport({
      files: [{ file: "fix.csv", text: person }],
      recordedAt: later,
    });
    expect(r.errors).toEqual([]);
    expect(r.cases.updated).toBe(1);
    expect(r.events.corrected).toBe(1);
    const shown = await ctx.store.caseShow("VN-001");
    expect(shown.case.province).toBe("Nghệ An");
    expect(shown.case.religion).toBe("Catholic"); // a blank column keeps the stored value
    expect(shown.changes).toHaveLength(1);
    const fix = shown.records.find((x) => x.event.supersedes === "VN-001/1");
    expect(fix?.event).toMatchObject({ type: "arrested", date: "2021-03-17", recordedAt: later });
    expect(shown.records.find((x) => x.event.id === "VN-001/1")).toMatchObject({
      live: false,
      supersededBy: fix!.event.id,
    });
    expect(shown.history[1]).toMatchObject({ status: "pending-trial", from: "2021-03-17" });
  });

  it("keeps case events append-only", async () => {
    await ctx.store.casesImport({ files: exampleFiles(), recordedAt: AT });
    await expect(ctx.db.query("UPDATE case_events SET date = '2020' WHERE id = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.query("DELETE FROM case_events WHERE id = 1")).rejects.toThrow(
      /append-only/,
    );
  });
});
