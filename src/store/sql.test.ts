import { describe, expect, it } from "vitest";
import { storableJson } from "./sql.js";

describe("storableJson", () => {
  it.each([
    [{ title: "plain" }, '{"title":"plain"}'],
    [{ title: "a\u0000b" }, '{"title":"a\\ufffdb"}'],
    [{ title: "lone \ud800 high" }, '{"title":"lone \\ufffd high"}'],
    [{ title: "a literal \\u0000 stays" }, '{"title":"a literal \\\\u0000 stays"}'],
    [{ title: "tab\there \u0001" }, '{"title":"tab\\there \\u0001"}'],
    [{ title: "Nguyễn 😀" }, '{"title":"Nguyễn 😀"}'],
  ])("%j", (value, want) => {
    expect(storableJson(value)).toBe(want);
    expect(() => JSON.parse(storableJson(value))).not.toThrow();
  });
});
