import { describe, expect, it } from "vitest";
import { CODES, PACKS, STATUTES, statuteById, toCurrent } from "./index.js";
import { RIGHTS, STATUTE_ID, validateCatalogue, type StatutePack } from "./schema.js";

describe("statute catalogue", () => {
  it("passes its own validator", () => {
    expect(validateCatalogue(PACKS)).toEqual([]);
  });

  it("has unique, well-formed ids", () => {
    const ids = STATUTES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(STATUTE_ID);
  });

  it("points every replacedBy at an entry of the replacing code", () => {
    const old = STATUTES.filter((s) => s.replacedBy);
    expect(old.length).toBeGreaterThan(20);
    for (const s of old) {
      for (const t of [s.replacedBy!, ...(s.alsoReplacedBy ?? [])]) {
        const target = statuteById(t);
        expect(target, `${s.id} → ${t}`).not.toBeNull();
        expect(target!.code).toBe(CODES.find((c) => c.key === s.code)!.replacedBy);
      }
    }
  });

  it("marks only allowed rights, each with a source", () => {
    for (const s of STATUTES) {
      for (const r of s.restricts) expect(RIGHTS).toContain(r);
      if (s.restricts.length) expect(s.restrictsSource.length, s.id).toBeGreaterThan(0);
    }
  });

  it("names every offence in English, and in the code's language outside the Cambodian pack", () => {
    for (const s of STATUTES) {
      expect(s.offense.trim(), s.id).not.toBe("");
      if (s.jurisdiction !== "KH") expect(s.nativeName?.trim(), s.id).toBeTruthy();
      expect(s.sources.length, s.id).toBeGreaterThan(0);
    }
  });

  it("covers the Vietnamese articles monitors meet", () => {
    const wanted = [109, 110, 111, 112, 113, 116, 117, 118, 119, 120, 121, 155, 156, 157, 160, 163];
    wanted.push(167, 174, 178, 288, 318, 330, 331);
    for (const n of wanted)
      expect(statuteById(`vn/criminal-code-2015/${n}`), String(n)).not.toBeNull();
  });

  it.each([
    ["vn/penal-code-1999/88", "vn/criminal-code-2015/117"],
    ["vn/penal-code-1999/258", "vn/criminal-code-2015/331"],
    ["vn/penal-code-1999/79", "vn/criminal-code-2015/109"],
    ["vn/penal-code-1999/87", "vn/criminal-code-2015/116"],
    ["vn/penal-code-1999/89", "vn/criminal-code-2015/118"],
    ["vn/penal-code-1999/83", "vn/criminal-code-2015/112"],
    ["vn/penal-code-1999/84", "vn/criminal-code-2015/113"],
    ["vn/penal-code-1999/91", "vn/criminal-code-2015/121"],
    ["vn/penal-code-1999/245", "vn/criminal-code-2015/318"],
    ["vn/penal-code-1999/257", "vn/criminal-code-2015/330"],
  ])("maps %s to %s", (old, current) => {
    expect(toCurrent(old)).toBe(current);
  });

  it("keeps the facts of the two most cited articles", () => {
    const a117 = statuteById("vn/criminal-code-2015/117")!;
    expect(a117.nativeName).toMatch(/^Tội làm, tàng trữ, phát tán hoặc tuyên truyền/);
    expect(a117.penalties?.find((p) => p.clause === "2")).toMatchObject({
      minMonths: 120,
      maxMonths: 240,
    });
    expect(a117.restricts).toContain("expression");
    const a331 = statuteById("vn/criminal-code-2015/331")!;
    expect(a331.offenseAliases).toContain("abusing democratic freedoms");
    expect(a331.penalties?.find((p) => p.clause === "2")).toMatchObject({
      minMonths: 24,
      maxMonths: 84,
    });
  });

  it("does not mark protective provisions as restricting rights", () => {
    for (const n of [160, 163, 164, 167])
      expect(statuteById(`vn/criminal-code-2015/${n}`)!.restricts).toEqual([]);
  });

  it("covers the Cambodian articles monitors meet, with no Khmer title it could not check", () => {
    for (const n of [
      "305",
      "307",
      "311",
      "437-bis",
      "443",
      "453",
      "494",
      "495",
      "496",
      "522",
      "523",
    ]) {
      const s = statuteById(`kh/criminal-code-2009/${n}`);
      expect(s, n).not.toBeNull();
      expect(s!.nativeName, n).toBeUndefined();
    }
    expect(statuteById("kh/criminal-code-2009/495")!.restricts).toEqual(["expression"]);
    expect(statuteById("kh/criminal-code-2009/437-bis")!.offense).toBe("Insult of the King");
    expect(CODES.find((c) => c.jurisdiction === "KH")!.inForce.from).toBe("2010-12-10");
  });

  it("accepts article suffixes and paragraph numbers", () => {
    expect(statuteById("by/criminal-code-1999/361-1")?.offense).toMatch(/extremist formation/);
    expect(statuteById("cn/criminal-law-1997/105(2)")?.offense).toBe(
      "Inciting subversion of state power",
    );
  });
});

describe("validateCatalogue", () => {
  const code = { ...PACKS[0]!.code, key: "test-code", replacedBy: null };
  const base = PACKS[0]!.articles[0]!;
  const check = (articles: StatutePack["articles"]) => validateCatalogue([{ code, articles }]);

  it.each<[string, StatutePack["articles"], RegExp]>([
    ["a duplicate article", [base, base], /duplicate id/],
    ["a malformed article number", [{ ...base, article: "12a" }], /malformed/],
    [
      "an unknown right",
      [{ ...base, restricts: ["speech" as never], restrictsSource: base.sources }],
      /unknown right/,
    ],
    [
      "a judgement without a source",
      [{ ...base, restricts: ["expression"], restrictsSource: [] }],
      /without a source/,
    ],
    ["an empty native name", [{ ...base, nativeName: " " }], /native offence name empty/],
    ["a malformed Latin suffix", [{ ...base, article: "437 bis" }], /malformed/],
    ["a dangling replacedBy", [{ ...base, replacedBy: "vn/criminal-code-2015/999" }], /replacedBy/],
    [
      "a bracket upside down",
      [{ ...base, penalties: [{ clause: "1", minMonths: 24, maxMonths: 12 }] }],
      /min above max/,
    ],
  ])("reports %s", (_what, articles, problem) => {
    expect(check(articles).join("\n")).toMatch(problem);
  });
});
