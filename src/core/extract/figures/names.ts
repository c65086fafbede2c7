// Reading the publisher of a figure: a proper name ("The 88 Project", "Defend the Defenders",
// "Human Rights Watch"), a lower-case source ("state media"), or an anaphor resolved to the
// organisation named last ("the group").

import { PREPOSITIONS, SUBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import {
  NAME_CONNECTORS,
  ORG_ANAPHORS,
  ORG_HEADS,
  SOURCE_HEADS,
} from "../../lexicon/figure-publishers.js";
import type { Analysis } from "../../types.js";
import { isCapitalised, isPossessive, type Word } from "./words.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

export const PRONOUNS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  "this",
  "that",
  "there",
]);
const ARTICLES = new Set(["the", "a", "an"]);
const DETERMINERS = new Set(["the", "his", "her", "its", "their"]);

const isNamePart = (w: Word | undefined): boolean =>
  w !== undefined &&
  ((w.kind === "word" && isCapitalised(w) && !PRONOUNS.has(w.lower)) || w.kind === "num");

const stripPossessive = (s: string): string => s.replace(/['’]s$|(?<=s)['’]$/u, "");

function build(text: string, words: readonly Word[], from: number, to: number): string | null {
  while (to >= from && (NAME_CONNECTORS.has(words[to]!.lower) || words[to]!.kind === "num")) {
    // "Project 88" keeps its number; a trailing connector or a lone number does not
    if (words[to]!.kind === "num" && to > from && isCapitalised(words[to - 1]!)) break;
    to--;
  }
  if (to < from) return null;
  const parts = words.slice(from, to + 1);
  if (!parts.some((w) => w.kind === "word" && isCapitalised(w) && !ARTICLES.has(w.lower)))
    return null;
  return stripPossessive(text.slice(parts[0]!.start, parts[parts.length - 1]!.end));
}

/**
 * The proper name starting at word `i`, skipping a leading "the" and "-based" descriptors:
 *   "The 88 Project, a monitoring group" → "The 88 Project" · "the Paris-based Reporters Without
 *   Borders" → "Reporters Without Borders" · "Defend the Defenders’ statistics" → "Defend the Defenders".
 */
export function nameAt(text: string, words: readonly Word[], i: number): string | null {
  while (
    i < words.length &&
    ((words[i]!.lower === "the" && !isCapitalised(words[i]!)) || /-based$/i.test(words[i]!.text))
  )
    i++;
  const from = i;
  let j = i;
  while (j < words.length && j - from < 10) {
    const w = words[j]!;
    if (isNamePart(w)) {
      j++;
      if (isPossessive(w)) break;
      continue;
    }
    if (NAME_CONNECTORS.has(w.lower) && j > from && isNamePart(words[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  return j > from ? build(text, words, from, j - 1) : null;
}

/** The proper name ending at word `i` (read backwards): "Human Rights Watch said". */
export function nameEndingAt(text: string, words: readonly Word[], i: number): string | null {
  let j = i;
  while (j >= 0 && i - j < 10) {
    const w = words[j]!;
    if (isNamePart(w) && (j === i || !isPossessive(w))) {
      j--;
      continue;
    }
    if (NAME_CONNECTORS.has(w.lower) && j < i && isNamePart(words[j - 1])) {
      j--;
      continue;
    }
    break;
  }
  if (j === i) return null;
  let from = j + 1;
  while (from <= i && NAME_CONNECTORS.has(words[from]!.lower)) from++;
  return from <= i ? build(text, words, from, i) : null;
}

/**
 * A publisher written in lower case, ending at word `i`: "state media", "police", "the
 * spokesperson"; or an anaphor ("the group", "his NGO") resolved to the organisation named
 * last before `offset`.
 */
export function sourceEndingAt(
  text: string,
  words: readonly Word[],
  i: number,
  analysis: Analysis,
  floor = 0,
): string | null {
  const head = words[i];
  if (!head || head.kind !== "word" || !SOURCE_HEADS.has(head.lower)) return null;
  const determiner = (w: Word | undefined): boolean => w !== undefined && DETERMINERS.has(w.lower);
  if (isCapitalised(head)) {
    // "his NGO said"; a capitalised head otherwise belongs to a proper name ("The 88 Project")
    return ORG_ANAPHORS.has(head.lower) && determiner(words[i - 1])
      ? nearestOrganisation(text, words[i - 1]!.start, analysis)
      : null;
  }
  let j = i - 1;
  while (j >= floor && i - j <= 3 && words[j]!.kind === "word" && !isCapitalised(words[j]!)) {
    // "Federal and state officials said" → "state officials"
    if (determiner(words[j]) || NAME_CONNECTORS.has(words[j]!.lower)) break;
    j--;
  }
  // "waited outside the court said": the object of a preposition is not the verb's subject ("as
  // the group said" is).
  const first = determiner(words[j]) ? j : j + 1;
  const before = first > floor ? words[first - 1] : undefined;
  if (before && before.lower !== "as" && PREPOSITIONS.has(before.lower)) return null;
  if (determiner(words[j]) && ORG_ANAPHORS.has(head.lower))
    return nearestOrganisation(text, words[j]!.start, analysis);
  return text.slice(words[j + 1]!.start, head.end);
}

const ORG_NAME =
  /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d+)(?:\s+(?:(?:of|the|for|and|on|without|de)\s+)*(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d+))*/gu;

/** The organisation named last before `offset`: from the actors found so far, else from the text. */
export function nearestOrganisation(
  text: string,
  offset: number,
  analysis: Analysis,
): string | null {
  let best: { at: number; name: string } | null = null;
  for (const actor of analysis.actors) {
    if (actor.kind !== "organisation") continue;
    for (const m of actor.mentions) {
      if (m.end <= offset && (!best || m.end > best.at)) best = { at: m.end, name: actor.name };
    }
  }
  if (best) return best.name;
  ORG_NAME.lastIndex = 0;
  const before = text.slice(0, offset);
  let last: string | null = null;
  for (let m = ORG_NAME.exec(before); m; m = ORG_NAME.exec(before)) {
    const words = m[0].split(/\s+/).map((w) => stripPossessive(w).toLowerCase());
    if (words.some((w) => ORG_HEADS.has(w))) last = stripPossessive(m[0]);
  }
  return last;
}

/**
 * The fullest name written before `offset` that ends with the one-word `name`: "Kha said" after
 * "lawyer Vo Dinh Kha" → "Vo Dinh Kha". Actors found by earlier passes are asked first.
 */
export function fullName(text: string, name: string, offset: number, analysis: Analysis): string {
  if (/\s/.test(name)) return name;
  const key = name.toLowerCase();
  for (const actor of analysis.actors) {
    if (actor.aliases.some((a) => a.toLowerCase() === key) && actor.name.includes(" "))
      return actor.name;
  }
  const re = new RegExp(
    `(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){1,4}${escapeRegExp(name)}(?![\\p{L}])`,
    "gu",
  );
  // the shortest form of two words or more: a title-case headline ("Vietnamese HRDs Can Thi
  // Theu and ...") runs capitalised words together that the body writes apart
  // and a sentence-initial capital ("Only Theu's daughter") is no part of a name
  let best: string | null = null;
  for (const m of text.slice(0, offset).matchAll(re)) {
    const title = /^(?:Lawyer|Mr|Mrs|Ms|Dr)\.?\s+/u.exec(m[0]);
    const candidate = title ? m[0].slice(title[0].length) : m[0];
    const opensSentence = /(?:^|[.!?:"“”]\s*|\n\s*)$/u.test(
      text.slice(Math.max(0, m.index - 3), m.index),
    );
    if (opensSentence && !title) continue;
    if (/\s/.test(candidate) && (best === null || candidate.length < best.length)) best = candidate;
  }
  return best ?? name;
}

/**
 * The person a role stands for: "the spokesperson" after "Spokesperson Do Thi Thu Hang" → "Do
 * Thi Thu Hang". Null when no earlier "<Role> <Name>" is written.
 */
export function roleHolder(text: string, role: string, offset: number): string | null {
  // the role in either case ("Spokesperson Do Thi Thu Hang"), the name capitalised
  const cased = `[${role[0]!.toUpperCase()}${role[0]!.toLowerCase()}]${escapeRegExp(role.slice(1))}`;
  const re = new RegExp(
    `(?<![\\p{L}])${cased}\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){1,4})`,
    "gu",
  );
  let last: string | null = null;
  for (const m of text.slice(0, offset).matchAll(re)) last = m[1]!;
  return last;
}
