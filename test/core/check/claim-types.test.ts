import { describe, expect, it } from "vitest";
import { claimTypes, classifyClaim } from "../../../src/core/check/classify.js";
import { claimTokens, tokenKey } from "../../../src/core/check/claim-tokens.js";
import { compilePattern, matchPattern } from "../../../src/core/check/token-pattern.js";
import { CLAIM_TYPES } from "../../../src/core/lexicon/claim-types.js";
import { CLAIM_WORD_CLASSES } from "../../../src/core/lexicon/claim-words.js";
import { matchKey } from "../../../src/core/text/normalise.js";

// Claims in the styles the check meets: denials, counts with and without number words, dates,
// shares, ages, partitives, and sentences with nothing to type.
const CLAIMS = [
  "Nobody in Vietnam is jailed simply for voicing their views online.",
  "Vietnam does not arrest anyone merely for criticising the government.",
  "As of March 3, 2024, at least 162 activists were held in prison, of whom 21 are women.",
  "Twenty-two bloggers were detained last year, the group said.",
  "More than seventy percent of the population now uses the Internet.",
  "Dao Van Thuy, 61, was sentenced to nine years under Article 117.",
  "Of the 45 prisoners, twelve are held under Clause 1, Article 331.",
  "The ministry said the trial was open and fair.",
  "Việt Nam always respects and protects the rights of its citizens’ freedom of belief.",
  "In 2023, the authorities arrested thirteen people for posts on Facebook.",
  "One of them, a teacher, was released on March 2; no one else was freed.",
  "Some 3,500 people signed the petition, and 1.5 million viewed the video.",
  "The constructor of the dam said nothing about the forty-one households.",
  "",
];

describe("claimTypes", () => {
  it.each(CLAIMS)("types %j as classifyClaim does", (text) => {
    const date = "2024-05";
    expect(claimTypes({ text, date })).toEqual(classifyClaim({ text, date }).types);
  });
});

describe("tokenKey", () => {
  it("is matchKey for every claim token", () => {
    const text = [
      ...CLAIMS,
      "Nguyễn Ngọc Già, Đỗ Thị Minh Hạnh and ĐOÀN HUY CHƯƠNG met the detainee’s mother.",
      "Straße, ŁÓDŹ, Ørsted, ð, U.N.-led, 77,000, 53.5%, so-called, l’avocat ‘rights’",
    ].join(" ");
    const words = [
      ...text.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|%/gu),
    ];
    expect(words.length).toBeGreaterThan(150);
    for (const [w] of words) expect(tokenKey(w)).toBe(matchKey(w));
    expect(claimTokens("The detainee’s lawyer").map((t) => t.norm)).toEqual([
      "the",
      "detainee's",
      "lawyer",
    ]);
  });
});

describe("matchPattern's required words", () => {
  // Every trigger pattern of the shipped claim types, matched with and without the check that
  // turns a claim away when it lacks a required word: the answers must be the same.
  const patterns = CLAIM_TYPES.flatMap((t) =>
    t.triggers.flatMap((tr) => [...tr.all, ...(tr.none ?? [])]),
  )
    .filter((src) => !src.startsWith("feature:"))
    .map((src) => compilePattern(src, CLAIM_WORD_CLASSES));

  it("turns away only claims the pattern cannot match", () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.some((p) => p.required.length > 0)).toBe(true);
    let matched = 0;
    for (const text of CLAIMS) {
      const tokens = claimTokens(text);
      for (const p of patterns) {
        const m = matchPattern(p, tokens);
        expect(m).toEqual(matchPattern({ ...p, required: [] }, tokens));
        if (m) matched++;
      }
    }
    expect(matched).toBeGreaterThan(5);
  });

  it("lists, for each word it must match, the words its phrases start with", () => {
    const p = compilePattern("not|never *3 @act? *2 anyone", { act: ["arrest", "put on trial"] });
    expect(p.required).toEqual([["not", "never"], ["anyone"]]);
    expect(matchPattern(p, claimTokens("They never put anyone on trial"))).not.toBeNull();
    expect(matchPattern(p, claimTokens("They never put people on trial"))).toBeNull();
  });
});
