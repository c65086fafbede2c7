// What a capitalised run names: a person (with the title in front split off), an organisation,
// a state, a place, or something we cannot tell yet.
//   "Lieutenant General Nguyen Thanh Son" → person "Nguyen Thanh Son", title "Lieutenant General"
//   "Foreign Ministry Spokesperson Le Thi Thu Hang" → person, role "Spokesperson", org "Foreign Ministry"
//   "Ministry of Public Security" → organisation;  "Hanoi" → state (Vietnam);  "Hau Giang" → place

import { AFFILIATIONS } from "../../lexicon/affiliations.js";
import { NON_ACTOR_HEADS, RUN_BREAKERS } from "../../lexicon/organisations.js";
import { CALENDAR_WORDS } from "../../lexicon/function-words.js";
import type { Gender } from "../../lexicon/titles.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import {
  ASIAN_FAMILY,
  BURMESE,
  DEMONYMS,
  GIVEN,
  KNOWN_ORGS,
  ORG_HEADS,
  PLACES,
  PLACE_HEADS,
  ROLES_BY_LAST,
  STATE_NAMES,
  VN_FAMILY,
  VN_MIDDLE,
  tokKey,
} from "./name-lexicon.js";
import type { Run } from "./runs.js";
import type { MentionKind } from "./types.js";
import { ABBREVIATION, HONORIFIC, ROLE_GENDERS } from "./word-maps.js";

export interface Classified {
  kind: MentionKind;
  /** Token range of the name proper (title removed). */
  nameStart: number;
  nameEnd: number;
  /** Token range of the title, or null. */
  titleStart: number | null;
  title: string | null;
  role: string | null;
  org: string | null;
  gender: Gender | null;
  /** For states: the canonical state; for organisations and people: null. */
  canonical: string | null;
}

/** Length of the role phrase ending at token `k` (scanning backwards), or 0. */
export function roleEndingAt(toks: readonly Tok[], k: number, floor: number): number {
  const lastWord = toks[k]!.lower;
  // Plurals too: "one of her lawyers", "two defence lawyers".
  const list =
    ROLES_BY_LAST.get(lastWord) ??
    (lastWord.endsWith("s") ? ROLES_BY_LAST.get(lastWord.slice(0, -1)) : undefined);
  if (!list) return 0;
  for (const words of list) {
    const n = words.length;
    if (k - n + 1 < floor) continue;
    let ok = true;
    for (let w = 0; w < n - 1 && ok; w++) ok = toks[k - n + 1 + w]!.lower === words[w];
    if (ok) return n;
  }
  return 0;
}

const AFFILIATION_NAMES: ReadonlySet<string> = new Set(AFFILIATIONS);

// By first word, longest first: a run's first word is folded once, not once per phrase.
const AFFILIATION_WORDS: ReadonlyMap<string, readonly string[][]> = (() => {
  const m = new Map<string, string[][]>();
  const sorted = AFFILIATIONS.map((a) => a.split(" ")).sort((a, b) => b.length - a.length);
  for (const words of sorted) {
    const list = m.get(words[0]!) ?? [];
    list.push(words);
    m.set(words[0]!, list);
  }
  return m;
})();

/**
 * Tokens of an affiliation phrase at `k` that leaves a name of two words or more after it, or 0.
 */
function affiliationAt(toks: readonly Tok[], k: number, end: number): number {
  if (end - k < 3) return 0;
  const list = AFFILIATION_WORDS.get(tokKey(toks[k]!));
  if (list === undefined) return 0;
  for (const words of list) {
    const n = words.length;
    if (end - (k + n) < 2) continue;
    let ok = true;
    for (let w = 1; w < n && ok; w++) ok = tokKey(toks[k + w]!) === words[w];
    if (ok && toks[k + n]!.cap) return n;
  }
  return 0;
}

function isTitleTok(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  return (
    t.text === "." ||
    ABBREVIATION.has(t.lower) ||
    (HONORIFIC.get(t.lower) !== undefined && t.lower.length > 1)
  );
}

/** "Can Thi Theu", "Do Nam Trung": a family name that is also an English word. */
function familyNameAhead(toks: readonly Tok[], k: number, end: number): boolean {
  if (!VN_FAMILY.has(toks[k]!.lower)) return false;
  const next = toks[k + 1];
  return next !== undefined && next.cap && (end - k >= 3 || VN_MIDDLE.has(tokKey(next)));
}

function allTitles(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!isTitleTok(toks, k)) return false;
  return true;
}

function personEvidence(keys: readonly string[]): { person: boolean; gender: Gender | null } {
  const n = keys.length;
  const first = keys[0]!;
  let gender: Gender | null = GIVEN.get(first) ?? null;
  if (n >= 3 && keys.includes("thi")) gender = "f";
  else if (n >= 3 && keys[1] === "van") gender = "m";
  if (n >= 2 && n <= 5 && VN_FAMILY.has(first)) return { person: true, gender };
  if (n >= 3 && keys.slice(1, -1).some((k) => VN_MIDDLE.has(k))) return { person: true, gender };
  if (n >= 2 && GIVEN.has(first)) return { person: true, gender };
  if (n >= 2 && n <= 3 && ASIAN_FAMILY.has(first)) return { person: true, gender };
  if (n >= 2 && keys.every((k) => BURMESE.has(k))) return { person: true, gender };
  return { person: false, gender };
}

/** One capitalised word ("Hanoi", "Barkley", "Ministry", "EEAS"): most runs are one word. */
function single(toks: readonly Tok[], k: number): Classified | null {
  const key = tokKey(toks[k]!);
  const base: Classified = {
    kind: "unknown",
    nameStart: k,
    nameEnd: k + 1,
    titleStart: null,
    title: null,
    role: null,
    org: null,
    gender: null,
    canonical: null,
  };
  if (NON_ACTOR_HEADS.has(key)) return null;
  const known = KNOWN_ORGS.get(key);
  if (known !== undefined) {
    base.kind = "organisation";
    base.canonical = known;
  } else if (ORG_HEADS.has(key) || toks[k]!.text === "NGO") base.kind = "organisation";
  else {
    const state = STATE_NAMES.get(key);
    if (state !== undefined) {
      base.kind = "state";
      base.canonical = state.state;
    } else if (PLACES.has(key) || PLACE_HEADS.has(key)) base.kind = "place";
    else if (DEMONYMS.has(key)) return null;
  }
  return base;
}

/** Classify the run `[run.start, run.end)`; `sentenceStart` is the first token of its sentence. */
export function classifyRun(
  toks: readonly Tok[],
  run: Run,
  sentenceStart: number,
): Classified | null {
  let start = run.start;
  const end = run.end;
  // "The Ministry …", "But Mr. Tri …": sentence words capitalised by position are not the name.
  while (
    start < end - 1 &&
    RUN_BREAKERS.has(toks[start]!.lower) &&
    !familyNameAhead(toks, start, end)
  )
    start++;
  if (RUN_BREAKERS.has(toks[start]!.lower) || CALENDAR_WORDS.has(toks[start]!.lower)) {
    if (end - start === 1) return null;
  }
  // A run that is all title ("Deputy Prime Minister") names nobody by itself.
  if (roleEndingAt(toks, end - 1, start) === end - start) return null;
  if (end - start === 1) return single(toks, start);
  // Leading demonyms, affiliations and "-based" qualifiers describe: "Vietnamese American
  // Michael Nguyen", "Hoa Hao Buddhist Doan Van Thach".
  let lead = start;
  for (;;) {
    if (
      lead < end - 1 &&
      (DEMONYMS.has(tokKey(toks[lead]!)) || /-based$/i.test(toks[lead]!.text)) &&
      // "Thai Binh", "Thai Nguyen": a place whose name opens with a demonym.
      !PLACES.has(foldedWords(toks, lead, end))
    ) {
      lead++;
      continue;
    }
    const n = affiliationAt(toks, lead, end);
    if (n === 0) break;
    lead += n;
  }
  // Split a title off the front: the last title word or role phrase that leaves a name after it.
  // Honorifics count only at the front ("Mr. Tri"), never inside a name ("Trinh Ba Tu").
  let nameStart = lead;
  let roleFrom = -1;
  let roleTo = -1;
  for (let k = end - 2; k >= lead; k--) {
    const n = roleEndingAt(toks, k, lead);
    if (n > 0 || (isTitleTok(toks, k) && allTitles(toks, lead, k))) {
      nameStart = k + 1;
      if (n > 0) {
        roleFrom = k - n + 1;
        roleTo = k + 1;
      }
      break;
    }
  }
  const words = (a: number, b: number) => {
    let s = "";
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      s += (k > a && t.start > toks[k - 1]!.end ? " " : "") + t.text;
    }
    return s;
  };
  const keys: string[] = [];
  for (let k = nameStart; k < end; k++) keys.push(tokKey(toks[k]!));
  const whole = keys.join(" ");
  const last = keys[keys.length - 1]!;
  const base: Classified = {
    kind: "unknown",
    nameStart,
    nameEnd: end,
    titleStart: nameStart > start ? start : null,
    title: nameStart > start ? words(start, nameStart) : null,
    role: roleFrom >= 0 ? words(roleFrom, roleTo) : null,
    org: roleFrom > start ? words(start, roleFrom) : null,
    gender: null,
    canonical: null,
  };
  if (base.role === null && base.title !== null) {
    // "Lt. Gen." → "Lieutenant General"; honorifics ("Mr.", "Dr.") are not roles.
    const expanded: string[] = [];
    for (let k = start; k < nameStart; k++) {
      const t = toks[k]!;
      if (t.text === ".") continue;
      if (
        HONORIFIC.get(t.lower) !== undefined ||
        DEMONYMS.has(tokKey(t)) ||
        t.text.endsWith("-based")
      )
        continue;
      expanded.push(ABBREVIATION.get(t.lower) ?? t.text);
    }
    base.role = expanded.length > 0 ? expanded.join(" ") : null;
  }
  for (let k = start; k < nameStart; k++) {
    const g = HONORIFIC.get(toks[k]!.lower) ?? ROLE_GENDERS.get(toks[k]!.lower);
    if (g) base.gender = g;
  }
  // The head is the word before the first "of"/"on"/"for": "International Covenant on …" is a
  // covenant, "Ministry of Public Security" a ministry.
  let head = last;
  for (let k = nameStart + 1; k < end; k++) {
    const w = toks[k]!.lower;
    if (w === "of" || w === "on" || w === "for") {
      head = tokKey(toks[k - 1]!);
      break;
    }
  }
  if (NON_ACTOR_HEADS.has(head)) return null;
  const known = KNOWN_ORGS.get(whole);
  if (known !== undefined && base.title === null)
    return { ...base, kind: "organisation", canonical: known };
  if (keys.some((k) => ORG_HEADS.has(k)) || toks[nameStart]!.text === "NGO") {
    // A title over an organisation ("General Department 2") is part of its name.
    // "US-based Human Rights Watch": the qualifier is not part of the name.
    let orgStart = start;
    while (orgStart < end - 1 && /-based$/i.test(toks[orgStart]!.text)) orgStart++;
    // "the NGO Viasna": the kind of body is no part of its name.
    if (toks[orgStart]!.text === "NGO" && end - orgStart > 1) orgStart++;
    return {
      ...base,
      kind: "organisation",
      nameStart: orgStart,
      titleStart: null,
      title: null,
      role: null,
      org: null,
    };
  }
  const state = STATE_NAMES.get(whole);
  if (state !== undefined && base.title === null)
    return { ...base, kind: "state", canonical: state.state };
  if (PLACES.has(whole) || PLACE_HEADS.has(last) || placeHeadAfter(toks, end))
    return { ...base, kind: "place" };
  if (DEMONYMS.has(whole)) return null;
  // "Điều 117 Bộ luật Hình sự": a name holds no number.
  for (let k = nameStart; k < end; k++) if (toks[k]!.kind === NUMBER) return null;
  // "Cao Dai follower Chau Van Nghia": a faith or people by itself names no one.
  if (AFFILIATION_NAMES.has(whole)) return null;
  const ev = personEvidence(keys);
  if (base.gender === null) base.gender = ev.gender;
  if (base.title !== null || ev.person) return { ...base, kind: "person" };
  // A lone capitalised word opening a sentence is usually just a capitalised word.
  if (start === sentenceStart && RUN_BREAKERS.has(keys[0]!)) return null;
  return base;
}

/** "Vũ Thư district", "Krông Pắc district": a place word in lower case right after the run. */
function placeHeadAfter(toks: readonly Tok[], end: number): boolean {
  const t = toks[end];
  return t !== undefined && t.kind === WORD && !t.cap && PLACE_HEADS.has(t.lower);
}

/** The folded words of `toks[a..b)`, space-separated, as the place and name lists hold them. */
function foldedWords(toks: readonly Tok[], a: number, b: number): string {
  const keys: string[] = [];
  for (let k = a; k < b; k++) keys.push(tokKey(toks[k]!));
  return keys.join(" ");
}
