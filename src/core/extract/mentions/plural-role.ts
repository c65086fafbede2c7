// A role written in the plural before several names ("Ede farmers Y Thuan Nie and Y Kreo Ayun",
// "Hoa Hao Buddhists Doan Van Thach and Huynh Van Tam") is each person's role in the singular.

import { AFFILIATIONS } from "../../lexicon/affiliations.js";
import type { Tok } from "../../text/lex.js";
import type { Classified } from "./classify.js";
import { ROLES_BY_LAST } from "./name-lexicon.js";
import type { Mention } from "./types.js";

const AFFILIATION_LAST: ReadonlySet<string> = new Set(AFFILIATIONS.map((a) => a.split(" ").pop()!));

/** The role in the singular, or null when its last word is no plural of a known role or faith. */
export function singularRole(role: string): string | null {
  if (role.charCodeAt(role.length - 1) !== 115 /* s */) return null;
  const m = /(\p{L}+)s$/u.exec(role);
  if (m === null) return null;
  const word = `${m[1]!}s`.toLowerCase();
  const stem = m[1]!.toLowerCase();
  if (ROLES_BY_LAST.has(word)) return null;
  return ROLES_BY_LAST.has(stem) || AFFILIATION_LAST.has(stem) ? role.slice(0, -1) : null;
}

/**
 * Puts a plural role in the singular ("farmers" → "farmer") and gives it to the next names joined
 * by "and" or a comma ("Ede farmers Y Thuan Nie and Y Kreo Ayun"); returns what the next name
 * may share.
 */
export function pluralRoles(
  toks: readonly Tok[],
  c: Classified,
  m: Mention,
  shared: { role: string; end: number } | null,
): { role: string; end: number } | null {
  const first = c.titleStart ?? c.nameStart;
  const joined =
    shared !== null &&
    first - shared.end === 1 &&
    (toks[first - 1]!.lower === "and" || toks[first - 1]!.text === ",");
  if (m.role === null) {
    if (!joined) return null;
    m.role = shared.role;
    m.roles = [shared.role];
    return { role: shared.role, end: c.nameEnd };
  }
  const one = singularRole(m.role);
  if (one === null) return null;
  m.roles = m.roles.map((r) => (r === m.role ? one : r));
  m.role = one;
  return { role: one, end: c.nameEnd };
}
