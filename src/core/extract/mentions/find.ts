// Mentions of people, organisations and states, sentence by sentence, with the titles, roles and
// organisations the text attaches to each person where it names them.

import { WORD, type Tok } from "../../text/lex.js";
import type { QuoteScan } from "../../text/quotes.js";
import { isQuoted } from "../../text/quotes.js";
import { classifyRun, type Classified } from "./classify.js";
import { KNOWN_ORG_PHRASES, ORG_HEADS, STATE_NAMES, foldKey, tokKey } from "./name-lexicon.js";
import {
  appositiveAfter,
  appositiveBefore,
  ofOrgAfter,
  roleBefore,
  type OrgRuns,
} from "./roles.js";
import { namePolice, placePolice } from "./local-body.js";
import { listedWithPeople } from "./listed-people.js";
import { pluralRoles } from "./plural-role.js";
import { shortNameRole } from "./short-appositive.js";
import { capitalisedRuns, type Run } from "./runs.js";
import type { Mention } from "./types.js";

function textOf(text: string, toks: readonly Tok[], a: number, b: number): string {
  return text.slice(toks[a]!.start, toks[b - 1]!.end);
}

/**
 * A headline in title case ("Vietnam Jails Its Most Famous Activist") capitalises every word, so
 * its runs are not names; its names are found later from the body's.
 */
export function isTitleCase(toks: readonly Tok[], a: number, b: number): boolean {
  let caps = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== WORD || t.text.length < 4) continue;
    if (t.cap) caps++;
    else if (!TITLE_CASE_LOWER.has(t.lower)) return false;
  }
  return caps >= 3;
}

// Short function words a title-case headline leaves in lower case.
const TITLE_CASE_LOWER = new Set([
  "with",
  "from",
  "into",
  "over",
  "upon",
  "amid",
  "than",
  "that",
  "onto",
  "about",
  "after",
  "under",
]);

/** Organisations named word for word ("Defend the Defenders", "Reporters Without Borders"). */
function knownOrgs(toks: readonly Tok[], a: number, b: number): Classified[] {
  const out: Classified[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const list = KNOWN_ORG_PHRASES.get(t.lower);
    if (list === undefined) continue;
    for (const { words, name } of list) {
      if (i + words.length > b) continue;
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) ok = toks[i + w]!.lower === words[w];
      if (!ok) continue;
      out.push({
        kind: "organisation",
        nameStart: i,
        nameEnd: i + words.length,
        titleStart: null,
        title: null,
        role: null,
        org: null,
        gender: null,
        canonical: name,
      });
      i += words.length - 1;
      break;
    }
  }
  return out;
}

/**
 * "the United Nations Human Rights Council": a known name that opens a longer run with a body's
 * head word after it is part of that body's name.
 */
function insideLongerBody(toks: readonly Tok[], k: Classified, runs: readonly Run[]): boolean {
  for (const r of runs) {
    if (r.start > k.nameStart || r.end <= k.nameEnd) continue;
    for (let i = k.nameEnd; i < r.end; i++) if (ORG_HEADS.has(tokKey(toks[i]!))) return true;
  }
  return false;
}

/** Mentions in tokens `[a, b)` (one sentence). */
export function mentionsInSentence(
  text: string,
  toks: readonly Tok[],
  a: number,
  b: number,
  quotes: QuoteScan,
): Mention[] {
  const runs = capitalisedRuns(toks, a, b);
  const known = knownOrgs(toks, a, b).filter((k) => !insideLongerBody(toks, k, runs));
  const classified: (Classified | null)[] = [];
  for (const r of runs) {
    if (known.length > 0 && known.some((k) => k.nameStart < r.end && r.start < k.nameEnd)) continue;
    classified.push(classifyRun(toks, r, a));
  }
  if (known.length > 0) {
    classified.push(...known);
    classified.sort((x, y) => (x?.nameStart ?? 0) - (y?.nameStart ?? 0));
  }
  const orgs = new Map<number, { end: number; name: string; state: boolean }>();
  for (const c of classified) {
    if (c === null) continue;
    if (c.kind === "organisation" || c.kind === "state") {
      let s = c.nameStart;
      if (toks[s]!.lower === "the") s++;
      orgs.set(c.nameStart, {
        end: c.nameEnd,
        name: textOf(text, toks, s, c.nameEnd),
        state: c.kind === "state",
      });
    }
  }
  const out: Mention[] = [];
  // The last person given a plural role, and where its name ends: the names joined to it share it.
  let shared: { role: string; end: number } | null = null;
  for (const c of classified) {
    if (c === null) continue;
    if (c.kind === "unknown" && describedAsPerson(toks, c, a, b, orgs)) c.kind = "person";
    const start = toks[c.nameStart]!.start;
    const m: Mention = {
      start,
      end: toks[c.nameEnd - 1]!.end,
      text: textOf(text, toks, c.nameStart, c.nameEnd),
      kind: c.kind,
      tokStart: c.nameStart,
      tokEnd: c.nameEnd,
      titleStart: c.titleStart === null ? null : toks[c.titleStart]!.start,
      title: c.title,
      role: c.role,
      org: c.org,
      roles: c.role === null ? [] : [c.role],
      gender: c.gender,
      actor: null,
      quoted: isQuoted(quotes, start),
    };
    if (c.kind === "state" && c.canonical !== null) m.org = c.canonical;
    if (c.kind === "person") {
      addRoles(toks, c.titleStart ?? c.nameStart, c.nameEnd, a, b, orgs, m);
      shared = pluralRoles(toks, c, m, shared);
    } else if (c.kind === "unknown" && c.nameEnd - c.nameStart === 1)
      shortNameRole(toks, c.nameEnd, b, orgs, m);
    placePolice(text, toks, b, m);
    out.push(m);
  }
  namePolice(text, toks, b, out);
  listedWithPeople(toks, out);
  return out;
}

/**
 * A name no word list knows ("Volha Marozava") is a person when the text gives it a person's
 * role or age: "rights defender Volha Marozava", "Pavel Marozau, her husband,", "X, 47,".
 */
function describedAsPerson(
  toks: readonly Tok[],
  c: Classified,
  a: number,
  b: number,
  orgs: OrgRuns,
): boolean {
  const n = c.nameEnd - c.nameStart;
  if (n < 2 || n > 4) return false;
  for (let k = c.nameStart; k < c.nameEnd; k++)
    if (toks[k]!.kind !== WORD || !toks[k]!.cap) return false;
  const after = c.nameEnd;
  if (
    toks[after]?.text === "," &&
    /^\d{1,3}$/.test(toks[after + 1]?.text ?? "") &&
    toks[after + 2]?.text === ","
  )
    return true;
  return (
    roleBefore(toks, c.nameStart, a, orgs) !== null ||
    appositiveAfter(toks, c.nameEnd, b, orgs)?.role != null ||
    appositiveBefore(toks, c.nameStart, a, orgs)?.role != null
  );
}

function addRoles(
  toks: readonly Tok[],
  first: number,
  nameEnd: number,
  a: number,
  b: number,
  orgs: OrgRuns,
  m: Mention,
): void {
  const before = roleBefore(toks, first, a, orgs);
  if (before !== null) {
    m.role = m.role === null ? before.role : `${before.role} ${m.role}`;
    m.org ??= before.org;
    m.titleStart = toks[before.from]!.start;
    m.title = m.title === null ? before.role : `${before.role} ${m.title}`;
  }
  const of = ofOrgAfter(toks, nameEnd, b, orgs);
  if (of !== null) m.org = of;
  const app =
    appositiveAfter(toks, nameEnd, b, orgs) ??
    appositiveBefore(toks, before?.from ?? first, a, orgs);
  if (app !== null && app.role !== null) {
    // A position with its organisation ("Director of the … Department") outranks a bare rank
    // or honorific title ("Lieutenant General").
    if (m.role === null || (app.org !== null && m.org === null)) {
      m.role = app.role;
      m.org = app.org;
    }
  }
  for (const r of [before?.role ?? null, app?.role ?? null]) {
    if (r !== null && !m.roles.includes(r)) m.roles.push(r);
  }
  if (m.role !== null && m.roles[0] !== m.role) {
    m.roles = [m.role, ...m.roles.filter((r) => r !== m.role)];
  }
  // An organisation written as a state's possessive: "Vietnam’s Ministry …" keeps the ministry.
  if (m.org !== null && STATE_NAMES.has(foldKey(m.org))) {
    const st = STATE_NAMES.get(foldKey(m.org))!;
    if (!st.metonym) m.org = st.state;
  }
}
