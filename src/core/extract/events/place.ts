// Where an event happened: the court that held it ("the People's Court of Hoa Binh province",
// "a Minsk court") or the place written right after its verb ("arrested in Vinh"), or where the
// officials who acted are ("Police in Thai Binh arrested …").

import { COURT_LEVELS, COURT_WORDS, PLACE_WORDS } from "../../lexicon/event-triggers.js";
import { matchKey } from "../../text/normalise.js";
import { sentenceAt, type DocContext } from "../../text/doc-context.js";
import type { EventType, Span } from "../../types.js";
import { PLACES } from "../mentions/name-lexicon.js";
import { firstRunAfter, wordRuns } from "../../text/word-runs.js";
import { OTHER_TIME } from "./context.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import type { PeopleIndex } from "./people.js";

const CAP = String.raw`\p{Lu}[\p{L}\p{M}’'-]*`;
/** A capitalised name of one or more words ("Ho Chi Minh City", "Nghệ An" in NFD too). */
export const NAME = String.raw`${CAP}(?:\s+${CAP})*`;
const ADMIN = PLACE_WORDS.join("|");
const COURT = COURT_WORDS.join("|");
/** "the central province of ", "the northern city of ": what comes before a place's own name. */
const ADMIN_OF = String.raw`(?:(?:\p{Ll}+\s+){0,2}(?:${ADMIN})\s+of\s+(?:the\s+)?)`;
const PLACE_PATTERNS: readonly RegExp[] = [
  // "the People's Court of Hanoi City", "the People's Court of Hoa Binh province"
  new RegExp(String.raw`(?:${COURT})\s+of\s+(${NAME}(?:\s+(?:${ADMIN}))?)`, "u"),
  // "a court in Ho Chi Minh City", "the court in Vinh"
  new RegExp(
    String.raw`(?:${COURT})\s+in\s+(?:the\s+)?(?:[\p{Ll}]+\s+)?(${NAME}(?:\s+(?:${ADMIN}))?)`,
    "u",
  ),
  // "the trial in the Mekong Delta province of Soc Trang"
  new RegExp(String.raw`\b(?:${ADMIN})\s+of\s+(${NAME})`, "u"),
  // "A Minsk court", "The Linshu County People's Court"
  new RegExp(String.raw`\b(?:[Aa]|[Tt]he)\s+(${NAME})\s+(?:People['’]s\s+)?(?:${COURT})\b`, "u"),
  // "in Ho Chi Minh City", "in Hoa Binh province", "in Xiamen", "in the central province of Nghe An"
  new RegExp(
    String.raw`\b(?:in|at|from)\s+(?:the\s+)?${ADMIN_OF}?(${NAME}(?:\s+(?:${ADMIN}))?)`,
    "u",
  ),
];
/** Events a court or prosecutor holds: their place is the court's. */
const COURT_EVENTS: ReadonlySet<EventType> = new Set(["indictment", "trial", "sentence", "appeal"]);
/** The patterns before this index name a court's place; the rest are "in X". */
export const COURT_RANKS = 4;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|Article|Clause|Criminal|Penal|People|Court|Facebook|English|French|Vietnamese)\b/u;

const SPOKE = /\b(?:said|says|told|tells|added|wrote|writes|stated|spoke|speaking)\b/iu;

/** How far after its trigger (or term) an "in X" place may stand. */
const PLACE_WINDOW = 70;
const DEMONYM = /(?:ese|ian|ean)$|^(?:American|Chinese|Thai|Lao|Khmer|Burmese|Vietnamese)$/u;

const ACTING = new RegExp(
  String.raw`\b(?:police|authorities|officers|security forces|prosecutors)\s+(?:in|of)\s+(?:the\s+)?${ADMIN_OF}?$`,
  "iu",
);

/** "Police in Thai Binh arrested": the place names where the acting officials are. */
function actorsIn(text: string, from: number, at: number, end: number, trigger: number): boolean {
  if (end > trigger || trigger - end > 30 || /[,;:.]/.test(text.slice(end, trigger))) return false;
  return ACTING.test(text.slice(Math.max(from, at - 40), at));
}

export interface PlaceFound {
  place: string;
  /** Below COURT_RANKS: named with a court ("the People's Court of Hoa Binh province"); else "in X". */
  rank: number;
}

/** A place a pattern finds in a sentence, before it is checked against the trigger. */
interface PlaceCandidate extends PlaceFound {
  at: number;
  end: number;
}

const GLOBAL_PLACE_PATTERNS = PLACE_PATTERNS.map((re) => new RegExp(re.source, "gu"));
/**
 * Words each pattern holds as written, one of which a sentence must hold for it to match: as one
 * alternation of the words, which finds any of them in one pass (`some` of `includes` searched
 * the sentence once per word).
 */
const anyOf = (words: readonly string[]): RegExp => new RegExp(words.map(escapeRegExp).join("|"));
const COURT_NEEDS = anyOf(COURT_WORDS);
const PLACE_NEEDS: readonly RegExp[] = [
  COURT_NEEDS,
  COURT_NEEDS,
  anyOf(PLACE_WORDS),
  COURT_NEEDS,
  anyOf(["in", "at", "from"]),
];
/** The "in X" pattern, which every event reads: it starts at one of its words. */
const IN_RANK = 4;
const IN_AT = new RegExp(PLACE_PATTERNS[IN_RANK]!.source, "uy");

/** The pattern reading a place written before "Court" ("A Minsk court"). */
const NAMED_COURT = 3;
const LEVEL_END = new RegExp(String.raw`(?:^|\s+)(?:${COURT_LEVELS.join("|")})$`, "u");
const ADMIN_END = new RegExp(String.raw`\s+(?:${ADMIN})$`, "u");
const withoutAdmin = (place: string): string => place.replace(ADMIN_END, "");
const knownPlace = (place: string): boolean =>
  PLACES.has(matchKey(place)) ||
  (ADMIN_END.test(place) && PLACES.has(matchKey(withoutAdmin(place))));

function allMatches(g: RegExp, slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(slice); m; m = g.exec(slice)) out.push(m);
  return out;
}

/**
 * The "in X" pattern's matches in `slice` (the sentence): run only where "in", "at" or "from"
 * stands as a word, as a sticky copy, which finds what the pattern run over the slice finds.
 */
function inMatches(text: string, sentence: Span, slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const runs = wordRuns(text);
  let next = 0;
  for (let k = firstRunAfter(runs.ends, sentence.start); k < runs.starts.length; k++) {
    const i = Math.max(runs.starts[k]!, sentence.start);
    if (i >= sentence.end) break;
    if (!placeWordAt(text, i, Math.min(runs.ends[k]!, sentence.end)) || i - sentence.start < next)
      continue;
    IN_AT.lastIndex = i - sentence.start;
    const m = IN_AT.exec(slice);
    if (m) {
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return out;
}

/** Whether `text[start, end)` is "in", "at" or "from", as written: read without a slice. */
function placeWordAt(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (end - start === 2) return (a === 0x69 && b === 0x6e) || (a === 0x61 && b === 0x74);
  return (
    end - start === 4 &&
    a === 0x66 &&
    b === 0x72 &&
    text.charCodeAt(start + 2) === 0x6f &&
    text.charCodeAt(start + 3) === 0x6d
  );
}

/**
 * The places the court patterns (`courts`) or the others find in `sentence`, in pattern order,
 * that are no person's name or organisation's: the same for every trigger of the sentence.
 */
function placeCandidates(
  ctx: DocContext,
  people: PeopleIndex,
  sentence: Span,
  courts: boolean,
): PlaceCandidate[] {
  const text = ctx.text;
  const found: PlaceCandidate[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // Three court patterns need the same words: those are looked for once.
  let court: boolean | undefined;
  GLOBAL_PLACE_PATTERNS.forEach((g, rank) => {
    if (rank < COURT_RANKS !== courts) return;
    const needs = PLACE_NEEDS[rank]!;
    if (!(needs === COURT_NEEDS ? (court ??= needs.test(slice)) : needs.test(slice))) return;
    for (const m of rank === IN_RANK ? inMatches(text, sentence, slice) : allMatches(g, slice)) {
      const at = sentence.start + m.index + m[0].indexOf(m[1]!);
      // "The Phnom Penh Municipal Court": the court's level is not part of its place.
      const place = rank === NAMED_COURT ? m[1]!.replace(LEVEL_END, "") : m[1]!;
      if (place === "") continue;
      const end = at + place.length;
      // "An Giang" is a province although "An" opens sentences, "An Giang province" too. Most
      // places pass the tests, and are not looked up.
      if (
        (NOT_PLACES.test(place) || DEMONYM.test(place) || /[’']s?$/.test(place)) &&
        !knownPlace(place)
      )
        continue;
      // A court's name always holds a place; after "in", a name that is all of the words is a
      // person, as is an organisation named from where the place starts ("in Human Rights Watch's
      // view"). Part of a place read as a name ("Ba Sao prison") does not count.
      if (rank >= COURT_RANKS) {
        const named = people.mentionsIn(at, end);
        const whole = (n: Span) => n.start <= at && n.end >= end;
        if (
          named.some(
            (n) =>
              (n.kind === "person" && whole(n)) || (n.kind === "organisation" && n.start >= at),
          )
        )
          continue;
      }
      found.push({ place, at, end, rank });
    }
  });
  return found;
}

/**
 * Place candidates per span of each document (court patterns' under "court:", the others' under
 * "in:"), with the people index they were read with.
 */
const PLACES_BY_SPAN = new WeakMap<
  DocContext,
  { people: PeopleIndex; bySpan: Map<string, PlaceCandidate[]> }
>();

/**
 * The narrowest place `span` (a sentence or a part of one) gives for the event at `trigger`, or
 * null. Candidates are read once per sentence and kept to the span: the parts of one sentence
 * ask for them in turn.
 */
export function eventPlace(
  ctx: DocContext,
  people: PeopleIndex,
  span: Span,
  trigger: Span,
  type: EventType,
): PlaceFound | null {
  let cached = PLACES_BY_SPAN.get(ctx);
  if (!cached || cached.people !== people) {
    cached = { people, bySpan: new Map() };
    PLACES_BY_SPAN.set(ctx, cached);
  }
  const bySpan = cached.bySpan;
  const si = sentenceAt(ctx, span.start);
  const sentence = si >= 0 && ctx.sentences[si]!.end >= span.end ? ctx.sentences[si]! : span;
  const read = (courts: boolean): PlaceCandidate[] => {
    const key = `${courts ? "court" : "in"}:${sentence.start}:${sentence.end}`;
    let candidates = bySpan.get(key);
    if (!candidates) bySpan.set(key, (candidates = placeCandidates(ctx, people, sentence, courts)));
    return sentence === span
      ? candidates
      : candidates.filter((c) => c.at >= span.start && c.end <= span.end);
  };
  const text = ctx.text;
  const found: Array<PlaceFound & { at: number }> = [];
  const candidates = COURT_EVENTS.has(type) ? [...read(true), ...read(false)] : read(false);
  for (const { place, at, end, rank } of candidates) {
    if (rank >= COURT_RANKS) {
      // "in X" belongs to the event only right after it, not across another clause — or to
      // the subject that acts: "Police in Thai Binh arrested …".
      if (at < trigger.end && !actorsIn(text, sentence.start, at, end, trigger.start)) continue;
      if (at - trigger.end > PLACE_WINDOW) continue;
      if (OTHER_TIME.test(text.slice(trigger.end, at))) continue;
      // "…, told reporters from Ho Chi Minh City": where someone spoke from.
      if (SPOKE.test(text.slice(trigger.end, at))) continue;
    }
    found.push({ place, at, rank });
  }
  if (found.length === 0) return null;
  found.sort(
    (a, b) =>
      (a.rank < COURT_RANKS ? 0 : 1) - (b.rank < COURT_RANKS ? 0 : 1) ||
      Math.abs(a.at - trigger.start) - Math.abs(b.at - trigger.start),
  );
  return { place: found[0]!.place, rank: found[0]!.rank };
}
