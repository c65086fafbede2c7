// Who a trigger is about: the subject before a passive verb, the object after an active one,
// the possessor or of-phrase of a noun. Names come from the people index; pronouns ("she",
// "them"), descriptions ("the activist", "an engineer") and counted groups ("three key members",
// "both men") are resolved to the people they stand for.

import { GROUP_NUMBERS, PERSON_NOUNS } from "../../lexicon/event-triggers.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Span } from "../../types.js";
import { peopleIn, type PeopleIndex } from "./people.js";
import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, foldsIn, wordRuns } from "../../text/word-runs.js";

export interface PersonRef extends Span {
  actor: number;
}

export interface PersonContext {
  ctx: DocContext;
  people: PeopleIndex;
  /** The last group of two or more people the text named together, and where. */
  lastGroup: { persons: PersonRef[]; at: number } | null;
  /**
   * People the last few sentences' events were about, latest first: "she is charged" after
   * "Hanh was arrested … her husband Chenh said" is still about Hanh.
   */
  recent: number[];
}

/** Something that can be a trigger's subject or object, before resolution. */
interface Element extends Span {
  kind: "name" | "pronoun" | "description";
  persons: PersonRef[];
}

/** After "her", a word that makes it a determiner ("her son") rather than an object ("jailed her for"). */
const POSSESSIVE_NEXT =
  /^\s+(?!(?:to|of|on|in|at|for|with|and|or|but|from|by|after|before|as|into|over|under|last|this|that|since|until|because|while|when|again|twice|once|without|despite|alongside|like)\b)[\p{Ll}\p{Lu}]/u;
const PRONOUN_RE = /(?<![\p{L}])(?:he|she|him|her|they|them|his|their)(?![\p{L}])/giu;
const nouns = [...PERSON_NOUNS].sort((a, b) => b.length - a.length).join("|");
const numbers = Object.keys(GROUP_NUMBERS).join("|");
/** "the activist", "an aquaculture engineer", "three key members", "both men", "the two". */
const DESCRIPTION_RE = new RegExp(
  `(?<![\\p{L}])(?:(the|a|an|this|these|those|(?:the\\s+)?(?:${numbers}|\\d+))\\s+)((?:[\\p{L}’'-]+\\s+){0,4}?)(${nouns})(?![\\p{L}])|(?<![\\p{L}])(both|the two|the three)(?![\\p{L}])`,
  "giu",
);
/**
 * Between two coordinated people: ", ", " and ", ", and her younger son ", " and Australian
 * citizen ", ", and former National League for Democracy MP ".
 */
const CONNECTOR =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+){0,6}$/u;
/** Words a connector may not hold: they start a clause of their own. */
const CLAUSE_WORD =
  /\b(?:was|were|is|are|has|have|had|said|says|told|who|whose|which|that|after|before|while|when|because|but|then|police|authorities|court)\b/iu;
/** ", whose case was raised by X," between two coordinated people: skipped, with its names. */
const RELATIVE = /,\s*(?:who|whose|which)\b[^,;]*,/gu;
/** Between a subject and its verb: nothing, or appositives in commas (", 58, an engineer,"). */
const APPOSITIVE = /^(?:\s*,[^,;:]{1,140}){0,3}\s*,?\s*$/u;

const sentenceOf = (ctx: DocContext, at: number): number => {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, lo - 1);
};

function distinct(persons: PersonRef[]): PersonRef[] {
  const seen = new Set<number>();
  return persons.filter((p) => !seen.has(p.actor) && seen.add(p.actor));
}

/** The people a description stands for, or [] when it cannot be told. */
function resolveDescription(pc: PersonContext, m: RegExpExecArray, at: number): PersonRef[] {
  const { ctx, people } = pc;
  const det = (m[1] ?? m[4] ?? "").toLowerCase().replace(/^the\s+/, "");
  const noun = (m[3] ?? "").toLowerCase();
  const count = GROUP_NUMBERS[det] ?? (/^\d+$/.test(det) ? Number(det) : null);
  const si = sentenceOf(ctx, at);
  if (count !== null && count >= 2) {
    // Named in the next sentence ("… three members. Mr. A, Mr. B and Mr. C …"), or just before.
    for (const s of [ctx.sentences[si + 1], ctx.sentences[si]]) {
      if (!s) continue;
      const named = distinct(
        peopleIn(people, s === ctx.sentences[si] ? at + m[0].length : s.start, s.end).map(ref),
      );
      if (named.length === count) return named;
    }
    if (pc.lastGroup && pc.lastGroup.persons.length === count && at - pc.lastGroup.at < 1500)
      return pc.lastGroup.persons;
    return [];
  }
  if (/(?:s|men|people)$/.test(noun) || det === "these" || det === "those") {
    return pc.lastGroup && at - pc.lastGroup.at < 800 ? pc.lastGroup.persons : [];
  }
  if (det === "a" || det === "an") {
    // "a court sentenced an activist …": the person the next sentences name.
    for (const s of [ctx.sentences[si + 1], ctx.sentences[si + 2]]) {
      if (!s) continue;
      const named = distinct(peopleIn(people, s.start, s.end).map(ref));
      if (named.length === 1) return named;
      if (named.length > 1) return [];
    }
    return [];
  }
  // "the activist": the nearest person before, within three sentences.
  const floor = ctx.sentences[Math.max(0, si - 3)]!.start;
  const before = peopleIn(people, floor, at);
  const last = before[before.length - 1];
  return last ? [ref(last)] : [];
}

const ref = (m: { start: number; end: number; actor: number | null }): PersonRef => ({
  start: m.start,
  end: m.end,
  actor: m.actor!,
});

const byPosition = (a: Element, b: Element): number => a.start - b.start || b.end - a.end;

/** The names in `[from, to)`, in text order. */
function names(pc: PersonContext, from: number, to: number): Element[] {
  return peopleIn(pc.people, from, to)
    .map((m): Element => ({ start: m.start, end: m.end, kind: "name", persons: [ref(m)] }))
    .sort(byPosition);
}

/** Names, pronouns and descriptions in `[from, to)`, in text order (names win overlaps). */
function elements(pc: PersonContext, from: number, to: number): Element[] {
  const { ctx, people } = pc;
  const text = ctx.text;
  const out: Element[] = names(pc, from, to);
  const slice = text.slice(from, to);
  const [pronouns, descriptions] = matchesIn(text, slice, from, to);
  for (const m of pronouns) {
    const at = from + m.index;
    const word = m[0].toLowerCase();
    // "her second son", "his blog": a determiner, not a person the event is about.
    if (word === "his" || word === "their") continue;
    if (word === "her" && POSSESSIVE_NEXT.test(text.slice(at + 3, at + 40))) continue;
    let persons: PersonRef[] = [];
    if (word === "they" || word === "them" || word === "their") {
      if (pc.lastGroup && at - pc.lastGroup.at < 800) persons = pc.lastGroup.persons;
    } else {
      const actor = people.resolvePronoun(at, word, pc.recent);
      if (actor !== null) persons = [{ start: at, end: at + m[0].length, actor }];
    }
    out.push({ start: at, end: at + m[0].length, kind: "pronoun", persons });
  }
  for (const m of descriptions) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (out.some((e) => e.kind === "name" && e.start < end && at < e.end)) continue;
    out.push({ start: at, end, kind: "description", persons: resolveDescription(pc, m, at) });
  }
  return out.sort(byPosition);
}

type StartKind = "pronoun" | "the" | "both" | "determiner" | "noun";
/**
 * Words a pronoun or a description can start with (pronouns, determiners, number words) and the
 * person nouns a description ends with.
 */
const WORDS = new WordTrie<StartKind>([
  ...["he", "she", "him", "her", "they", "them", "his", "their"].map(
    (w) => [w, "pronoun"] as const,
  ),
  ["the", "the"],
  ["both", "both"],
  ...["a", "an", "this", "these", "those", ...Object.keys(GROUP_NUMBERS)]
    .filter((w) => w !== "both")
    .map((w) => [w, "determiner"] as const),
  ...PERSON_NOUNS.map((w) => [w.toLowerCase(), "noun"] as const),
]);
/** "the two", "the three": a description with no noun. */
const THE_NUMBER = /^the t(?:wo|hree)/i;
const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", "") + "y");
const PRONOUN_AT = sticky(PRONOUN_RE);
const DESCRIPTION_AT = sticky(DESCRIPTION_RE);

/**
 * `PRONOUN_RE`'s and `DESCRIPTION_RE`'s matches in `slice` (`text[from, to)`). Run over the slice
 * they try every offset, slowly (a lookbehind, then long alternations). A pronoun can only start
 * a word; a description only at a determiner or a digit with a person noun after it ("both" and
 * "the two" need none): a sticky copy is run at those offsets only, which finds the same matches.
 * Texts with a letter that folds to ASCII are scanned in full.
 */
function matchesIn(
  text: string,
  slice: string,
  from: number,
  to: number,
): [RegExpExecArray[], RegExpExecArray[]] {
  const pronouns: RegExpExecArray[] = [];
  const descriptions: RegExpExecArray[] = [];
  const runs = wordRuns(text);
  if (foldsIn(runs, from, to)) {
    PRONOUN_RE.lastIndex = 0;
    for (let m = PRONOUN_RE.exec(slice); m; m = PRONOUN_RE.exec(slice)) pronouns.push(m);
    DESCRIPTION_RE.lastIndex = 0;
    for (let m = DESCRIPTION_RE.exec(slice); m; m = DESCRIPTION_RE.exec(slice))
      descriptions.push(m);
    return [pronouns, descriptions];
  }
  // Offsets (in the slice) where a description may start, with what starts it; the last noun.
  const starts: number[] = [];
  const kinds: (StartKind | "digit")[] = [];
  let lastNoun = -1;
  for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
    const i = Math.max(runs.starts[k]!, from);
    if (i >= to) break;
    const kind = WORDS.get(text, i, Math.min(runs.ends[k]!, to));
    if (kind === "noun") lastNoun = i - from;
    else if (kind === "pronoun") {
      PRONOUN_AT.lastIndex = i - from;
      const m = PRONOUN_AT.exec(slice);
      if (m) pronouns.push(m);
    } else if (kind !== undefined) {
      starts.push(i - from);
      kinds.push(kind);
    }
  }
  // A digit may start one where a letter does not stand before it: the first of a run, or the
  // second (the rest read the same words after the run as the second does). In text order with
  // the words' starts.
  let w = 0;
  for (let k = firstRunAfter(runs.digitEnds, from); k < runs.digitStarts.length; k++) {
    const i = Math.max(runs.digitStarts[k]!, from);
    if (i >= to) break;
    while (w < starts.length && starts[w]! < i - from) w++;
    const two = i + 1 < Math.min(runs.digitEnds[k]!, to);
    starts.splice(w, 0, ...(two ? [i - from, i + 1 - from] : [i - from]));
    kinds.splice(w, 0, ...(two ? (["digit", "digit"] as const) : (["digit"] as const)));
  }
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < next) continue;
    // "both" and "the two" stand alone; every other description ends with a person noun.
    const alone =
      kinds[k] === "both" || (kinds[k] === "the" && THE_NUMBER.test(slice.slice(at, at + 9)));
    if (!alone && lastNoun <= at) continue;
    DESCRIPTION_AT.lastIndex = at;
    const m = DESCRIPTION_AT.exec(slice);
    if (m) {
      descriptions.push(m);
      next = at + m[0].length;
    }
  }
  return [pronouns, descriptions];
}

function connects(text: string, a: Element, b: Element): boolean {
  // ", whose case …," and ages (", 65,") say more about the first person; they do not end a list.
  const between = text
    .slice(a.end, b.start)
    .replace(RELATIVE, ",")
    .replace(/,\s*\d{1,3}(?=\s*,)/g, "");
  if (!CONNECTOR.test(between)) return false;
  const words = between.replace(/^\s*,?\s*(?:and\s+)?/, "");
  if (CLAUSE_WORD.test(words) || /\b(?:to|from|with|by|at|on|in|sentence|term)\b/.test(words))
    return false;
  // "him, X and Y": a pronoun joins names only with "and" ("he and his wife"); "X, a teacher"
  // is an appositive, not a second person.
  return (a.kind === "name" && b.kind === "name") || /\band\b/.test(between);
}

/** Inside ", whose case was raised by X,": not a coordinated person. */
function inRelative(text: string, e: Element, floor: number): boolean {
  RELATIVE.lastIndex = 0;
  const slice = text.slice(floor, e.end + 200);
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    const s = floor + m.index;
    if (e.start > s && e.end < s + m[0].length) return true;
  }
  return false;
}

/** Extends the element ending the group backward (subject) or forward (object) over "and"/",". */
function coordinated(text: string, els: Element[], i: number, dir: -1 | 1): Element[] {
  const group = [els[i]!];
  const floor = Math.max(0, els[0]!.start - 200);
  for (let k = i + dir; k >= 0 && k < els.length; k += dir) {
    const e = els[k]!;
    if (inRelative(text, e, floor)) continue;
    const [a, b] = dir < 0 ? [e, group[0]!] : [group[group.length - 1]!, e];
    if (a.end > b.start) continue;
    if (!connects(text, a, b)) break;
    if (dir < 0) group.unshift(e);
    else group.push(e);
  }
  return group;
}

/** The elements' people, each once, in order (a loop: `flatMap` is slow). */
function flatten(els: Element[]): PersonRef[] {
  const out: PersonRef[] = [];
  const seen = new Set<number>();
  for (const e of els)
    for (const p of e.persons)
      if (!seen.has(p.actor)) {
        seen.add(p.actor);
        out.push(p);
      }
  return out;
}

/** The subject ending right before `at` (the auxiliaries' start), with coordinated people. */
export function subjectBefore(pc: PersonContext, floor: number, at: number): PersonRef[] {
  const els = elements(pc, floor, at);
  for (let i = els.length - 1; i >= 0; i--) {
    const e = els[i]!;
    if (e.end > at) continue;
    // "Vinh, 58, an engineer, was arrested": a description set off after a name describes it.
    const prev = els[i - 1];
    if (
      e.kind === "description" &&
      prev !== undefined &&
      prev.kind === "name" &&
      /^\s*,(?:\s*\d{1,3}\s*,)?\s*(?:an?\s+)?$/.test(pc.ctx.text.slice(prev.end, e.start)) &&
      /^(?:\s*,[^,;:]{0,140})?\s*,?\s*$/.test(pc.ctx.text.slice(e.end, at))
    )
      continue;
    // "…, together with Huynh Van Tam, who received four years": "who" is the name before it.
    if (/^\s*,\s*who\s+$/.test(pc.ctx.text.slice(e.end, at))) return e.persons;
    if (!APPOSITIVE.test(pc.ctx.text.slice(e.end, at))) {
      // The element may sit inside the appositive ("Xu, the founder of X, was …"): keep looking.
      if (
        els
          .slice(0, i)
          .some((p) => p.end <= e.start && APPOSITIVE.test(pc.ctx.text.slice(p.end, at)))
      )
        continue;
      return [];
    }
    return flatten(coordinated(pc.ctx.text, els, i, -1));
  }
  return [];
}

/** Words that end the object: a new clause or a prepositional phrase that is not about people. */
const OBJECT_STOP =
  /[;:“”"]|\b(?:after|before|while|when|because|who|which|that|said|says|for|to|on|in|at|of|with|by|under|alongside|like|against|about|over|from|into|without|within|through|during|among|between|behind|beside|near|than|as)\b/iu;
const OBJECT_GAP = 80;

/** The object starting after `from`: the first person-like element, with coordinated people. */
export function objectAfter(
  pc: PersonContext,
  from: number,
  to: number,
): { persons: PersonRef[]; end: number } | null {
  const els = elements(pc, from, to);
  const first = els.find((e) => e.start >= from);
  if (!first || first.start - from > OBJECT_GAP) return null;
  const gap = pc.ctx.text.slice(from, first.start);
  // "released several dissidents, including X" is fine; "sentenced on Monday in Hanoi X" is not.
  if (OBJECT_STOP.test(gap) && !/\bincluding\b/i.test(gap)) return null;
  // "several high-profile dissidents, including X and lawyer Y": the names are the people.
  if (first.kind === "description") {
    const inc = /^[^.;:]{0,60}?,?\s+including\s+/u.exec(pc.ctx.text.slice(first.end, to));
    const named = inc
      ? els.find((e) => e.kind === "name" && e.start >= first.end + inc[0].length)
      : undefined;
    if (named && named.start - (first.end + inc![0].length) < 30) {
      const group = coordinated(pc.ctx.text, els, els.indexOf(named), 1);
      return { persons: flatten(group), end: group[group.length - 1]!.end };
    }
  }
  // "the engineer Ta Quang Linh": a description right before a name is that person's title.
  let head = first;
  const next = els[els.indexOf(first) + 1];
  if (
    first.kind === "description" &&
    next?.kind === "name" &&
    /^\s+$/.test(pc.ctx.text.slice(first.end, next.start))
  )
    head = next;
  const group = coordinated(pc.ctx.text, els, els.indexOf(head), 1);
  let end = group[group.length - 1]!.end;
  // "two followers of the church, A and B, to …": the object runs to the people it names.
  for (const p of flatten(group))
    if (p.start > end && p.start - end < 160 && p.end <= to) end = p.end;
  return { persons: flatten(group), end };
}

/** "Tho's arrest", "her arrest", "the jailing of Xu Zhiyong and Ding Jiaxi". */
export function possessorOf(pc: PersonContext, floor: number, hit: Span, to: number): PersonRef[] {
  const text = pc.ctx.text;
  const pron = /(?<![\p{L}])(his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.exec(
    text.slice(floor, hit.start),
  );
  if (pron) {
    const at = floor + pron.index;
    const word = pron[1]!.toLowerCase();
    if (word === "their")
      return pc.lastGroup && at - pc.lastGroup.at < 800 ? pc.lastGroup.persons : [];
    const actor = pc.people.resolvePronoun(at, word, pc.recent);
    return actor === null ? [] : [{ start: at, end: at + word.length, actor }];
  }
  const before = elements(pc, floor, hit.start);
  const last = before[before.length - 1];
  if (last) {
    const gap = text.slice(last.end, hit.start);
    if (
      /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) &&
      (/^['’]/.test(gap) || last.kind === "pronoun")
    )
      return last.persons;
  }
  const of = /^\s+of\s+/.exec(text.slice(hit.end, to));
  if (of) {
    const obj = objectAfter(pc, hit.end + of[0].length, to);
    if (obj) return obj.persons;
  }
  return [];
}

/** The last two or more people `span` names together ("X and Y", "X, Y and Z"), or null. */
export function lastNamedGroup(pc: PersonContext, span: Span): PersonRef[] | null {
  const els = names(pc, span.start, span.end);
  // One name alone is no group.
  if (els.length < 2) return null;
  for (let i = els.length - 1; i >= 0; i--) {
    const group = flatten(coordinated(pc.ctx.text, els, i, -1));
    if (group.length >= 2) return group;
  }
  return null;
}
