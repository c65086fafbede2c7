// The mentions of one document and the questions other extractors ask of them: which actor is
// this span, who is "she" here, who is "the spokesperson".

import { DETERMINERS } from "../../lexicon/function-words.js";
import { ORG_HEADS } from "../../lexicon/organisations.js";
import type { Tok } from "../../text/lex.js";
import type { QuoteScan } from "../../text/quotes.js";
import type { Actor, Span } from "../../types.js";
import type { ActorInfo } from "./chains.js";
import { ROLES_BY_LAST } from "./name-lexicon.js";
import {
  benchPhrase,
  GENERIC_ORG_NOUNS,
  GROUP_NOUNS,
  lowerWords,
  relationHead,
  roleKey,
  roleKeyOfLast,
} from "./description-words.js";
import { introducedAsRelationOf } from "./owned-relation.js";
import { phraseBody } from "./phrase-body.js";
import type { Mention, Resolution } from "./types.js";
import { PRONOUN, ROLE_GENDERS } from "./word-maps.js";

export class MentionIndex {
  constructor(
    readonly text: string,
    readonly tokens: readonly Tok[],
    readonly quotes: QuoteScan,
    /** Sorted by start. */
    readonly mentions: readonly Mention[],
    readonly infos: ActorInfo[],
    /** The analysis's actor list (`infos[i].actor === actors[i]`). */
    readonly actors: Actor[],
  ) {}

  /**
   * The tokens' end offsets, copied out on the first `tokenAt`. The statements pass asks about
   * 150 times per example article: a binary search over token objects read nine of them each
   * time, scattered in memory; this array is one short run. (A plain array: a new typed array's
   * buffer, allocated outside the heap, cost more than the copy in a CPU profile.)
   */
  private tokenEnds: number[] | undefined = undefined;

  /** Index of the first token that ends after `offset`. */
  tokenAt(offset: number): number {
    const ends = this.tokenEnds ?? this.copyEnds();
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private copyEnds(): number[] {
    const toks = this.tokens;
    const ends = new Array<number>(toks.length);
    for (let k = 0; k < toks.length; k++) ends[k] = toks[k]!.end;
    return (this.tokenEnds = ends);
  }

  /** Index of the first mention that ends after `offset`. */
  private firstMentionFrom(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions overlapping `[start, end)`. */
  mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstMentionFrom(start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      out.push(m);
    }
    return out;
  }

  /** The actor a span names, if a mention of a known actor lies in it. */
  actorAt(start: number, end: number): number | null {
    for (const m of this.mentionsIn(start, end)) if (m.actor !== null) return m.actor;
    return null;
  }

  /** A resolution for actor `i`, with role and organisation from `m` when it gives them. */
  describe(i: number, m: Mention | null = null): Resolution {
    const a = this.actors[i]!;
    return {
      name: a.name,
      kind: a.kind,
      role: a.kind === "person" ? (m?.role ?? a.roles[0] ?? null) : null,
      // People belong to organisations; an organisation's or a state's own name is enough.
      org: a.kind === "person" ? (m?.org ?? a.orgs[0] ?? null) : null,
      actor: i,
    };
  }

  /**
   * The actor a pronoun at `offset` refers to: the nearest earlier actor of a fitting kind and
   * gender, outside quotations, preferring `preferred` actors (recent speakers) when they fit.
   */
  resolvePronoun(offset: number, word: string, preferred: readonly number[] = []): number | null {
    const p = PRONOUN.get(word.toLowerCase());
    if (p === undefined) return null;
    const fits = (i: number) => {
      const info = this.infos[i]!;
      const kind = info.actor.kind;
      if (p.animate === true && kind !== "person") return false;
      if (p.animate === false && kind === "person") return false;
      if (p.gender !== null && info.gender !== null && info.gender !== p.gender) return false;
      if (p.plural && kind === "person") return false;
      return true;
    };
    if (p.relative) {
      // "Barkley, who said …": the mention right before the relative pronoun.
      const before = this.mentionsIn(Math.max(0, offset - 160), offset);
      for (let k = before.length - 1; k >= 0; k--) {
        const m = before[k]!;
        if (m.actor !== null && fits(m.actor)) return m.actor;
      }
      return null;
    }
    for (const i of preferred) if (fits(i)) return i;
    const start = this.firstMentionFrom(Math.max(0, offset - 1500));
    let fallback: number | null = null;
    for (let k = this.firstMentionFrom(offset) - 1; k >= start; k--) {
      const m = this.mentions[k]!;
      if (m.actor === null || m.end > offset || !fits(m.actor)) continue;
      if (!m.quoted) return m.actor;
      fallback ??= m.actor;
    }
    return fallback;
  }

  /**
   * The actor a definite description at `offset` refers to: "the spokesperson" → the nearest
   * earlier person with that role; "the ministry" → the nearest organisation with that head word.
   */
  resolveDescription(offset: number, head: string): number | null {
    const h = head.toLowerCase();
    const start = this.firstMentionFrom(Math.max(0, offset - 4000));
    const isOrgHead = ORG_HEADS.has(h);
    const isRole = ROLES_BY_LAST.has(h) || ROLES_BY_LAST.has(h.replace(/s$/, ""));
    if (!isOrgHead && !isRole) return null;
    const key = roleKey(h);
    for (let k = this.firstMentionFrom(offset) - 1; k >= start; k--) {
      const m = this.mentions[k]!;
      if (m.actor === null || m.end > offset) continue;
      const a = this.actors[m.actor]!;
      if (isOrgHead && a.kind === "organisation" && lowerWords(a.name).includes(h)) return m.actor;
      if (isRole && a.kind === "person" && a.roles.some((r) => roleKeyOfLast(r) === key))
        return m.actor;
    }
    return null;
  }

  /**
   * Resolve a speaker noun phrase `[start, end)`: a name, a pronoun, a definite description of a
   * known actor, or a description that names nobody ("a former prisoner of conscience").
   */
  resolveSpan(start: number, end: number, preferred: readonly number[] = []): Resolution {
    const body = phraseBody(this.text.slice(start, end));
    if (body.from === 0 && body.to === end - start) return this.resolveBody(start, end, preferred);
    const res = this.resolveBody(start + body.from, start + body.to, preferred);
    return res.kind === "description" ? { ...res, name: body.name } : res;
  }

  private resolveBody(start: number, end: number, preferred: readonly number[]): Resolution {
    const inSpan: Mention[] = [];
    for (let i = this.firstMentionFrom(start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.start >= start && m.end <= end) inSpan.push(m);
    }
    // The head person: the last one named, unless named only as someone's relation: a possessor
    // ("Thach’s daughter") or the complement of a description ("the family of Do Van Hai").
    let head: Mention | undefined;
    let dependent = false;
    let owner: string | undefined;
    for (const m of inSpan) {
      if (m.kind !== "person" || m.actor === null) continue;
      if (possessiveAt(this.text, m.end)) {
        dependent = true;
        owner = this.text.slice(m.start, m.end);
      } else if (/\S\s+(?:of|for)\s+$/i.test(this.text.slice(start, m.start))) dependent = true;
      else head = m;
    }
    if (head !== undefined) return this.describe(head.actor!, head);
    const phrase = this.text.slice(start, end);
    const words = phrase.split(/\s+/);
    const firstWord = (words[0] ?? "").toLowerCase();
    const pron = words.length === 1 ? PRONOUN.get(firstWord) : undefined;
    if (pron !== undefined) {
      const i = this.resolvePronoun(start, firstWord, preferred);
      return i === null
        ? { name: phrase, kind: "description", role: null, org: null, actor: null }
        : this.describe(i);
    }
    const relation = relationHead(words);
    if (relation !== null) {
      const i = GROUP_NOUNS.has(relation)
        ? null
        : this.resolveRelation(start, end, relation, preferred, owner);
      if (i !== null) return this.describe(i);
      if (dependent || GROUP_NOUNS.has(relation)) {
        // "his family": named after the person the pronoun points at ("Pham Van Ky’s family").
        const owner = /^(his|her)$/.test(firstWord) ? this.resolvePronoun(start, firstWord) : null;
        const named =
          owner === null ? phrase : `${this.actors[owner]!.name}’s ${words.slice(1).join(" ")}`;
        return this.description(named, inSpan, start);
      }
    }
    if (benchPhrase(words)) {
      const court = this.nearestEarlier(
        start,
        (a) => a.kind === "organisation" && /\bcourt\b/i.test(a.name),
      );
      if (court !== null) return this.describe(court);
    }
    const named = this.namedOrg(inSpan, start);
    // "a spokesman for the State Department": a description whose organisation is named.
    const described =
      DETERMINERS.has(firstWord) &&
      named !== undefined &&
      named.start > start + firstWord.length + 1;
    if (named !== undefined && !described) return this.describe(named.actor!, named);
    if (firstWord === "the" || firstWord === "this") {
      const head = words[words.length - 1]!.replace(/[’']s$/, "").replace(/[,.]$/, "");
      const i = this.resolveDescription(start, head);
      if (i !== null) return this.describe(i);
    }
    return this.description(phrase, inSpan, start, words, named);
  }

  /**
   * The organisation or state a speaker phrase starting at `start` names as its head: in
   * "Germany’s Federal Foreign Office" the office, not its possessor; in "the US Embassy in
   * Hanoi" not the place either.
   */
  private namedOrg(inSpan: readonly Mention[], start: number): Mention | undefined {
    const orgs = inSpan.filter(
      (m) =>
        m.actor !== null &&
        m.kind !== "person" &&
        !(
          m.kind === "state" &&
          /\S\s+(?:in|at|from)\s+(?:the\s+)?$/i.test(this.text.slice(start, m.start))
        ),
    );
    return orgs.find((m) => !/^['’]s?\s/.test(this.text.slice(m.end, m.end + 3))) ?? orgs[0];
  }

  /** A phrase that names nobody known: its role word and any organisation named in it. */
  private description(
    phrase: string,
    inSpan: readonly Mention[],
    start: number,
    words: readonly string[] = phrase.split(/\s+/),
    named: Mention | undefined = this.namedOrg(inSpan, start),
  ): Resolution {
    let role: string | null = null;
    for (const w of words) {
      const k = withoutStop(w.toLowerCase());
      if (ROLES_BY_LAST.has(k) || ROLE_GENDERS.get(k) !== undefined) role = k;
    }
    return {
      name: phrase,
      kind: "description",
      role,
      org: named !== undefined ? this.actors[named.actor!]!.name : null,
      actor: null,
    };
  }

  /**
   * The person a relation ("her husband", "the diplomat", "Thach’s daughter") refers to: the
   * nearest earlier person known by that role, else one introduced with it just after
   * ("…, her husband said. … according to her husband, Phan Van Dung").
   */
  private resolveRelation(
    start: number,
    end: number,
    head: string,
    preferred: readonly number[],
    owner?: string,
  ): number | null {
    if (GENERIC_ORG_NOUNS.has(head)) {
      for (const i of preferred) if (this.actors[i]!.kind === "organisation") return i;
      return this.nearestEarlier(start, (a) => a.kind === "organisation");
    }
    if (!ROLES_BY_LAST.has(head) && !ROLES_BY_LAST.has(head.replace(/s$/, ""))) return null;
    // ("Marozava's lawyer": only whom the document introduced as hers: owned-relation.ts.)
    const owned = (i: number | null): boolean =>
      i !== null &&
      (owner === undefined || introducedAsRelationOf(this.text, this.mentions, i, owner));
    const before = this.resolveDescription(start, head);
    if (owned(before)) return before;
    const key = roleKey(head);
    for (let k = this.firstMentionFrom(end); k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start > end + 1500) break;
      if (m.actor === null || m.kind !== "person") continue;
      if (m.roles.some((r) => roleKeyOfLast(r) === key) && owned(m.actor)) return m.actor;
    }
    return null;
  }

  private nearestEarlier(offset: number, fits: (a: Actor) => boolean): number | null {
    const floor = this.firstMentionFrom(Math.max(0, offset - 3000));
    for (let k = this.firstMentionFrom(offset) - 1; k >= floor; k--) {
      const m = this.mentions[k]!;
      if (m.actor !== null && m.end <= offset && !m.quoted && fits(this.actors[m.actor]!))
        return m.actor;
    }
    return null;
  }

  /** Record that `span` mentions actor `i` (pronouns and descriptions resolved by a pass). */
  addMention(i: number, span: Span): void {
    const ms = this.actors[i]?.mentions;
    if (ms === undefined || ms.some((s) => s.start === span.start && s.end === span.end)) return;
    ms.push({ start: span.start, end: span.end });
  }

  /** Create an actor for a name no mention pass recognised (a speaker known only as "Barkley"). */
  ensureActor(name: string, kind: Actor["kind"], span: Span): number {
    const found = this.actors.findIndex((a) => a.name === name && a.kind === kind);
    if (found >= 0) {
      this.addMention(found, span);
      return found;
    }
    const actor: Actor = {
      name,
      kind,
      aliases: [],
      roles: [],
      orgs: [],
      mentions: [{ start: span.start, end: span.end }],
    };
    this.actors.push(actor);
    const keys = name.toLowerCase().split(/\s+/);
    this.infos.push({ actor, keys, words: keys, gender: null, acronym: null });
    return this.actors.length - 1;
  }
}

/** `’s` or `'s` starts at `at` ("Thach’s daughter"). */
function possessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(at + 1) === 0x73;
}

/** `w` without one final comma or full stop. */
function withoutStop(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x2c || c === 0x2e ? w.slice(0, -1) : w;
}
