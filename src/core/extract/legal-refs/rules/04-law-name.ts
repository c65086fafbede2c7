import { JURISDICTION_ADJECTIVES } from "../../../lexicon/jurisdiction-cues.js";
import { COUNTRY_BY_NAME, LAW_CORE, LINK, lawKind, type LawKind } from "../patterns.js";
import { matchesStartingIn } from "../../../text/match-cache.js";

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

export function lawAfter(folded: string, at: number): LawMention | null {
  AFTER.lastIndex = at;
  const m = AFTER.exec(folded);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return toMention(m, at + lead, at + m[0].length);
}

/** The last law named in [from, to): the citation's law when none follows it. */
export function lawBefore(folded: string, from: number, to: number): LawMention | null {
  let found: LawMention | null = null;
  for (const m of matchesStartingIn(ANYWHERE, folded, from, to)) {
    if (m.index + m[0].length > to) break;
    found = toMention(m, m.index, m.index + m[0].length);
  }
  return found;
}
