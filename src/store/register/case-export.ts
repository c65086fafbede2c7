// `vigil cases export`: the stored register in the core's forms — the person CSV, the event CSV
// (every record, corrections included) or JSON (lossless). Importing the two CSV files, or the
// JSON, into an empty register gives back exactly these files.

import { CATALOGUE_STATUTES } from "../../core/register/catalogue-statutes.js";
import { exportCsv, exportable } from "../../core/register/csv-export.js";
import { exportJson } from "../../core/register/json-export.js";
import type { Register } from "../../core/register/types.js";
import { sql } from "drizzle-orm";
import { confidentialNames } from "../confidential-service.js";
import { HIDDEN_CASES } from "../confidential-sql.js";
import type { Db } from "../db.js";
import { maskableNames, nameMasker } from "../redact.js";
import { allCases } from "./cases-store.js";
import { recordsOf } from "./records-store.js";
import { runner, type Run } from "./register-sql.js";
import type { CaseExportRequest, CaseExportResult } from "./register-types.js";

/** The whole stored register as the core's records, in the order they were written. */
export async function loadRegister(run: Run): Promise<Register> {
  const cases = await allCases(run);
  const records = await recordsOf(run, null);
  return { cases: cases.map((c) => c.record), events: records.map((r) => r.event) };
}

/**
 * The register in one of its forms. Confidential cases — marked, or of a confidential person —
 * are left out unless asked for, and then the names of confidential people are masked wherever
 * else they appear (a note on another case).
 */
export async function exportCases(db: Db, req: CaseExportRequest): Promise<CaseExportResult> {
  const run = runner(db.orm);
  const loaded = await loadRegister(run);
  const hidden = new Set(
    (await run<{ id: string }>(sql`SELECT x.case_id AS id FROM ${HIDDEN_CASES} x`)).map(
      (r) => r.id,
    ),
  );
  const register = {
    ...loaded,
    cases: loaded.cases.map((c) => (hidden.has(c.id) ? { ...c, confidential: true } : c)),
  };
  const includeConfidential = req.includeConfidential === true;
  const shown = exportable(register, includeConfidential);
  const base = { format: req.format, cases: shown.cases.length, events: shown.events.length };
  const masked = async (text: string): Promise<string> =>
    includeConfidential ? text : nameMasker(maskableNames(await confidentialNames(db))).mask(text);
  if (req.format === "json")
    return {
      ...base,
      text: await masked(exportJson(register, { includeConfidential })),
      warnings: [],
    };
  const csv = exportCsv(register, {
    statutes: CATALOGUE_STATUTES,
    includeConfidential,
    ...(req.eol ? { eol: req.eol } : {}),
  });
  return {
    ...base,
    text: await masked(req.format === "csv" ? csv.persons : csv.events),
    warnings: req.format === "csv" ? [] : csv.warnings,
  };
}
