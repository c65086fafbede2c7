import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { acquireDirLock, LOCK_FILE } from "../../src/store/dir-lock.js";
import { tempDir } from "../helpers/tmp.js";

const FIXTURE = new URL("./fixtures/hold-lock.ts", import.meta.url).pathname;

function holdLock(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`fixture exited ${code}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

describe("database directory lock", () => {
  it("is exclusive, names its holder and is released by close", () => {
    const dir = tempDir();
    const lock = acquireDirLock(dir, "vigil ingest a.txt");
    const held = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"));
    expect(held).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      command: "vigil ingest a.txt",
    });
    expect(() => acquireDirLock(dir, "vigil search x")).toThrow(
      /in use by this process .*"vigil ingest a\.txt" since/,
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDirLock(dir, "again").release();
  });

  it("stops a second process with its pid and command, and frees up when it ends", async () => {
    const dir = tempDir();
    const child = await holdLock(dir);
    try {
      expect(() => acquireDirLock(dir, "me")).toThrow(
        new RegExp(
          `in use by pid ${child.pid} on ${hostname()}, running "hold-lock fixture" since \\d{4}-`,
        ),
      );
      expect(() => acquireDirLock(dir, "me")).toThrow(
        expect.objectContaining({ code: "VIGIL_ERR_DB_LOCKED" }),
      );
    } finally {
      child.kill("SIGTERM");
      await exited(child);
    }
    // SIGTERM: the holder's signal handler removed the lock file before it died.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDirLock(dir, "me").release();
  });

  it("takes over a lock whose holder was killed with SIGKILL", async () => {
    const dir = tempDir();
    const child = await holdLock(dir);
    child.kill("SIGKILL");
    await exited(child);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const lock = acquireDirLock(dir, "survivor");
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).command).toBe("survivor");
    lock.release();
  });

  it("takes over a stale lock left by a dead pid, ", () => {
    const dir = tempDir();
    const stale = {
      pid: deadPid(),
      hostname: hostname(),
      command: "old",
      since: "2020-01-01T00:00:00Z",
    };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    acquireDirLock(dir, "new").release();
  });

  it("protects the PGlite directory: a second open fails until the first closes", async () => {
    const dir = join(tempDir(), "data");
    const db = await createDb({ db: dir }, { command: "first" });
    await expect(createDb({ db: dir })).rejects.toThrow(/in use by this process .*"first"/);
    await db.close();
    const again = await createDb({ db: dir });
    await again.close();
  });

  it("refuses to turn a folder of other files into a database", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(createDb({ db: dir })).rejects.toThrow(/not empty and is not a Vigil database/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
