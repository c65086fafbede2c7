import { ORG_HEADS } from "../core/lexicon/organisations.js";
import { matchKey } from "../core/text/normalise.js";
import type { ActorKind } from "../core/types.js";

// When is an actor named in a new document the same as one already in the store? Wrong merges
// are worse than duplicates (a person's statements attributed to a namesake), so the rules are
// conservative and every link records the rule and the evidence that made it:
//   "Nguyễn Ngọc Già" (person) = "Nguyen Ngoc Gia" (person)       same full name, folded
//   "Hang" never links on its own                                   a single token names no one
//   "Nguyen Van An" ≠ "Nguyen Van Binh"                             different full names
//   "Nguyen Van An, lawyer, Hanoi Bar" ≠ "Nguyen Van An, police officer, Ministry of Public
//   Security"                                                       same name, conflicting context
//   a shared multi-token alias links people only with a shared role or organisation

/** What the store knows about an existing actor that a new mention might be. */
export interface Candidate {
  actorId: number;
  kind: ActorKind;
  name: string;
  /** Keys of the names and aliases that matched this actor. */
  matched: string[];
  /** True when the new mention's own name matched (not only one of its aliases). */
  byName: boolean;
  roles: string[];
  orgs: string[];
}

export interface Mention {
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  orgs: string[];
}

export type LinkDecision =
  | { link: true; actorId: number; rule: "same-name" | "shared-alias"; evidence: Evidence }
  | { link: false; rule: "new" | "too-short" | "ambiguous" | "conflict"; evidence: Evidence };

export type Evidence = Record<string, unknown>;

const STOPWORDS = new Set(["of", "the", "for", "and", "a", "an", "de", "du", "la", "le"]);

export function contextKeys(values: readonly string[]): string[] {
  return [...new Set(values.map(matchKey).filter((k) => k !== ""))];
}

function words(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !STOPWORDS.has(w));
}

/** A person's name that can identify someone: at least two words and five letters. */
export function isFullName(key: string): boolean {
  const w = words(key);
  return w.length >= 2 && w.join("").length >= 5;
}

/** Keys an actor of this kind may be looked up by. */
export function lookupKeys(m: Mention): string[] {
  if (m.kind === "person")
    return [...new Set([m.name, ...m.aliases].map(matchKey).filter(isFullName))];
  // "Police" as an alias of "Nghệ An provincial police" (the text said "Police" there): a body's
  // head word alone would link every province's police into one.
  const aliases = m.aliases.map(matchKey).filter((k) => !ORG_HEADS.has(k));
  return [...new Set([matchKey(m.name), ...aliases].filter(orgKeyOk))];
}

/** Lookup keys of an actor as the contract gives it. */
export function actorKeys(a: {
  name: string;
  kind: ActorKind;
  aliases?: string[];
  roles?: string[];
  orgs?: string[];
}): string[] {
  return lookupKeys({
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    roles: a.roles ?? [],
    orgs: a.orgs ?? [],
  });
}

function orgKeyOk(key: string): boolean {
  return key.replace(/[^\p{L}\p{N}]/gu, "").length >= 2;
}

export function kindsCompatible(a: ActorKind, b: ActorKind): boolean {
  if (a === "person" || b === "person") return a === b;
  return true; // "Vietnam" the state and "Vietnam" the government speaking are one actor
}

/** Context values share a significant word ("Ministry of Foreign Affairs" ~ "Foreign Ministry"). */
function overlap(a: readonly string[], b: readonly string[]): string[] {
  const bw = new Set(b.flatMap(words));
  return a.filter((x) => words(x).some((w) => bw.has(w)));
}

function conflicts(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && overlap(a, b).length === 0;
}

/** Decides whether a mention links to one of the candidates the store found for its keys. */
export function decideLink(m: Mention, candidates: readonly Candidate[]): LinkDecision {
  const key = matchKey(m.name);
  const roles = contextKeys(m.roles);
  const orgs = contextKeys(m.orgs);
  if (m.kind === "person" && !isFullName(key))
    return { link: false, rule: "too-short", evidence: { key } };
  const compatible = candidates.filter((c) => kindsCompatible(m.kind, c.kind));
  if (compatible.length === 0) return { link: false, rule: "new", evidence: { key } };

  if (m.kind !== "person") {
    const best = [...compatible].sort(
      (a, b) => Number(b.byName) - Number(a.byName) || a.actorId - b.actorId,
    )[0]!;
    return {
      link: true,
      actorId: best.actorId,
      rule: best.byName ? "same-name" : "shared-alias",
      evidence: { key, matched: best.matched },
    };
  }

  const judged = compatible.map((c) => {
    const sharedRoles = overlap(roles, c.roles);
    const sharedOrgs = overlap(orgs, c.orgs);
    return {
      c,
      shared: [...sharedRoles, ...sharedOrgs],
      conflict: conflicts(roles, c.roles) || conflicts(orgs, c.orgs),
    };
  });
  const viable = judged.filter((j) => !j.conflict && (j.c.byName || j.shared.length > 0));
  if (viable.length === 0) {
    const conflicting = judged.filter((j) => j.conflict).map((j) => j.c.actorId);
    return conflicting.length > 0
      ? {
          link: false,
          rule: "conflict",
          evidence: { key, roles, orgs, conflictsWith: conflicting },
        }
      : {
          link: false,
          rule: "new",
          evidence: { key, aliasOnly: compatible.map((c) => c.actorId) },
        };
  }
  const withContext = viable.filter((j) => j.shared.length > 0);
  const pick = viable.length === 1 ? viable : withContext.length === 1 ? withContext : [];
  if (pick.length !== 1)
    return {
      link: false,
      rule: "ambiguous",
      evidence: { key, candidates: viable.map((j) => j.c.actorId) },
    };
  const chosen = pick[0]!;
  return {
    link: true,
    actorId: chosen.c.actorId,
    rule: chosen.c.byName ? "same-name" : "shared-alias",
    evidence: {
      key,
      matched: chosen.c.matched,
      ...(chosen.shared.length ? { shared: chosen.shared } : {}),
    },
  };
}
