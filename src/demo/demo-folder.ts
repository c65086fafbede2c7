import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { isPostgresUrl } from "../store/db.js";

/** Written into a demo's folder, so that `vigil demo --db DIR` knows it may load DIR again. */
export const DEMO_MARKER = "vigil-demo.txt";

export interface DemoFolder {
  path: string;
  /** Made for this run and removed by `remove()`; a folder the user named is kept. */
  temporary: boolean;
  remove(): void;
  /** Marks a named folder as the demo's, once the database is made in it. */
  mark(): void;
}

/**
 * The demo database's folder: a new temporary one, or `dir` when it is new, empty or an earlier
 * demo's. Any other folder is refused: the demo loads example data and sets a new admin
 * password, which must never happen to a monitor's real database.
 */
export function demoFolder(dir?: string): DemoFolder {
  if (dir === undefined) {
    const path = mkdtempSync(join(tmpdir(), "vigil-demo-"));
    return {
      path,
      temporary: true,
      remove: () => rmSync(path, { recursive: true, force: true }),
      mark: () => {},
    };
  }
  if (isPostgresUrl(dir))
    throw new UsageError(
      "demo: --db must be a folder (the demo runs the embedded database); load a PostgreSQL server with `vigil cases import` and `vigil ingest`",
    );
  const path = resolve(dir);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) throw new UsageError(`demo: ${dir} is not a folder`);
    const entries = readdirSync(path);
    if (entries.length > 0 && !entries.includes(DEMO_MARKER))
      throw new UsageError(
        `demo: ${dir} holds files that \`vigil demo\` did not make; the demo loads example data and sets a new admin password there, so give it a new or empty folder`,
      );
  } else mkdirSync(path, { recursive: true });
  return { path, temporary: false, remove: () => {}, mark: () => mark(path) };
}

function mark(path: string): void {
  writeFileSync(
    join(path, DEMO_MARKER),
    "This database was made by `vigil demo`: the example articles, register and checks.\n" +
      "Each `vigil demo --db` on this folder loads them again (nothing is duplicated) and sets a new admin password.\n",
  );
}
