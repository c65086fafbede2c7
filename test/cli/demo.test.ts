import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const CLI = new URL("../helpers/vigil-src.ts", import.meta.url).pathname;

describe("vigil demo", () => {
  it("loads the examples into a temporary database, serves them with a login, and cleans up on Ctrl-C", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "demo", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, VIGIL_DB: "", VIGIL_PORT: "", VIGIL_LOG_LEVEL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (c: Buffer) => {
          stdout += c.toString();
          if (/password: +\S+\n/.test(stdout)) resolve();
        });
        void exited.then((code) => reject(new Error(`demo exited ${code}: ${stderr}`)));
      });
      const url = /running at (http:\/\/localhost:\d+)/.exec(stdout)![1]!;
      const folder = /a database in (\S+) \(removed when the demo stops\)/.exec(stdout)![1]!;
      const password = /password: +(\S+)\n/.exec(stdout)![1]!;
      expect(stdout).toMatch(/user: +admin\n/);
      expect(stdout).toMatch(/register: 76 cases/);
      expect(stdout).toMatch(/articles: 18 stored \(18 new\), 0 failed/);
      expect(existsSync(folder)).toBe(true);

      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true });
      const login = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "admin", password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
      const status = (await (await fetch(`${url}/api/status`, { headers: { cookie } })).json()) as {
        counts: Record<string, number>;
      };
      expect(status.counts).toMatchObject({ documents: 18 });
      const checks = (await (await fetch(`${url}/api/checks`, { headers: { cookie } })).json()) as {
        items: unknown[];
      };
      expect(checks.items.length).toBeGreaterThan(0);
      const wrong = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "admin", password: password + "x" }),
      });
      expect(wrong.status).toBe(401);

      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stderr).toContain("vigil demo: stopping");
      expect(existsSync(folder)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 240_000);

  it("refuses a folder that holds anything but an earlier demo, and a PostgreSQL URL", async () => {
    const dir = tempDir();
    const mine = join(dir, "notes");
    mkdirSync(mine);
    writeFileSync(join(mine, "cases.txt"), "my own register\n");
    const foreign = await runCli(["demo", "--db", mine]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("did not make");
    expect(existsSync(join(mine, "cases.txt"))).toBe(true);

    const server = await runCli(["--db", "postgres://nobody@127.0.0.1:1/vigil", "demo"]);
    expect(server.code).toBe(2);
    expect(server.stderr).toContain("--db must be a folder");
  });
});
