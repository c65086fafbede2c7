import { describe, expect, it } from "vitest";
import {
  findCodes,
  resolveCode,
  statuteByArticle,
  statutesByOffense,
  statutesRestricting,
  successors,
  toCurrent,
} from "./index.js";

describe("code names", () => {
  it.each([
    ["Criminal Code 2015", "VN", "criminal-code-2015"],
    ["2015 Criminal Code", null, "criminal-code-2015"],
    ["the Criminal Code of 2015", null, "criminal-code-2015"],
    ["Penal Code 1999", "VN", "penal-code-1999"],
    ["1999 Penal Code", "VN", "penal-code-1999"],
    ["Bộ luật Hình sự năm 2015", null, "criminal-code-2015"],
    ["Bo luat Hinh su 1999", null, "penal-code-1999"],
    ["BLHS 2015", null, "criminal-code-2015"],
    ["Criminal Code", "BY", "criminal-code-1999"],
    ["Criminal Law", null, "criminal-law-1997"],
    ["criminal-code-2015", null, "criminal-code-2015"],
  ])("%s (%s) is %s", (name, jurisdiction, key) => {
    expect(resolveCode(name, { jurisdiction })?.key).toBe(key);
  });

  it("picks the version in force at the text's date when the name has no year", () => {
    expect(resolveCode("Bộ luật Hình sự", { date: "2016-04-21" })?.key).toBe("penal-code-1999");
    expect(resolveCode("Bộ luật Hình sự", { date: "2021-04-22" })?.key).toBe("criminal-code-2015");
    expect(resolveCode("Criminal Code", { jurisdiction: "VN" })?.key).toBe("criminal-code-2015");
  });

  it("refuses a name several jurisdictions share", () => {
    expect(findCodes("Criminal Code").length).toBeGreaterThan(1);
    expect(resolveCode("Criminal Code")).toBeNull();
  });
});

describe("articles", () => {
  it("finds an article by jurisdiction, code and number", () => {
    expect(statuteByArticle("VN", "Criminal Code 2015", "117")?.id).toBe(
      "vn/criminal-code-2015/117",
    );
    expect(statuteByArticle("VN", "Penal Code 1999", "88")?.id).toBe("vn/penal-code-1999/88");
    expect(statuteByArticle("BY", "Criminal Code", "361-1")?.id).toBe(
      "by/criminal-code-1999/361-1",
    );
    expect(statuteByArticle("CN", "Criminal Law", "105", { clause: "2" })?.id).toBe(
      "cn/criminal-law-1997/105(2)",
    );
  });

  it("falls back to the replaced code for an old number cited without a year", () => {
    expect(statuteByArticle("VN", "Criminal Code", "88", { date: "2020-10-08" })?.id).toBe(
      "vn/penal-code-1999/88",
    );
    expect(statuteByArticle("VN", "Criminal Code 2015", "88")).toBeNull();
  });

  it("maps old articles to the current ones", () => {
    expect(toCurrent("vn/penal-code-1999/88")).toBe("vn/criminal-code-2015/117");
    expect(toCurrent("vn/criminal-code-2015/117")).toBe("vn/criminal-code-2015/117");
    expect(toCurrent("vn/penal-code-1999/1")).toBeNull();
    expect(successors("vn/penal-code-1999/129")).toEqual([
      "vn/criminal-code-2015/163",
      "vn/criminal-code-2015/164",
    ]);
  });
});

describe("offence names", () => {
  it.each([
    ["abusing democratic freedoms", "vn/criminal-code-2015/331"],
    ["Abusing Democratic Freedoms", "vn/criminal-code-2015/331"],
    ["conducting propaganda against the State", "vn/criminal-code-2015/117"],
    ["conducting propaganda against the state", "vn/criminal-code-2015/117"],
    ["anti-state propaganda", "vn/criminal-code-2015/117"],
    [
      "Tội lợi dụng các quyền tự do dân chủ xâm phạm lợi ích của Nhà nước, quyền, lợi ích hợp pháp của tổ chức, cá nhân",
      "vn/criminal-code-2015/331",
    ],
    ["loi dung cac quyen tu do dan chu", "vn/criminal-code-2015/331"],
    ["attempting to overthrow the people’s administration", "vn/criminal-code-2015/109"],
    [
      "abusing democratic freedoms to infringe upon the interests of the State, the legitimate rights and interests of organizations and individuals",
      "vn/criminal-code-2015/331",
    ],
  ])("%s → %s", (name, id) => {
    expect(statutesByOffense(name, { jurisdiction: "VN" }).map((s) => s.id)).toEqual([id]);
  });

  it("names the old article for a text written before 2018", () => {
    expect(
      statutesByOffense("abusing democratic freedoms", {
        jurisdiction: "VN",
        date: "2016-04-21",
      })[0]?.id,
    ).toBe("vn/penal-code-1999/258");
  });

  it("keeps jurisdictions apart", () => {
    expect(statutesByOffense("subversion of state power").map((s) => s.id)).toEqual([
      "cn/criminal-law-1997/105(1)",
    ]);
    expect(statutesByOffense("subversion", { jurisdiction: "VN" }).map((s) => s.id)).toEqual([
      "vn/criminal-code-2015/109",
    ]);
    expect(
      statutesByOffense("tax evasion")
        .map((s) => s.jurisdiction)
        .sort(),
    ).toEqual(["BY", "VN"]);
  });
});

describe("rights", () => {
  it("lists the provisions restricting expression, by jurisdiction", () => {
    const vn = statutesRestricting("expression", "VN").map((s) => s.id);
    expect(vn).toEqual(
      expect.arrayContaining([
        "vn/criminal-code-2015/117",
        "vn/criminal-code-2015/331",
        "vn/penal-code-1999/88",
      ]),
    );
    expect(vn).not.toContain("vn/criminal-code-2015/167");
    expect(statutesRestricting("association", "BY").map((s) => s.id)).toEqual([
      "by/criminal-code-1999/361-1",
    ]);
  });
});
