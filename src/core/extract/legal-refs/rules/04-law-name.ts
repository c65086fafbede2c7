import { JURISDICTION_ADJECTIVES } from "../../../lexicon/jurisdiction-cues.js";
import { LAW_DETERMINERS, LAW_LINKS } from "../../../lexicon/legal-terms.js";
import {
  COUNTRY_BY_NAME,
  LAW_BASE_NAMES,
  LAW_CORE,
  LINK,
  lawKind,
  type LawKind,
} from "../patterns.js";
import { landmarks } from "../landmarks.js";
import { firstMatchFrom, lookBack, opensRuns, runsBack, runsIn, widest } from "../look-back.js";
import { startingIn } from "../../../text/match-cache.js";
import { firstWithKeyAtLeast } from "../../../text/sorted.js";

// "… of the Criminal Code 2015" · "… of the 2015 Criminal Code" · "… of Vietnam's Criminal Code" ·
// "… of the 1999 Penal Code" · "Điều 117 Bộ luật Hình sự năm 2015" · "… of the ICCPR" ·
// "… of the 2013 Constitution" · "… of the Criminal Code of Belarus": the law an article belongs
// to, named after it; or, failing that, the nearest law named earlier in the sentence
// ("the Criminal Code, whose Articles 109 and 117 …").

export interface LawMention {
  kind: LawKind;
  /** The name as cited, without year: "criminal code", "bo luat hinh su", "iccpr". */
  base: string;
  year: number | null;
  /** Jurisdiction the citation itself states ("Vietnam's", "of Belarus"), or null. */
  jurisdiction: string | null;
  treaty: string | null;
  /** Folded offsets. */
  start: number;
  end: number;
}

const AFTER = new RegExp(`\\s*,?\\s*(?:${LINK}\\s+)?${LAW_CORE}`, "uy");
const ANYWHERE = new RegExp(LAW_CORE, "gu");
const AT = new RegExp(LAW_CORE, "uy");

/**
 * Whether a match of LAW_CORE can start only where a run of letters and digits starts or at a
 * digit (its year): the words that may open it (states' names, adjectives, determiners, "the",
 * the laws' names) all open with a letter or digit, and only the year is not held to a word edge.
 */
const LAW_OPENS_RUNS = opensRuns([
  "the",
  ...COUNTRY_BY_NAME.keys(),
  ...Object.keys(JURISDICTION_ADJECTIVES),
  ...LAW_DETERMINERS,
  ...LAW_BASE_NAMES,
]);

/**
 * The most runs of letters and digits LAW_CORE can match before the law's name: "the", a state's
 * name and "'s" ("the socialist republic of viet nam's": seven), or "the" and an adjective, or a
 * determiner ("the country's": three); then a year. A match starts no further back than that
 * many runs before the name it holds, and the law pattern is tried from there (a state's name
 * is a long alternation, and was tried at each word from PREFIX_MAX characters back).
 */
const PREFIX_RUNS =
  Math.max(
    1 + Math.max(...[...COUNTRY_BY_NAME.keys()].map(runsIn)) + 1,
    1 + Math.max(...Object.keys(JURISDICTION_ADJECTIVES).map(runsIn)),
    Math.max(...LAW_DETERMINERS.map(runsIn)),
  ) + 1;

/**
 * At least the most characters other than white space that LAW_CORE can match before the law's
 * name: "the" and a state's name with "'s", or "the" and an adjective, or a determiner; then a
 * year. Doubled, with room to spare: a larger bound costs little, a smaller one loses matches.
 */
const PREFIX_MAX =
  2 *
    (Math.max(
      3 + widest([...COUNTRY_BY_NAME.keys()]) + 2,
      3 + widest(Object.keys(JURISDICTION_ADJECTIVES)),
      widest(LAW_DETERMINERS),
    ) +
      4) +
  16;

/**
 * Every match of ANYWHERE in a folded text, as a global scan finds them, without trying the
 * pattern at every offset. A match holds the name of a law, so the next match from `from` starts
 * at or before the first name at or after `from` (the name alone matches there); and it cannot
 * start further back than PREFIX_MAX non-space characters before that name: a match starting
 * earlier and reaching a later name would cover even more. So the scan resumes just there.
 */
function lawMatches(folded: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const { start: name } of landmarks(folded).lawStarts) {
    if (name < from) continue;
    const at = lookBack(folded, name, from, PREFIX_MAX);
    // the law's name alone matches at `name`
    let m = LAW_OPENS_RUNS
      ? firstMatchFrom(AT, folded, Math.max(at, runsBack(folded, name, PREFIX_RUNS)), name, true)
      : null;
    if (m === null) {
      ANYWHERE.lastIndex = at;
      m = ANYWHERE.exec(folded);
    }
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

let lastMatches: { text: string; matches: RegExpExecArray[] } | null = null;

function toMention(m: RegExpExecArray, start: number, end: number): LawMention {
  const g = m.groups!;
  const country = g.country ?? g.country2;
  const jurisdiction =
    (country
      ? COUNTRY_BY_NAME.get(country.replace(/\s+/g, " ").replace(/^the /, ""))
      : undefined) ??
    (g.adj ? JURISDICTION_ADJECTIVES[g.adj] : undefined) ??
    null;
  const year = g.y1 ?? g.y2;
  const { kind, treaty } = lawKind(g.base!.replace(/\s+/g, " "));
  return {
    kind,
    base: g.base!.replace(/\s+/g, " "),
    year: year ? Number(year) : null,
    jurisdiction,
    treaty: treaty ?? null,
    start,
    end,
  };
}

/** At least the most characters other than white space AFTER can match before the law's name. */
const AFTER_MAX = 1 + widest(LAW_LINKS) + PREFIX_MAX;

export function lawAfter(folded: string, at: number): LawMention | null {
  // The law's name must start soon after: at the first name at or after `at`, with no more than
  // a comma, a link word and a prefix between.
  const starts = landmarks(folded).lawStarts;
  const lo = firstWithKeyAtLeast(starts, at, (s) => s.start);
  if (lo === starts.length || lookBack(folded, starts[lo]!.start, at, AFTER_MAX) > at) return null;
  AFTER.lastIndex = at;
  const m = AFTER.exec(folded);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return toMention(m, at + lead, at + m[0].length);
}

/** The last law named in [from, to): the citation's law when none follows it. */
export function lawBefore(folded: string, from: number, to: number): LawMention | null {
  if (lastMatches?.text !== folded) lastMatches = { text: folded, matches: lawMatches(folded) };
  // only the last one is read: its groups are not worth reading for the others
  let found: RegExpExecArray | null = null;
  for (const m of startingIn(lastMatches.matches, from, to)) {
    if (m.index + m[0].length > to) break;
    found = m;
  }
  return found && toMention(found, found.index, found.index + found[0].length);
}
