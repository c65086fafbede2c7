// The people-like elements of a stretch of text: names from the people index, pronouns ("she",
// "them") and descriptions ("the activist", "three key members", "both men"), each resolved to
// the people it stands for.

import { GROUP_NUMBERS, PERSON_NOUNS } from "../../lexicon/event-triggers.js";
import { sentenceAtOrBefore, type DocContext } from "../../text/doc-context.js";
import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, foldsIn, wordRuns } from "../../text/word-runs.js";
import type { Span } from "../../types.js";
import { LetterPairs } from "./letter-pairs.js";
import { peopleIn, type PeopleIndex, type PersonMention } from "./people.js";

export interface PersonRef extends Span {
  /** The actor's index, or for a person the text does not name, `unnamedActor` of the mention. */
  actor: number;
}

/**
 * A key for a person the text describes but does not name ("a woman from Dak Nong province"):
 * negative, so no actor has it, and one per mention, so two such people's events never merge.
 */
export const unnamedActor = (start: number): number => -1 - start;

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
  /**
   * Everyone the events so far were about, latest first: "has not seen her since her arrest"
   * many sentences after the teacher's sentence was told is the teacher's arrest.
   */
  told?: number[];
  /**
   * Where a statement's speaker is a description the statements pass left unnamed ("A former
   * prisoner of conscience who was released in August … told us"): a source kept anonymous.
   */
  unnamedSpeakers?: ReadonlySet<number>;
  /**
   * The direct quotations of people the statements pass named, in text order: "I" and "me" in
   * them are the speaker ("When I was arrested it was Article 88").
   */
  quoted?: readonly PersonRef[];
}

/** Something that can be a trigger's subject or object, before resolution. */
export interface Element extends Span {
  kind: "name" | "pronoun" | "description";
  persons: PersonRef[];
}

/** After "her", a word that makes it a determiner ("her son") rather than an object ("jailed her for"). */
const POSSESSIVE_NEXT =
  /^\s+(?!(?:to|of|on|in|at|for|with|and|or|but|from|by|after|before|as|into|over|under|last|this|that|since|until|because|while|when|again|twice|once|without|despite|alongside|like)\b)[\p{Ll}\p{Lu}]/u;
const PRONOUN_RE = /(?<![\p{L}])(?:he|she|him|her|they|them|his|their)(?![\p{L}])/giu;
const nouns = [...PERSON_NOUNS].sort((a, b) => b.length - a.length).join("|");
const numbers = Object.keys(GROUP_NUMBERS).join("|");
/** "all three", "all four": a counted group with no noun. */
const ALL_COUNTS = "two|three|four|five|six|seven|eight|nine|ten";
/** "the activist", "an aquaculture engineer", "three key members", "both men", "the two". */
const DESCRIPTION_RE = new RegExp(
  `(?<![\\p{L}])(?:(the|a|an|this|these|those|(?:the\\s+)?(?:${numbers}|\\d+))\\s+)((?:[\\p{L}’'-]+\\s+){0,4}?)(${nouns})(?![\\p{L}])|(?<![\\p{L}])(both|the two|the three|all (?:${ALL_COUNTS}))(?![\\p{L}])`,
  "giu",
);
/** The people, each once, in order. */
export function distinct(persons: readonly PersonRef[]): PersonRef[] {
  const seen = new Set<number>();
  return persons.filter((p) => !seen.has(p.actor) && seen.add(p.actor));
}

/** The people a description stands for, or [] when it cannot be told. */
function resolveDescription(pc: PersonContext, m: RegExpExecArray, at: number): PersonRef[] {
  const { ctx, people } = pc;
  const det = (m[1] ?? m[4] ?? "").toLowerCase().replace(/^(?:the|all)\s+/, "");
  const noun = (m[3] ?? "").toLowerCase();
  const count = GROUP_NUMBERS[det] ?? (/^\d+$/.test(det) ? Number(det) : null);
  const si = sentenceAtOrBefore(ctx, at);
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
    // A source the text quotes without a name is not the person the next sentences name.
    if (pc.unnamedSpeakers?.has(at)) return [];
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

/**
 * A description whose people are resolved when first asked for: the readers of a stretch's
 * elements look at one or two of them, and most descriptions' people are never read. They are
 * read before the reader returns, while the person context is what it was when it was made.
 */
class Description implements Element {
  readonly kind = "description";
  private resolved: PersonRef[] | undefined;

  constructor(
    private readonly pc: PersonContext,
    private readonly m: RegExpExecArray,
    readonly start: number,
    readonly end: number,
  ) {}

  get persons(): PersonRef[] {
    return (this.resolved ??= resolveDescription(this.pc, this.m, this.start));
  }
}

const ref = (m: { start: number; end: number; actor: number | null }): PersonRef => ({
  start: m.start,
  end: m.end,
  actor: m.actor!,
});

const byPosition = (a: Element, b: Element): number => a.start - b.start || b.end - a.end;

/** The names in `[from, to)`, in text order. */
export function names(pc: PersonContext, from: number, to: number): Element[] {
  return asNames(peopleIn(pc.people, from, to));
}

/** People's mentions as name elements, in text order. */
export function asNames(mentions: readonly PersonMention[]): Element[] {
  return mentions
    .map((m): Element => ({ start: m.start, end: m.end, kind: "name", persons: [ref(m)] }))
    .sort(byPosition);
}

/** Names, pronouns and descriptions in `[from, to)`, in text order (names win overlaps). */
export function elements(pc: PersonContext, from: number, to: number): Element[] {
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
  if (pc.quoted !== undefined && pc.quoted.length > 0)
    out.push(...firstPersons(pc.quoted, text, from, to));
  for (const m of descriptions) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (out.some((e) => e.kind === "name" && e.start < end && at < e.end)) continue;
    out.push(new Description(pc, m, at, end));
  }
  return out.sort(byPosition);
}

const FIRST_PERSON = /(?<![\p{L}\p{N}’'-])(?:I|me)(?![\p{L}\p{N}’'-])/gu;

/** "I" and "me" in `[from, to)` inside a named person's direct quotation: that person. */
function firstPersons(
  quoted: readonly PersonRef[],
  text: string,
  from: number,
  to: number,
): Element[] {
  const out: Element[] = [];
  const inside = quoted.filter((q) => q.start < to && from < q.end);
  if (inside.length === 0) return out;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(FIRST_PERSON)) {
    const at = from + m.index;
    const q = inside.find((s) => s.start <= at && at < s.end);
    if (q === undefined) continue;
    const end = at + m[0].length;
    out.push({ start: at, end, kind: "pronoun", persons: [{ start: at, end, actor: q.actor }] });
  }
  return out;
}

type StartKind = "pronoun" | "the" | "both" | "all" | "determiner" | "noun";
/**
 * Words a pronoun or a description can start with (pronouns, determiners, number words) and the
 * person nouns a description ends with.
 */
const WORD_LIST: ReadonlyArray<readonly [string, StartKind]> = [
  ...["he", "she", "him", "her", "they", "them", "his", "their"].map(
    (w) => [w, "pronoun"] as const,
  ),
  ["the", "the"],
  ["both", "both"],
  ["all", "all"],
  ...["a", "an", "this", "these", "those", ...Object.keys(GROUP_NUMBERS)]
    .filter((w) => w !== "both")
    .map((w) => [w, "determiner"] as const),
  ...PERSON_NOUNS.map((w) => [w.toLowerCase(), "noun"] as const),
];
const WORDS = new WordTrie<StartKind>(WORD_LIST);
const WORD_PAIRS = new LetterPairs(WORD_LIST.map(([w]) => w));
/** "the two", "the three": a description with no noun. */
const THE_NUMBER = /^the t(?:wo|hree)/i;
const ALL_NUMBER = new RegExp(`^all\\s+(?:${ALL_COUNTS})(?![\\p{L}])`, "iu");
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
    const end = Math.min(runs.ends[k]!, to);
    const kind = WORD_PAIRS.mayBe(text, i, end) ? WORDS.get(text, i, end) : undefined;
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
    if (two) {
      starts.splice(w, 0, i - from, i + 1 - from);
      kinds.splice(w, 0, "digit", "digit");
    } else {
      starts.splice(w, 0, i - from);
      kinds.splice(w, 0, "digit");
    }
  }
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < next) continue;
    // "both" and "the two" stand alone; every other description ends with a person noun.
    const alone =
      kinds[k] === "both" ||
      (kinds[k] === "the" && THE_NUMBER.test(slice.slice(at, at + 9))) ||
      (kinds[k] === "all" && ALL_NUMBER.test(slice.slice(at, at + 12)));
    if (kinds[k] === "all" && !alone) continue;
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
