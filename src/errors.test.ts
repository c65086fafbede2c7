import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERRORS, SourceEmpty, VigilError } from "./errors.js";

describe("error registry", () => {
  it("builds errors with a code, a message and the one JSON shape", () => {
    const e = new SourceEmpty("a.txt");
    expect(e).toBeInstanceOf(VigilError);
    expect(e.toJSON()).toEqual({
      ok: false,
      code: "VIGIL_ERR_SOURCE_EMPTY",
      error: "a.txt: empty: nothing to analyse",
      status: 400,
    });
  });

  it("documents every code in docs/errors.md", () => {
    const doc = readFileSync(new URL("../docs/errors.md", import.meta.url), "utf8");
    expect(ERRORS.size).toBeGreaterThan(5);
    for (const code of ERRORS.keys()) expect(doc, code).toContain(`\`${code}\``);
  });
});
