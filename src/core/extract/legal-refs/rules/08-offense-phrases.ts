import { CHARGE_CUE_WINDOW, CHARGE_CUES } from "../../../lexicon/legal-terms.js";
import {
  narrow,
  OFFENSES,
  toCurrent,
  type CodeInfo,
  type Statute,
} from "../../../lexicon/statutes/index.js";
import type { WordTokens } from "../../../text/phrase-key.js";
import type { LegalRef, Span } from "../../../types.js";

// Offences named without a number, resolved through the catalogue's names and aliases:
//   "jailed for “abusing democratic freedoms”"               → vn/…/331 (or 1999 art. 258 in a
//                                                               text written before 2018)
//   "convicted of “conducting propaganda against the state”" → vn/…/117
//   "sentenced for “subversion of state power”"              → cn/…/105(1)
//   "convicted of security crimes such as subversion"        → one-word names count only after a
//                                                               charge word ("convicted", "crimes")
//   "sentenced under the 1999 Penal Code for subversion"     → the code the sentence names wins
//                                                               over the text's date (1999 art. 79)
// Not references: a name the sentence already cites by number ("Article 117 … “conducting
// propaganda against the state”"), and a name inside someone's longer quoted words with no charge
// word before it (“If that is propaganda against the state, then …”).

export interface PhraseScope {
  text: string;
  tokens: WordTokens;
  sentenceOf(offset: number): Span;
  paragraphOf(offset: number): Span;
  jurisdiction: string | null;
  date: string | null;
  /** References already found by number, in text order. */
  cited: readonly LegalRef[];
  /** The code a sentence names ("under the 1999 Penal Code"), if any. */
  codeNamedIn(sentence: Span): CodeInfo | null;
}

const isCue = (key: string): boolean =>
  CHARGE_CUES.some((c) => key === c || (c.length >= 4 && key.startsWith(c)));

function hasCueBefore(tokens: WordTokens, from: number, sentence: Span): boolean {
  for (let k = from - 1; k >= 0 && k >= from - CHARGE_CUE_WINDOW; k--) {
    if (tokens.start(k) < sentence.start) return false;
    if (isCue(tokens.key(k))) return true;
  }
  return false;
}

const OPEN = "“«„";
const CLOSE = "”»";
/** Per code unit: 1 opens a quotation, 2 closes one, 3 is the straight quote that does either. */
const QUOTE_MARK = new Uint8Array(0x10000);
for (const ch of OPEN) QUOTE_MARK[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE) QUOTE_MARK[ch.charCodeAt(0)] = 2;
QUOTE_MARK[0x22] = 3;
const letters = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, "").length;

/** Is [start, end) inside quoted words that hold more than this name and do not open with it? */
function inLongerQuote(text: string, paragraph: Span, start: number, end: number): boolean {
  let openAt = -1;
  let straightOpen = false;
  for (let i = paragraph.start; i < start; i++) {
    const mark = QUOTE_MARK[text.charCodeAt(i)]!;
    if (mark === 0) continue;
    if (mark === 1) openAt = i;
    else if (mark === 2) openAt = -1;
    else {
      straightOpen = !straightOpen;
      openAt = straightOpen ? i : -1;
    }
  }
  if (openAt < 0) return false;
  let closeAt = paragraph.end;
  for (let i = end; i < paragraph.end; i++) {
    if (QUOTE_MARK[text.charCodeAt(i)]! >= 2) {
      closeAt = i;
      break;
    }
  }
  // A quotation that opens with the name is the charge quoted in full ("“abusing democratic
  // freedoms to infringe upon …”"), not someone's words that happen to contain it.
  if (letters(text.slice(openAt + 1, start)) === 0) return false;
  return letters(text.slice(openAt + 1, closeAt)) > letters(text.slice(start, end)) + 3;
}

/** `narrow`, remembered per name: a document names the same few offences again and again. */
const NARROWED = new WeakMap<readonly Statute[], Map<string, Statute[]>>();
function narrowed(
  statutes: readonly Statute[],
  jurisdiction: string | null,
  date: string | null,
): Statute[] {
  let byScope = NARROWED.get(statutes);
  if (byScope === undefined) NARROWED.set(statutes, (byScope = new Map()));
  const key = `${jurisdiction}\u0000${date}`;
  let out = byScope.get(key);
  if (out === undefined) {
    if (byScope.size >= 64) byScope.clear();
    byScope.set(key, (out = narrow(statutes, { jurisdiction, date })));
  }
  return out;
}

const lineage = (id: string | null): string | null => (id ? (toCurrent(id) ?? id) : null);

export function offensePhraseRefs(scope: PhraseScope): LegalRef[] {
  const { text, tokens } = scope;
  const out: LegalRef[] = [];
  for (const hit of OFFENSES.scanWords(tokens)) {
    const start = tokens.start(hit.from);
    const end = tokens.end(hit.to - 1);
    const sentence = scope.sentenceOf(start);
    const cue = hasCueBefore(tokens, hit.from, sentence);
    if (hit.bare && !cue) continue;
    if (!cue && inLongerQuote(text, scope.paragraphOf(start), start, end)) continue;
    const named = scope.codeNamedIn(sentence);
    const inNamed = named ? hit.statutes.filter((s) => s.code === named.key) : [];
    const statutes = inNamed.length
      ? inNamed
      : narrowed(hit.statutes, scope.jurisdiction, scope.date);
    if (statutes.length !== 1) continue;
    const s = statutes[0]!;
    const cited = scope.cited.some(
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
      law: s.codeName,
      article: paragraph ? paragraph[1]! : s.article,
      clause: paragraph ? paragraph[2]! : null,
      point: null,
      offense: s.offense,
      statute: s.id,
    });
  }
  return out;
}
