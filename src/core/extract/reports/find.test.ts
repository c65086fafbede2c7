import { describe, expect, it } from "vitest";
import { REPORT_MODIFIERS, REPORT_TITLES, type ReportTitle } from "../../lexicon/report-titles.js";
import { matchesStartingIn, wordMatchesStartingIn } from "../../text/match-cache.js";
import type { Span } from "../../types.js";
import { findIssuers, scanLeft, type IssuerMention, type ReportHead } from "./find.js";
import { findReportNouns, findTitles, titleHeads } from "./landmarks.js";

// The titles and report nouns are found from the document's runs of ASCII letters, and the words
// left of a noun read by hand: both are compared here with the patterns they stand in for, on
// texts made to trip them (letters of other scripts and astral letters against a word, marks,
// digits, possessives, plurals, words that only start like a title).

const TITLE_RE = new RegExp(
  REPORT_TITLES.map((t, i) => `(?<t${i}>(?:${t.pattern})(?![\\p{L}\\p{N}]))`).join("|"),
  "gu",
);
const NOUN_RE = /(?<![\p{L}\p{N}])(?:reports|Reports|report|Report)(?![\p{L}\p{N}])/gu;

function titlesByPattern(text: string): { start: number; end: number; title: ReportTitle }[] {
  return wordMatchesStartingIn(TITLE_RE, text, 0, text.length).map((m) => {
    const i = Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined);
    return { start: m.index, end: m.index + m[0].length, title: REPORT_TITLES[i]! };
  });
}

const DETERMINERS = new Set("the a an this that these those its their his her our said".split(" "));
const MODIFIERS = [...REPORT_MODIFIERS].sort((a, b) => b.length - a.length);

/** The left scan as it was written with patterns over the text before the noun. */
function scanLeftByPattern(
  text: string,
  head: Span,
  floor: number,
  issuers: readonly IssuerMention[],
  title: ReportTitle | null,
): ReportHead | null {
  const closesAcronym = (m: IssuerMention, at: number): boolean =>
    /^\s*\([\p{Lu}.]{2,10}\)$/u.test(text.slice(m.end, at));
  const isWordStart = (at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
  let i = head.start;
  let year: number | null = null;
  let issuer: IssuerMention | null = null;
  let determiner: string | null = null;
  let determinerStart: number | null = null;
  let npStart = head.start;
  for (;;) {
    const before = text.slice(floor, i).replace(/\s+$/, "");
    const at = floor + before.length;
    if (at === floor) break;
    const possessive = /(?:’s|'s|’|')$/.exec(before);
    if (possessive) {
      const owner = at - possessive[0].length;
      const iss = issuers.find((m) => m.end === owner || closesAcronym(m, owner));
      if (iss) {
        issuer = iss;
        npStart = iss.start;
        break;
      }
      if (/\b(?:its|their)$/i.test(before)) break;
      return null;
    }
    const iss = issuers.find((m) => m.end === at || closesAcronym(m, at));
    if (iss && issuer === null) {
      issuer = iss;
      npStart = iss.start;
      i = iss.start;
      continue;
    }
    const word = /(\d{4}|\d+-page|[\p{L}-]+)$/u.exec(before);
    if (!word) break;
    const w = word[1]!;
    if (/^\d{4}$/.test(w)) {
      year ??= Number(w);
      npStart = at - w.length;
      i = npStart;
      continue;
    }
    if (/^\d+-page$/.test(w)) {
      npStart = at - w.length;
      i = npStart;
      continue;
    }
    const mod = MODIFIERS.find((m) => before.endsWith(m) && isWordStart(at - m.length));
    if (mod) {
      npStart = at - mod.length;
      i = npStart;
      continue;
    }
    if (DETERMINERS.has(w.toLowerCase())) {
      determiner = w.toLowerCase();
      determinerStart = at - w.length;
      break;
    }
    break;
  }
  if (determiner === null && issuer === null && title === null) return null;
  return {
    start: head.start,
    end: head.end,
    npStart,
    determiner,
    determinerStart,
    issuer,
    year,
    title,
  };
}

const PIECES = [
  "Country Reports on Human Rights Practices",
  "Country Report on Human Rights Practices",
  "Country Reports on Human",
  "report on international religious freedom",
  "International Religious Freedom Report",
  "Trafficking in Persons Report",
  "EU Annual Report on Human Rights and Democracy in the World",
  "Annual Reports on Human Rights and Democracy in the World",
  "World Report",
  "World Press Freedom Index",
  "Press Freedom Index",
  "Freedom in the World",
  "Freedom on the Net",
  "annual prison census",
  "Prison Census",
  "Universal Periodic Review",
  "UPR",
  "UPRs",
  "concluding observations",
  "Concluding Observations",
  "report",
  "reports",
  "Report",
  "Reports",
  "REPORT",
  "reporter",
  "the",
  "its",
  "their",
  "a",
  "annual",
  "latest",
  "human rights",
  "most recent",
  "EEAS",
  "US",
  "U.S.",
  "Amnesty International",
  "Human Rights Watch",
  "(EEAS)",
  "2020",
  "19",
  "57",
  "-page",
  "page",
  "’s",
  "'s",
  "’",
  "'",
  "s",
  "x",
  "é",
  "\u0301",
  "ſ",
  "\u{1d400}",
  "\u{1f600}",
  "\u{d835}",
  "-",
  ",",
  ".",
  "\u00a0",
  "\n",
];

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

function generated(count: number, seed: number): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const len = 3 + Math.floor(random() * 25);
    for (let k = 0; k < len; k++) {
      parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
      const gap = random();
      if (gap < 0.6) parts.push(" ");
      else if (gap < 0.7) parts.push("  ");
    }
    out.push(parts.join(""));
  }
  return out;
}

describe("reports: title heads", () => {
  it("reads the words a title can open with", () => {
    expect(titleHeads("(?:EU )?Annual Reports? on Human Rights")).toEqual(["EU", "Annual"]);
    expect(titleHeads("(?:annual )?[Pp]rison [Cc]ensus")).toEqual(["annual", "Prison", "prison"]);
    expect(titleHeads("Universal Periodic Review|UPR")).toEqual(["Universal", "UPR"]);
    expect(titleHeads("[Cc]oncluding [Oo]bservations")).toEqual(["Concluding", "concluding"]);
  });

  it("refuses a pattern whose first word it cannot tell", () => {
    expect(() => titleHeads("Reports? on Torture")).toThrow();
    expect(() => titleHeads("(?:A|B) Index")).toThrow();
    expect(() => titleHeads("World\\s+Report")).toThrow();
  });

  it("reads every title of the lexicon", () => {
    for (const t of REPORT_TITLES) expect(titleHeads(t.pattern).length).toBeGreaterThan(0);
  });
});

describe("reports: the scans match the patterns they replace", () => {
  const texts = generated(3000, 7);

  it("finds the same titles and nouns", () => {
    for (const text of texts) {
      const whole = { start: 0, end: text.length };
      expect(findTitles(text, whole), text).toEqual(titlesByPattern(text));
      const nouns = matchesStartingIn(NOUN_RE, text, 0, text.length).map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      expect(findReportNouns(text, whole), text).toEqual(nouns);
    }
  });

  it("finds them in part of a text", () => {
    const random = seeded(11);
    for (const text of texts.slice(0, 500)) {
      const from = Math.floor(random() * text.length);
      const to = from + Math.floor(random() * (text.length - from + 1));
      const span = { start: from, end: to };
      const titles = titlesByPattern(text).filter((t) => t.start >= from && t.start < to);
      expect(findTitles(text, span), text).toEqual(titles);
    }
  });

  it("reads the same words left of a noun", () => {
    const random = seeded(13);
    for (const text of texts) {
      const issuers = findIssuers(text, { start: 0, end: text.length });
      for (const noun of findReportNouns(text, { start: 0, end: text.length })) {
        for (const floor of [0, Math.floor(random() * noun.start)]) {
          const title = random() < 0.2 ? REPORT_TITLES[0]! : null;
          expect(scanLeft(text, noun, floor, issuers, title), text).toEqual(
            scanLeftByPattern(text, noun, floor, issuers, title),
          );
        }
      }
    }
  });
});
