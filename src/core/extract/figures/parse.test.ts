import { describe, expect, it } from "vitest";
import { readBound } from "./bound.js";
import { inSubject } from "./parse.js";
import { gerund } from "./tail.js";
import { wordsIn } from "./words.js";

describe("gerund", () => {
  it.each([
    ["use", "using"],
    ["live", "living"],
    ["face", "facing"],
    ["own", "owning"],
    ["support", "supporting"],
    ["get", "getting"],
    ["die", "dying"],
    ["are", "being"],
  ])("%s → %s", (verb, expected) => {
    expect(gerund(verb)).toBe(expected);
  });
});

describe("readBound", () => {
  it.each<[string, string, string]>([
    ["There are more than 70% online.", "70%", "more than 70%"],
    ["It holds no fewer than 40 monks.", "40", "no fewer than 40"],
    ["It holds no more than 40 monks.", "40", "no more than 40"],
    ["Police held 40 or more monks.", "40", "40 or more"],
    ["Police held 40 monks.", "40", "40"],
    ["Moreover 40 monks were held.", "40", "40"],
  ])("%s", (text, number, expected) => {
    const at = text.indexOf(number);
    const b = readBound(text, at, at + number.length, 0, text.length);
    expect(text.slice(b.start, b.end)).toBe(expected);
  });
});

describe("inSubject", () => {
  it.each<[string, boolean]>([
    ["Fewer than 20 lawyers agreed to act.", true],
    ["According to the group, 114 people have been sentenced.", true],
    ["Police said 20 lawyers agreed to act.", true],
    ["Police detained 300 protesters.", false],
    ["There are 187 activists at risk.", false],
    ["He is one of five lawyers representing her.", false],
  ])("%s", (text, expected) => {
    const words = wordsIn(text, 0, text.length);
    const at = words.findIndex((w) => /^\d|^five$/.test(w.lower));
    expect(inSubject(words, at)).toBe(expected);
  });
});
