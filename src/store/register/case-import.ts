// `vigil cases import`: CSV (a person file, an event file, or both) or JSON, validated by the
// register core, merged into the stored register in one transaction. A file with errors imports
// nothing unless `skipInvalid`, and then every case with an error is left out whole.

import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { parseCsv } from "../../core/register/csv.js";
import { csvForm, importCsv, type CsvFile } from "../../core/register/csv-import.js";
import type { ImportResult } from "../../core/register/import-errors.js";
import { importJson } from "../../core/register/json-form.js";
import type { CaseEvent, Register } from "../../core/register/types.js";
import { UsageError } from "../../errors.js";
import { writeAudit, type NewAuditEntry } from "../audit/audit-store.js";
import type { ChangeBy } from "../audit/audit-types.js";
import type { Db } from "../db.js";
import { casesById, insertCases, updateCase, type StoredCase } from "./cases-store.js";
import { variants, writeHistory, type CaseRecords } from "./history-store.js";
import { planMerge, type MergePlan } from "./merge-plan.js";
import { insertRecords, recordsOf } from "./records-store.js";
import { lockRegister, runner, type Run } from "./register-sql.js";
import type { CaseImportRequest, CaseImportResult, ImportFile } from "./register-types.js";

function isJson(f: ImportFile): boolean {
  return /\.json$/i.test(f.file) || /^\uFEFF?\s*[[{]/.test(f.text);
}

/** The case ids a file mentions, read loosely: which stored cases the import may touch. */
function mentionedIds(files: readonly ImportFile[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    if (isJson(f)) {
      try {
        const parsed = JSON.parse(f.text.replace(/^\uFEFF/, "")) as unknown;
        const list = Array.isArray(parsed) ? parsed : (parsed as { cases?: unknown })?.cases;
        if (Array.isArray(list))
          for (const c of list) {
            const id = (c as { id?: unknown })?.id;
            if (typeof id === "string") ids.add(id.trim());
          }
      } catch {
        // The core reports the syntax error with its position.
      }
      continue;
    }
    const [header, ...rows] = parseCsv(f.text).records;
    const at = header?.cells.findIndex((c) => c.value.trim() === "id") ?? -1;
    if (at < 0) continue;
    for (const r of rows) {
      const id = r.cells[at]?.value.trim();
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

export function parseFiles(
  files: readonly ImportFile[],
  recordedAt: string,
  existing: { cases: ReadonlySet<string>; events: readonly CaseEvent[] },
): ImportResult<Register> {
  if (files.length === 0) throw new UsageError("cases import: give a CSV or JSON file");
  const json = files.filter(isJson);
  if (json.length > 0) {
    if (files.length > 1)
      throw new UsageError(
        "cases import: one JSON file at a time, or CSV files (a person file and/or an event file)",
      );
    return importJson(json[0]!.text, {
      file: json[0]!.file,
      recordedAt,
      statutes: CATALOGUE_STATUTES,
      existingEvents: existing.events,
    });
  }
  const forms: { persons?: CsvFile; events?: CsvFile } = {};
  for (const f of files) {
    const form = csvForm(f.text) === "event" ? "events" : "persons";
    if (forms[form])
      throw new UsageError(
        `cases import: two ${form === "events" ? "event" : "person"} files (${forms[form]!.file}, ${f.file}); give at most one of each`,
      );
    forms[form] = f;
  }
  return importCsv(forms, {
    recordedAt,
    statutes: CATALOGUE_STATUTES,
    existingCases: existing.cases,
    existingEvents: existing.events,
  });
}

/**
 * The audit entries of a merge plan: each new case, each attribute edit (before and after), and
 * the records each case gained (new ones, corrections and retractions).
 */
export function planAudit(plan: MergePlan): NewAuditEntry[] {
  const out: NewAuditEntry[] = [
    ...plan.newCases.map((c) => ({
      action: "case.create",
      type: "case" as const,
      id: c.id,
      after: c,
    })),
    ...plan.changedCases.map(({ before, after }) => ({
      action: "case.update",
      type: "case" as const,
      id: before.id,
      before,
      after,
    })),
  ];
  const added = new Map<string, CaseEvent[]>();
  for (const e of plan.records) added.set(e.caseId, [...(added.get(e.caseId) ?? []), e]);
  for (const [id, records] of added)
    out.push({ action: "case.records", type: "case", id, after: { records } });
  return out;
}

/**
 * Writes a merge plan: cases, attribute edits, records, then the status histories of the cases
 * whose records changed, and the audit entries of it all. Returns those cases.
 */
export async function applyPlan(
  run: Run,
  plan: MergePlan,
  stored: ReadonlyMap<string, StoredCase>,
  storedRecords: readonly CaseEvent[],
  origin: string,
  change: ChangeBy = {},
): Promise<CaseRecords[]> {
  const pks = new Map([...stored].map(([id, c]) => [id, c.pk]));
  for (const [id, pk] of await insertCases(run, plan.newCases)) pks.set(id, pk);
  for (const { before, after } of plan.changedCases)
    await updateCase(run, pks.get(before.id)!, before, after, origin);
  await insertRecords(
    run,
    plan.records.map((event) => ({ event, casePk: pks.get(event.caseId)!, origin })),
  );
  await writeAudit(run, change, planAudit(plan));
  const touched = new Map<string, CaseRecords>();
  const fresh = new Set(plan.newCases.map((c) => c.id));
  const changed = new Set([...fresh, ...plan.records.map((r) => r.caseId)]);
  for (const e of [...storedRecords, ...plan.records]) {
    if (!changed.has(e.caseId)) continue;
    const entry = touched.get(e.caseId) ?? { pk: pks.get(e.caseId)!, id: e.caseId, records: [] };
    (entry.records as CaseEvent[]).push(e);
    touched.set(e.caseId, entry);
  }
  for (const id of fresh)
    if (!touched.has(id)) touched.set(id, { pk: pks.get(id)!, id, records: [] });
  const kept = (await variants(run)).filter((v) => v.built);
  await writeHistory(run, [...touched.values()], kept);
  return [...touched.values()];
}

export async function importCases(db: Db, req: CaseImportRequest): Promise<CaseImportResult> {
  const recordedAt = req.recordedAt ?? new Date().toISOString();
  const origin = `import ${req.files.map((f) => f.file).join(", ")}`;
  return db.orm.transaction(async (tx) => {
    const run = runner(tx);
    await lockRegister(run);
    const stored = await casesById(run, mentionedIds(req.files));
    const storedRecords = (
      await recordsOf(
        run,
        [...stored.values()].map((c) => c.pk),
      )
    ).map((r) => r.event);
    const parsed = parseFiles(req.files, recordedAt, {
      cases: new Set(stored.keys()),
      events: storedRecords,
    });
    const result: CaseImportResult = {
      ok: parsed.errors.length === 0,
      imported: false,
      recordedAt,
      errors: parsed.errors,
      rejectedCases: parsed.rejectedCases,
      cases: { added: 0, updated: 0, unchanged: 0 },
      events: { added: 0, corrected: 0, unchanged: 0 },
    };
    if (parsed.errors.length > 0 && !req.skipInvalid) return result;
    const plan = planMerge({
      imported: parsed.value,
      stored: new Map([...stored].map(([id, c]) => [id, c.record])),
      records: storedRecords,
      recordedAt,
    });
    await applyPlan(run, plan, stored, storedRecords, origin, {
      by: req.by,
      why: req.why ?? origin,
    });
    return {
      ...result,
      imported: true,
      cases: {
        added: plan.newCases.length,
        updated: plan.changedCases.length,
        unchanged: plan.unchangedCases,
      },
      events: { added: plan.added, corrected: plan.corrected, unchanged: plan.unchanged },
    };
  });
}
