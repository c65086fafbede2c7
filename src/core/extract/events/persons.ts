// Who a trigger is about: the subject before a passive verb, the object after an active one,
// the possessor or of-phrase of a noun. Names come from the people index; pronouns ("she",
// "them"), descriptions ("the activist", "an engineer") and counted groups ("three key members",
// "both men") are resolved to the people they stand for.

import { OBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { tailStart } from "../../text/tail-start.js";
import type { Span } from "../../types.js";
import { peopleIn } from "./people.js";
import {
  asNames,
  elements,
  unnamedActor,
  type Element,
  type PersonContext,
  type PersonRef,
} from "./person-elements.js";

export type { PersonContext, PersonRef } from "./person-elements.js";

/**
 * Between two coordinated people: ", ", " and ", ", and her younger son ", " and Australian
 * citizen ", ", and former opposition lawmaker ".
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

function connects(text: string, a: Element, b: Element): boolean {
  // ", whose case …," and ages (", 65,") say more about the first person; they do not end a list.
  // Both need a comma: most connectors have none, and are read as they stand.
  const gap = text.slice(a.end, b.start);
  const between = gap.includes(",")
    ? gap.replace(RELATIVE, ",").replace(/,\s*\d{1,3}(?=\s*,)/g, "")
    : gap;
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
  const slice = text.slice(floor, e.end + 200);
  // Every match holds "who", "whose" or "which": most stretches have none.
  if (!slice.includes("wh")) return false;
  RELATIVE.lastIndex = 0;
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
    // "X, a farmer who was tried alongside them, received six years": an object is no subject.
    if (
      e.kind === "pronoun" &&
      OBJECT_PRONOUNS.has(pc.ctx.text.slice(e.start, e.end).toLowerCase())
    )
      continue;
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
      return unnamedBefore(pc.ctx.text, floor, els.slice(0, i + 1), at);
    }
    const group = flatten(coordinated(pc.ctx.text, els, i, -1));
    return group.length > 0 ? group : unnamedBefore(pc.ctx.text, floor, els.slice(0, i + 1), at);
  }
  return [];
}

/** Appositives in commas right after a subject: ", 58, an engineer from Hue,". */
const LEADING_APPOSITIVE = /^(?:\s*,[^,;:“”"]{1,140}){1,3}\s*,/u;
/** Where a second main clause opens: "…; X", "…, while X", "…, but X". */
const CLAUSE_JOIN = /(?:;|,\s*(?:while|whereas|but|and|as)\b)\s*/gu;
/** Between a clause's subject and a verb of its own: no second clause, quotation or speech. */
const CLAUSE_BREAK =
  /[;:“”"]|\b(?:said|says|told|who|whose|which|that|after|while|when|because|but)\b/iu;

/**
 * The subject of the sentence's first clause when the verb at `at` is still its own: "Hanoi
 * blogger X, 47, has lodged an appeal to contest …" → X. Nothing when the sentence
 * opens with another phrase, or a second clause, person or speech comes between.
 */
export function clauseSubject(pc: PersonContext, sentence: Span, at: number): PersonRef[] {
  const text = pc.ctx.text;
  // The clause "while X is awaiting …" opens after its conjunction.
  let from = sentence.start;
  CLAUSE_JOIN.lastIndex = 0;
  const before = text.slice(sentence.start, at);
  for (let m = CLAUSE_JOIN.exec(before); m; m = CLAUSE_JOIN.exec(before))
    from = sentence.start + m.index + m[0].length;
  const els = elements(pc, from, at);
  if (
    els.length === 0 ||
    (els[0]!.kind === "pronoun" &&
      OBJECT_PRONOUNS.has(text.slice(els[0]!.start, els[0]!.end).toLowerCase()))
  )
    return [];
  if (/[,;:“”"(]/u.test(text.slice(from, els[0]!.start))) return [];
  const group = coordinated(text, els, 0, 1);
  const groupEnd = group[group.length - 1]!.end;
  const appositive = LEADING_APPOSITIVE.exec(text.slice(groupEnd, at));
  const verbFrom = groupEnd + (appositive ? appositive[0].length : 0);
  if (els.some((e) => e.start >= verbFrom) || CLAUSE_BREAK.test(text.slice(verbFrom, at)))
    return [];
  return flatten(group);
}

/**
 * "A woman from Dak Nong province, a member of a house church, was arrested": a subject that
 * names no one, read from the first description of the clause when no name or pronoun is it.
 */
function unnamedBefore(text: string, floor: number, els: Element[], at: number): PersonRef[] {
  for (const e of els) {
    if (e.kind !== "description" || e.persons.length > 0) continue;
    const unnamed = unnamedSubject(text, floor, e, at);
    return unnamed ? [unnamed] : [];
  }
  return [];
}

/** "a woman", "an engineer": one person the text does not name (not "a group of members"). */
const INDEFINITE_ONE = /^an?\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+$/iu;
/** Where a clause starts: the sentence's start, or after a semicolon or "and"/"but". */
const CLAUSE_OPEN = /(?:^|;|\b(?:and|but))\s*$/u;
/** Between the description and the verb: a phrase ("from Dak Nong province"), appositives, "who". */
const UNNAMED_GAP =
  /^(?:\s+(?:from|in|of|at|with)\s+[^,;:“”"]{1,60}?)?(?:\s*,[^,;:“”"]{1,140}){0,2}\s*,?\s*(?:who\s+)?$/u;
/** Words that tell the gap holds a clause of its own, not a description. */
const GAP_VERB =
  /\b(?:was|were|is|are|has|have|had|said|says|told|that|which|whose|after|before|while|when|because|but|and)\b/iu;

/**
 * A subject that describes one person without naming them, opening its clause: "A woman from Dak
 * Nong province, a member of a house church, was arrested", "A former prisoner of conscience who
 * was released in August …". Lists of political prisoners count such cases though families ask
 * that names be withheld; the event is recorded with no person.
 */
function unnamedSubject(text: string, floor: number, e: Element, at: number): PersonRef | null {
  const words = text.slice(e.start, e.end);
  if (!INDEFINITE_ONE.test(words) || /(?:s|men|people)$/iu.test(words)) return null;
  if (!CLAUSE_OPEN.test(text.slice(Math.max(floor, e.start - 12), e.start))) return null;
  const gap = text.slice(e.end, at);
  if (!UNNAMED_GAP.test(gap) || GAP_VERB.test(gap.replace(/\s*who\s*$/u, ""))) return null;
  return { start: e.start, end: e.end, actor: unnamedActor(e.start) };
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

/**
 * "her arrest", "his 2019 arrest", "their recent arrests": a possessive with up to two words
 * between, none of them a word that would end the phrase ("to see her since her arrest": the
 * second "her").
 */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(his|her|their)\s+(?:(?!(?:his|her|their|since|after|before|until|during|for|of|to|from|with|at|in|on|by)\s)[\p{Ll}\p{N}-]+\s+){0,2}$/iu;

/** "Tho's arrest", "her arrest", "the jailing of Vu Van Tan and Ngo Van Kien". */
export function possessorOf(pc: PersonContext, floor: number, hit: Span, to: number): PersonRef[] {
  const text = pc.ctx.text;
  // Its match covers the last three words at most: run from just before them.
  const tail = tailStart(text, floor, hit.start, 3);
  const pron = POSSESSIVE_BEFORE.exec(text.slice(tail, hit.start));
  if (pron) {
    const at = tail + pron.index;
    const word = pron[1]!.toLowerCase();
    if (word === "their")
      return pc.lastGroup && at - pc.lastGroup.at < 800 ? pc.lastGroup.persons : [];
    const actor = pc.people.resolvePronoun(at, word, [...pc.recent, ...(pc.told ?? [])]);
    return actor === null ? [] : [{ start: at, end: at + word.length, actor }];
  }
  const before = elements(pc, floor, hit.start);
  const last = before[before.length - 1];
  if (last) {
    const gap = text.slice(last.end, hit.start);
    if (
      /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) &&
      (/^['’]/.test(gap) || (last.kind === "pronoun" && /^\s+$/.test(gap)))
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
  // One name alone is no group. Most sentences name fewer than two: no elements made for them.
  const named = peopleIn(pc.people, span.start, span.end);
  if (named.length < 2) return null;
  const els = asNames(named);
  for (let i = els.length - 1; i >= 0; i--) {
    const group = flatten(coordinated(pc.ctx.text, els, i, -1));
    if (group.length >= 2) return group;
  }
  return null;
}
