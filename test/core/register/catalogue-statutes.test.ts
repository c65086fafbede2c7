import { describe, expect, it } from "vitest";
import { CATALOGUE_STATUTES } from "../../../src/core/register/catalogue-statutes.js";
import { parseCharge } from "../../../src/core/register/charges.js";

describe("the register's view of the statute catalogue", () => {
  it.each([
    ["117", { id: "vn/criminal-code-2015/117" }],
    ["vn/penal-code-1999/88", { id: "vn/penal-code-1999/88" }],
    ["by/criminal-code-1999/361-1", { id: "by/criminal-code-1999/361-1" }],
    ["kh/criminal-code-2009/495", { id: "kh/criminal-code-2009/495" }],
    ["kh/criminal-code-2009/437-bis", { id: "kh/criminal-code-2009/437-bis" }],
    // A code the catalogue does not carry yet is taken as written.
    ["mm/penal-code-1861/505", { id: "mm/penal-code-1861/505" }],
    ["999", { problem: "article 999 is not in the statute catalogue" }],
    [
      "vn/penal-code-1999/999",
      { problem: "article vn/penal-code-1999/999 is not in the statute catalogue" },
    ],
    [
      "kh/criminal-code-2009/999",
      { problem: "article kh/criminal-code-2009/999 is not in the statute catalogue" },
    ],
  ])("%s", (written, expected) => {
    expect(parseCharge(written, CATALOGUE_STATUTES)).toEqual(expected);
  });

  it("maps 1999 Penal Code articles to their 2015 successors", () => {
    expect(CATALOGUE_STATUTES.toCurrent("vn/penal-code-1999/88")).toBe("vn/criminal-code-2015/117");
    expect(CATALOGUE_STATUTES.toCurrent("vn/penal-code-1999/79")).toBe("vn/criminal-code-2015/109");
    expect(CATALOGUE_STATUTES.toCurrent("vn/penal-code-1999/258")).toBe(
      "vn/criminal-code-2015/331",
    );
    expect(CATALOGUE_STATUTES.toCurrent("kh/criminal-code-2009/495")).toBe(
      "kh/criminal-code-2009/495",
    );
  });
});
