// What `vigil demo` loads: the project's example register and articles, then a check of every
// extracted statement, through the same services as `vigil cases import`, `vigil ingest` and
// `vigil check --statement`.

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../config.js";
import { formatImportError } from "../core/register/import-errors.js";
import { SourceMalformed } from "../errors.js";
import { ingestSources, summarise, type IngestSummary } from "../ingest/ingest-service.js";
import { readRegisterFiles } from "../ingest/register-files.js";
import type { CaseImportResult } from "../store/register/register-types.js";
import type { StoreService } from "../store/store-types.js";

/** Who the demo's checks are recorded as asked by. */
export const DEMO_CHECKER = "vigil-demo";

/** examples/ beside the package root, from src/demo (tests) or dist/src/demo (the built CLI). */
export function examplesDir(): string | null {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const up of ["../..", "../../.."]) {
    const dir = resolve(here, up, "examples");
    if (existsSync(join(dir, "articles")) && existsSync(join(dir, "register"))) return dir;
  }
  return null;
}

export interface DemoChecks {
  /** Statements checked. */
  statements: number;
  /** Checks kept for review: those the record had something to say about. */
  saved: number;
  /** False when the database already held checks (a demo folder used again): none were added. */
  ran: boolean;
}

export interface DemoLoad {
  register: CaseImportResult;
  ingest: IngestSummary;
  checks: DemoChecks;
}

export interface DemoLoadOptions {
  config: Config;
  /** The examples folder (`examplesDir()`). */
  examples: string;
  say: (line: string) => Promise<void> | void;
  /** Stops between documents and between checks (Ctrl-C while loading). */
  signal?: AbortSignal;
}

/**
 * Loads the examples into `store`. Safe to run again on the same database: the import never
 * overwrites, ingest is idempotent, and checks are added only to a database that has none.
 * Null when stopped by the signal.
 */
export async function loadDemoData(
  store: StoreService,
  { config, examples, say, signal }: DemoLoadOptions,
): Promise<DemoLoad | null> {
  // The register goes first so that the events read from the articles are matched to its cases
  // in the review queue, as they would be in a monitor's own database.
  const register = await store.casesImport({
    files: await readRegisterFiles([
      join(examples, "register/cases.csv"),
      join(examples, "register/events.csv"),
    ]),
  });
  const bad = register.errors[0];
  if (bad) throw new SourceMalformed(bad.file, formatImportError(bad));
  await say(
    `  register: ${register.cases.added + register.cases.unchanged + register.cases.updated} cases, ${register.events.added + register.events.unchanged + register.events.corrected} records\n`,
  );

  const counter = summarise();
  for await (const e of ingestSources(store, [join(examples, "articles")], {
    maxInputBytes: config.maxInputBytes,
    maxDocumentChars: config.maxDocumentChars,
    jurisdiction: config.jurisdiction || null,
  })) {
    counter.add(e);
    if (signal?.aborted) return null;
    if (!e.ok) await say(`  ${e.id}: ${e.error?.message ?? "failed"} [${e.error?.code}]\n`);
  }
  const ingest = counter.summary();
  await say(
    `  articles: ${ingest.documents - ingest.failed} stored (${ingest.ingested} new), ${ingest.failed} failed, ${ingest.seconds.toFixed(1)} s\n`,
  );

  if (signal?.aborted) return null;
  const checks = await checkStatements(store, signal);
  if (signal?.aborted) return null;
  await say(
    checks.ran
      ? `  checks: ${checks.statements} statements checked, ${checks.saved} kept for review\n`
      : `  checks: the database already holds checks; none added\n`,
  );
  return { register, ingest, checks };
}

/**
 * Checks every extracted statement against the record and keeps, for review, those whose
 * proposal is more than "unverifiable": the claims a reviewer would look at first.
 */
export async function checkStatements(
  store: StoreService,
  signal?: AbortSignal,
): Promise<DemoChecks> {
  if ((await store.listChecks({ limit: 1 })).length > 0)
    return { statements: 0, saved: 0, ran: false };
  const pageSize = 500;
  let statements = 0;
  let saved = 0;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.statementsList({ limit: pageSize, offset });
    for (const s of page) {
      if (signal?.aborted) return { statements, saved, ran: true };
      statements++;
      const probe = await store.checkStatement({ statementId: s.id, by: DEMO_CHECKER });
      if (probe.proposal.verdict === "unverifiable") continue;
      await store.checkStatement({ statementId: s.id, save: true, by: DEMO_CHECKER });
      saved++;
    }
    if (page.length < pageSize) break;
  }
  return { statements, saved, ran: true };
}
