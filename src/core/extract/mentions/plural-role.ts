// A role written in the plural before several names ("Ede farmers Y Thuan Nie and Y Kreo Ayun",
// "Hoa Hao Buddhists Doan Van Thach and Huynh Van Tam") is each person's role in the singular.

import { AFFILIATIONS } from "../../lexicon/affiliations.js";
import { ROLES_BY_LAST } from "./name-lexicon.js";

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
