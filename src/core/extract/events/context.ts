// When, where and under which law: the attributes an event takes from its sentence.

import { COURT_WORDS, PLACE_WORDS } from "../../lexicon/event-triggers.js";
import { matchKey } from "../../text/normalise.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, EventType, PartialDate, Span } from "../../types.js";
import { findDates, type DateMention } from "../date-port.js";
import { PLACES } from "../mentions/name-lexicon.js";
import type { PeopleIndex } from "./people.js";
import { firstRunAfter, wordRuns } from "../../text/word-runs.js";

/** A date after one of these, later in the sentence than the trigger, dates something else. */
const OTHER_TIME =
  /\b(?:after|before|since|following|until|prior\s+to|ahead\s+of|when|while|whereas|but)\b[^;]*$/i;

/**
 * The date of the event at `trigger`: the nearest date in its sentence that no other trigger is
 * nearer to, unless a subordinate clause ("after they attended a dinner in December 2019") holds
 * it; else the date that opens the paragraph ("In 2019, …").
 */
export function eventDate(
  ctx: DocContext,
  sentence: Span,
  trigger: Span,
  others: readonly Span[],
  frame: DateMention | null,
): PartialDate | null {
  const all = datesIn(ctx, sentence);
  const dates = all.filter((d) => {
    const between = d.start >= trigger.end ? ctx.text.slice(trigger.end, d.start) : "";
    if (OTHER_TIME.test(between)) return false;
    const mine = distance(ctx.text, d, trigger);
    return !others.some(
      (o) =>
        o !== trigger &&
        o.start >= sentence.start &&
        o.end <= sentence.end &&
        distance(ctx.text, d, o) < mine,
    );
  });
  let best: DateMention | null = null;
  for (const d of dates) {
    if (insideRelative(ctx.text, sentence, d)) continue;
    if (distance(ctx.text, d, trigger) === Infinity) continue;
    if (!best || distance(ctx.text, d, trigger) < distance(ctx.text, best, trigger)) best = d;
  }
  if (best && /^\s+(?:that|the\s+same)\s+year\b/i.test(ctx.text.slice(best.end, best.end + 20)))
    return sameYear(all, best);
  return best?.date ?? frame?.date ?? null;
}

/** Dates found per span of each document: every trigger of a sentence asks for the same ones. */
const DATES = new WeakMap<DocContext, Map<string, readonly DateMention[]>>();

function datesIn(ctx: DocContext, span: Span): readonly DateMention[] {
  let bySpan = DATES.get(ctx);
  if (!bySpan) DATES.set(ctx, (bySpan = new Map()));
  const key = `${span.start}:${span.end}`;
  let dates = bySpan.get(key);
  if (!dates) bySpan.set(key, (dates = findDates(ctx.text, span, ctx.date)));
  return dates;
}

/** ", who has lived in Lithuania since 2021,": a date about someone, not about the event. */
function insideRelative(text: string, sentence: Span, d: Span): boolean {
  const re = /,\s*(?:who|whose|which|where)\b[^,;]*,/gu;
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = sentence.start + m.index;
    if (d.start > s && d.end < s + m[0].length) return true;
  }
  return false;
}

/** "in July that year": the month, in the year of the last full date before it. */
function sameYear(dates: readonly DateMention[], d: DateMention): PartialDate | null {
  const before = dates.filter((x) => x.end <= d.start && !x.relative).pop();
  return before ? before.date.slice(0, 4) + d.date.slice(4) : null;
}

/**
 * How far date `a` is from trigger `b`. A date before its trigger counts three times as far, and
 * not at all across "and": in "arrested in June 2021 and sentenced in 2022" June is the arrest's.
 */
function distance(text: string, a: Span, b: Span): number {
  if (a.start >= b.end) return a.start - b.end;
  if (b.start < a.end) return 0;
  return /\band\b|;/.test(text.slice(a.end, b.start)) ? Infinity : (b.start - a.end) * 3;
}

/** "In 2019, Vietnam arrested …": a date opening a paragraph frames the sentences after it. */
export function paragraphFrame(ctx: DocContext, paragraph: Span): DateMention | null {
  let byStart = FRAMES.get(ctx);
  if (!byStart) FRAMES.set(ctx, (byStart = new Map()));
  let frame = byStart.get(paragraph.start);
  if (frame === undefined) byStart.set(paragraph.start, (frame = readFrame(ctx, paragraph)));
  return frame;
}

/** Frames per paragraph start of each document: every sentence of a paragraph asks. */
const FRAMES = new WeakMap<DocContext, Map<number, DateMention | null>>();

function readFrame(ctx: DocContext, paragraph: Span): DateMention | null {
  const head = { start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + 40) };
  const d = findDates(ctx.text, head, ctx.date)[0];
  if (!d) return null;
  const lead = ctx.text.slice(paragraph.start, d.start);
  return /^(?:in|on|during|throughout|since)?\s*$/i.test(lead) &&
    /^\s*,/.test(ctx.text.slice(d.end))
    ? d
    : null;
}

const CAP = String.raw`\p{Lu}[\p{L}’'-]*`;
const NAME = String.raw`${CAP}(?:\s+${CAP})*`;
const ADMIN = PLACE_WORDS.join("|");
const COURT = COURT_WORDS.join("|");
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
  // "in Ho Chi Minh City", "in Hoa Binh province", "in Xiamen"
  new RegExp(String.raw`\b(?:in|at|from)\s+(?:the\s+)?(${NAME}(?:\s+(?:${ADMIN}))?)`, "u"),
];
/** Events a court or prosecutor holds: their place is the court's. */
const COURT_EVENTS: ReadonlySet<EventType> = new Set(["indictment", "trial", "sentence", "appeal"]);
/** The patterns before this index name a court's place; the rest are "in X". */
const COURT_RANKS = 4;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|Article|Clause|Criminal|Penal|People|Court|Facebook|English|French|Vietnamese)\b/u;

/** How far after its trigger (or term) an "in X" place may stand. */
const PLACE_WINDOW = 70;
const DEMONYM = /(?:ese|ian|ean)$|^(?:American|Chinese|Thai|Lao|Khmer|Burmese|Vietnamese)$/u;

const ACTING =
  /\b(?:police|authorities|officers|security forces|prosecutors)\s+(?:in|of)\s+(?:the\s+)?$/iu;

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
/** Words each pattern holds as written, one of which a sentence must hold for it to match. */
const PLACE_NEEDS: readonly (readonly string[])[] = [
  COURT_WORDS,
  COURT_WORDS,
  PLACE_WORDS,
  COURT_WORDS,
  ["in", "at", "from"],
];
/** The "in X" pattern, which every event reads: it starts at one of its words. */
const IN_RANK = 4;
const IN_AT = new RegExp(PLACE_PATTERNS[IN_RANK]!.source, "uy");

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
    const word = text.slice(i, Math.min(runs.ends[k]!, sentence.end));
    if ((word !== "in" && word !== "at" && word !== "from") || i - sentence.start < next) continue;
    IN_AT.lastIndex = i - sentence.start;
    const m = IN_AT.exec(slice);
    if (m) {
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return out;
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
  GLOBAL_PLACE_PATTERNS.forEach((g, rank) => {
    if (rank < COURT_RANKS !== courts) return;
    if (!PLACE_NEEDS[rank]!.some((w) => slice.includes(w))) return;
    for (const m of rank === IN_RANK ? inMatches(text, sentence, slice) : allMatches(g, slice)) {
      const place = m[1]!;
      const at = sentence.start + m.index + m[0].length - m[1]!.length;
      const end = at + place.length;
      // "An Giang" is a province although "An" opens sentences.
      const known = PLACES.has(matchKey(place));
      if (!known && (NOT_PLACES.test(place) || DEMONYM.test(place) || /[’']s?$/.test(place)))
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

/** The narrowest place the sentence gives for the event at `trigger`, or null. */
export function eventPlace(
  ctx: DocContext,
  people: PeopleIndex,
  sentence: Span,
  trigger: Span,
  type: EventType,
): PlaceFound | null {
  let cached = PLACES_BY_SPAN.get(ctx);
  if (!cached || cached.people !== people) {
    cached = { people, bySpan: new Map() };
    PLACES_BY_SPAN.set(ctx, cached);
  }
  const bySpan = cached.bySpan;
  const read = (courts: boolean): PlaceCandidate[] => {
    const key = `${courts ? "court" : "in"}:${sentence.start}:${sentence.end}`;
    let candidates = bySpan.get(key);
    if (!candidates) bySpan.set(key, (candidates = placeCandidates(ctx, people, sentence, courts)));
    return candidates;
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

/** Statute ids and offense names of the legal references inside `span`. */
export function chargesIn(
  analysis: Analysis,
  span: Span,
): { charges: string[]; offenses: string[] } {
  const charges = new Set<string>();
  const offenses = new Set<string>();
  for (const r of analysis.legalRefs) {
    if (r.start < span.start || r.end > span.end) continue;
    if (r.statute) charges.add(r.statute);
    if (r.offense) offenses.add(r.offense);
  }
  return { charges: [...charges], offenses: [...offenses] };
}
