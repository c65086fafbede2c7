import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig, SETTINGS } from "./config.js";

describe("config", () => {
  it("takes overrides over the environment over defaults", () => {
    expect(loadConfig({}, {}).db).toBe("./vigil-data");
    expect(loadConfig({}, { VIGIL_DB: "postgres://x/y" }).db).toBe("postgres://x/y");
    expect(loadConfig({ db: "/tmp/d" }, { VIGIL_DB: "postgres://x/y" }).db).toBe("/tmp/d");
    expect(loadConfig({}, { VIGIL_MAX_INPUT_BYTES: "1_000" }).maxInputBytes).toBe(1000);
  });

  it("rejects invalid values with the setting's name", () => {
    expect(() => loadConfig({}, { VIGIL_PORT: "eighty" })).toThrow(
      "setting port=eighty is invalid",
    );
    expect(() => loadConfig({}, { VIGIL_LOG_LEVEL: "loud" })).toThrow("log-level");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(loadConfig({}, {}))).toBe(true);
  });

  it("documents every setting in docs/settings.md", () => {
    const doc = readFileSync(new URL("../docs/settings.md", import.meta.url), "utf8");
    for (const s of SETTINGS) {
      expect(doc, s.name).toContain(`\`${s.env}\``);
      expect(doc, s.name).toContain(`\`${s.name}\``);
    }
  });
});
