import { CHARGE_CUE_WINDOW, CHARGE_CUES } from "../../../lexicon/legal-terms.js";
import { codeByKey, narrow, OFFENSES, toCurrent } from "../../../lexicon/statutes/index.js";
import type { PhraseToken } from "../../../text/phrase-key.js";
import type { LegalRef, Span } from "../../../types.js";

// Offences named without a number, resolved through the catalogue's names and aliases:
//   "jailed for “abusing democratic freedoms”"               → vn/…/331 (or 1999 art. 258 in a
//                                                               text written before 2018)
//   "convicted of “conducting propaganda against the state”" → vn/…/117
//   "sentenced for “subversion of state power”"              → cn/…/105(1)
//   "convicted of political crimes such as subversion"       → one-word names count only after a
//                                                               charge word ("convicted", "crimes")
// A name the sentence already cites by number ("Article 117 … “conducting propaganda against the
// state”") adds nothing and is dropped.

const isCue = (key: string): boolean =>
  CHARGE_CUES.some((c) => key === c || (c.length >= 4 && key.startsWith(c)));

function hasCueBefore(tokens: readonly PhraseToken[], from: number, sentence: Span): boolean {
  for (let k = from - 1; k >= 0 && k >= from - CHARGE_CUE_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.start < sentence.start) return false;
    if (isCue(t.key)) return true;
  }
  return false;
}

const lineage = (id: string | null): string | null => (id ? (toCurrent(id) ?? id) : null);

export function offensePhraseRefs(
  text: string,
  tokens: readonly PhraseToken[],
  sentenceOf: (offset: number) => Span,
  jurisdiction: string | null,
  date: string | null,
  citedRefs: readonly LegalRef[],
): LegalRef[] {
  const out: LegalRef[] = [];
  for (const hit of OFFENSES.scan(tokens)) {
    const start = tokens[hit.from]!.start;
    const end = tokens[hit.to - 1]!.end;
    const sentence = sentenceOf(start);
    if (hit.bare && !hasCueBefore(tokens, hit.from, sentence)) continue;
    const statutes = narrow(hit.statutes, { jurisdiction, date });
    if (statutes.length !== 1) continue;
    const s = statutes[0]!;
    const cited = citedRefs.some(
      (r) =>
        (r.start < end && start < r.end) ||
        (r.start >= sentence.start &&
          r.end <= sentence.end &&
          lineage(r.statute) === lineage(s.id)),
    );
    if (cited) continue;
    const paragraph = /^(\d+(?:-\d+)?)\((\d+)\)$/.exec(s.article);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      jurisdiction: s.jurisdiction,
      law: codeByKey(s.code)?.name ?? s.codeName,
      article: paragraph ? paragraph[1]! : s.article,
      clause: paragraph ? paragraph[2]! : null,
      point: null,
      offense: s.offense,
      statute: s.id,
    });
  }
  return out;
}
