// Helpers for the register's database tests: the example register's files, and a way to empty the
// register tables between tests (the rest of the store is left alone).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../src/store/db.js";
import type { ImportFile } from "../../src/store/register/register-types.js";

export const EXAMPLE_REGISTER = join(import.meta.dirname, "../../examples/register");

export function exampleFiles(): ImportFile[] {
  return ["cases.csv", "events.csv"].map((file) => ({
    file,
    text: readFileSync(join(EXAMPLE_REGISTER, file), "utf8"),
  }));
}

export async function truncateRegister(db: Db): Promise<void> {
  await db.exec(`TRUNCATE cases, case_changes, case_events, case_event_charges, case_event_sources,
    case_history, case_suggestions RESTART IDENTITY CASCADE`);
}
