import { ORG_HEADS } from "../../../lexicon/figure-publishers.js";
import { findDates } from "../../../text/dates.js";
import { live, type FigureRule, type RuleContext } from "../draft.js";

/** How far into the document a byline may stand (title, byline, date lines come first). */
const BYLINE_PARAGRAPHS = 4;

/**
 * "Prisoner Watch Vietnam, January 6, 2022" or "Defend the Defenders" alone on a line near the
 * top: the organisation that wrote the document.
 */
function bylineOrganisation(rc: RuleContext): string | null {
  const { text, paragraphs } = rc.ctx;
  for (const p of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    let line = text.slice(p.start, p.end);
    // reading a paragraph's dates costs more than the rest: most lines cannot name the byline
    if (!mayNameOrganisation(line)) continue;
    const date = findDates(line, {}).find((d) => d.end === line.length);
    if (date) line = line.slice(0, date.start);
    line = line.replace(/[,\s–—-]+$/u, "");
    const name =
      /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on|\d+))*$/u;
    if (line.length === 0 || line.length > 60 || !name.test(line)) continue;
    if (line.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))) return line;
  }
  return null;
}

/**
 * The lengths of the organisations' heads, when all are ASCII letters: a prefix of a token
 * lower-cases to such a head only when it is as long (no character lower-cases to more than one
 * ASCII letter), so only prefixes of these lengths are tried, not every prefix of every token.
 */
const HEAD_LENGTHS: ReadonlySet<number> | null = [...ORG_HEADS].every((h) => /^[a-z]+$/.test(h))
  ? new Set([...ORG_HEADS].map((h) => h.length))
  : null;

/** How a name's words are written: the pattern `bylineOrganisation` reads a line with. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on|\d+)$/u;

/**
 * Whether `bylineOrganisation` may keep a prefix of `line`: the name it keeps is at most 60
 * characters, a run of whole name words and then one name word that may be cut short (by a date
 * written after it), and one of its words is an organisation's head.
 */
function mayNameOrganisation(line: string): boolean {
  for (const token of line.slice(0, 60).split(/\s+/)) {
    for (let n = token.length; n > 0; n--) {
      if (HEAD_LENGTHS !== null && !HEAD_LENGTHS.has(n)) continue;
      const word = token.slice(0, n);
      if (ORG_HEADS.has(word.toLowerCase()) && NAME_WORD.test(word)) return true;
    }
    if (!NAME_WORD.test(token)) return false;
  }
  return false;
}

// A report by Prisoner Watch Vietnam ("Prisoner Watch Vietnam, January 6, 2022" under the title)
// saying "In 2021, the authorities arrested thirteen activists" publishes that figure itself.
export const byline: FigureRule = {
  name: "byline",
  apply(drafts, rc) {
    const figures = live(drafts).filter((d) => d.publisher === null);
    if (figures.length === 0) return;
    const org = bylineOrganisation(rc);
    if (org) for (const d of figures) d.publisher = org;
  },
};
