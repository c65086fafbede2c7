import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The directory holding package.json, found from this file (works from eval/ and dist/eval/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir)
      throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export type DataLocation =
  { found: true; path: string } | { found: false; reason: string; explicit: boolean };

/**
 * Shared data sits beside the checkout: `<root>/../shared/<rel>`. A git worktree lives deeper
 * (`/work/wt/<name>`), so the `shared/` beside each further ancestor is tried after that.
 * `envVar`, when set, names the file outright and must exist.
 */
export function locateSharedData(rel: string, envVar: string): DataLocation {
  const fromEnv = process.env[envVar];
  if (fromEnv !== undefined && fromEnv !== "") {
    const path = resolve(fromEnv);
    return existsSync(path)
      ? { found: true, path }
      : { found: false, reason: `${envVar}=${fromEnv}: no such file`, explicit: true };
  }
  const root = projectRoot();
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const path = join(dir, "shared", rel);
    if (existsSync(path)) return { found: true, path };
    if (dirname(dir) === dir) break;
  }
  return {
    found: false,
    reason: `../shared not found (no shared/${rel} beside ${root} or its parents; set ${envVar})`,
    explicit: false,
  };
}
