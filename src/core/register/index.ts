// The case register's pure core: records, status histories, counting rules and counts, the
// import and export forms, and suggestions from extracted events. See docs/register.md.

export * from "./types.js";
export * from "./records.js";
export * from "./partial-date.js";
export * from "./record-time.js";
export * from "./known-events.js";
export * from "./counting-rules.js";
export * from "./charges.js";
export { CATALOGUE_STATUTES } from "./catalogue-statutes.js";
export { placeEvents, endsDetention, type PlacedEvent } from "./event-order.js";
export type { PointStatus } from "./status-fold.js";
export { buildTimeline, statusOn, type Timeline } from "./timeline.js";
export * from "./status-history.js";
export * from "./count.js";
export * from "./count-events.js";
export * from "./series.js";
export * from "./import-errors.js";
export { parseCsv, writeCsv, neutraliseFormula, restoreFormula } from "./csv.js";
export type { CsvCell, CsvRecord, CsvParse, CsvProblem } from "./csv.js";
export { importCsv, csvForm, type CsvFile, type CsvImportOptions } from "./csv-import.js";
export * from "./csv-export.js";
export { importJson, type JsonImportOptions } from "./json-form.js";
export { exportJson } from "./json-export.js";
export { PERSON_COLUMNS, PERSON_EXTRA_COLUMNS } from "./person-rows.js";
export { summarise, type PersonSummary } from "./person-summary.js";
export { EVENT_COLUMNS, EVENT_EXTRA_COLUMNS } from "./event-rows.js";
export * from "./suggest.js";
export { syntheticRegister, type SyntheticOptions } from "./synthetic.js";
