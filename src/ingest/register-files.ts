import { readFile } from "node:fs/promises";
import { SourceUnreadable } from "../errors.js";
import type { CaseImportRequest } from "../store/register/register-types.js";

/** Register import files (CSV or JSON) as text for `casesImport`; an unreadable one is named. */
export function readRegisterFiles(paths: readonly string[]): Promise<CaseImportRequest["files"]> {
  return Promise.all(
    paths.map(async (file) => ({
      file,
      text: await readFile(file, "utf8").catch((err: Error) => {
        throw new SourceUnreadable(file, err.message);
      }),
    })),
  );
}
