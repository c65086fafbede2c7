import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startServer } from "../../src/http/server.js";
import { runCli } from "../helpers/cli.js";
import { freshDataDir } from "../helpers/store.js";

describe("vigil users", () => {
  it("adds, lists, changes roles and passwords, and removes users", async () => {
    const db = await freshDataDir();
    const add = await runCli(
      ["--db", db, "users", "add", "mai", "--role", "editor", "--password-stdin"],
      {
        stdin: "a-long-enough-password\n",
      },
    );
    expect(add.stderr).toBe("");
    expect(add.stdout).toBe("added mai (editor)\n");
    const short = await runCli(
      ["--db", db, "users", "add", "lan", "--role", "viewer", "--password-stdin"],
      {
        stdin: "short\n",
      },
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("at least 10 characters");
    const noTty = await runCli(["--db", db, "users", "add", "lan", "--role", "viewer"]);
    expect(noTty.stderr).toContain("--password-stdin");
    expect((await runCli(["--db", db, "users", "role", "mai", "admin"])).stdout).toBe(
      "mai is now admin\n",
    );
    const list = await runCli(["--db", db, "users", "--json"]);
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: "mai", role: "admin" }]);
    expect(list.stdout).not.toContain("scrypt");
    const pw = await runCli(["--db", db, "users", "password", "mai", "--password-stdin"], {
      stdin: "another-long-password",
    });
    expect(pw.stdout).toBe("password of mai changed\n");
    const last = await runCli(["--db", db, "users", "remove", "mai"]);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain("VIGIL_ERR_CONFLICT");
  });
});

describe("vigil serve", () => {
  it("creates an admin on the first run only, prints how to log in, and serves the API", async () => {
    const db = await freshDataDir();
    const config = loadConfig({ db, port: 0, host: "127.0.0.1", logLevel: "silent" }, {});
    const said: string[] = [];
    const first = await startServer(config, (l) => void said.push(l));
    let password: string;
    try {
      const text = said.join("");
      expect(text).toMatch(/listening on http:\/\/localhost:\d+/);
      password = /password\n\n {4}(\S+)\n/.exec(text)![1]!;
      const r = await fetch(`${first.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "admin", password }),
      });
      expect(r.status).toBe(200);
      expect(r.headers.get("set-cookie")).toMatch(/vigil_session=.*HttpOnly.*SameSite=Strict/i);
    } finally {
      await first.close();
    }
    const again: string[] = [];
    const second = await startServer(config, (l) => void again.push(l));
    await second.close();
    expect(again.join("")).not.toContain("First run");
  });
});
