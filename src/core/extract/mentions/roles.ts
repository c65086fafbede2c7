// Role and organisation of a person, from the words around the name:
//   "reporter Tran Minh Duc"                               → role "reporter"
//   "the Justice Ministry’s spokesperson Vu Thanh Lam"      → role "spokesperson", org "Justice Ministry"
//   "Spokesperson Vu Thanh Lam of Laos’s Ministry of Justice" → org "Ministry of Justice"
//   "Dr. Hoang Van Son, once head of the Mekong Policy Centre, …"
//                                                          → role "head", org "Mekong Policy Centre"
//   "The UN special rapporteur on Cambodia, Anna Berg, …"  → role "special rapporteur", org "UN"

import { DETERMINERS } from "../../lexicon/function-words.js";
import { ROLE_MODIFIERS } from "../../lexicon/titles.js";
import { WORD, type Tok } from "../../text/lex.js";
import { roleEndingAt } from "./classify.js";
import { DEMONYMS, ROLES_BY_LAST, STATE_NAMES, foldKey, tokKey } from "./name-lexicon.js";

export interface RoleInfo {
  role: string | null;
  org: string | null;
  /** First token of the role phrase (to extend a mention's title backwards). */
  from: number;
}

const APPOSITIVE_BLOCKERS = new Set([
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
  "where",
  "when",
  "said",
  "says",
]);

/** An organisation-or-state run `[start, end)` known in the sentence, by its first token. */
export type OrgRuns = ReadonlyMap<number, { end: number; name: string; state: boolean }>;

function textOf(toks: readonly Tok[], a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    s += (k > a && t.start > toks[k - 1]!.end ? " " : "") + t.text;
  }
  return s;
}

/** The organisation run ending at token `k` (inclusive), if any: scans the known runs. */
function orgEndingAt(
  orgs: OrgRuns,
  k: number,
): { start: number; name: string; state: boolean } | null {
  for (const [start, r] of orgs)
    if (r.end === k + 1) return { start, name: r.name, state: r.state };
  return null;
}

/** Role phrase ending at token `k`, extended left over modifiers ("former", "deputy"). */
function rolePhraseAt(toks: readonly Tok[], k: number, floor: number): { from: number } | null {
  const n = roleEndingAt(toks, k, floor);
  if (n === 0) return null;
  let from = k - n + 1;
  while (from - 1 >= floor && ROLE_MODIFIERS.has(toks[from - 1]!.lower) && !toks[from - 1]!.cap)
    from--;
  return { from };
}

/**
 * A lower-case role directly before a name, with an organisation in front of it:
 * "journalist X", "rights lawyer X", "the Foreign Ministry’s spokesperson X", "Ding’s wife X".
 */
export function roleBefore(
  toks: readonly Tok[],
  nameStart: number,
  floor: number,
  orgs: OrgRuns,
): RoleInfo | null {
  const k = nameStart - 1;
  if (k < floor || toks[k]!.kind !== WORD || toks[k]!.cap) return null;
  const p = rolePhraseAt(toks, k, floor);
  if (p === null) return null;
  let from = p.from;
  const role = textOf(toks, from, k + 1);
  let org: string | null = null;
  let q = from - 1;
  if (q >= floor && (toks[q]!.text === "’s" || toks[q]!.text === "'s")) q--;
  const o = q >= floor ? orgEndingAt(orgs, q) : null;
  if (o !== null) {
    org = o.name;
    from = o.start;
  }
  return { role, org, from };
}

/** "of Vietnam’s Ministry of Foreign Affairs" right after a name. */
export function ofOrgAfter(
  toks: readonly Tok[],
  nameEnd: number,
  limit: number,
  orgs: OrgRuns,
): string | null {
  let k = nameEnd;
  if (k >= limit || toks[k]!.lower !== "of") return null;
  k++;
  if (k < limit && toks[k]!.lower === "the") k++;
  // "Vietnam’s Ministry …": the state's possessive qualifies the organisation.
  const st = orgs.get(k);
  if (st?.state && (toks[st.end]?.text === "’s" || toks[st.end]?.text === "'s")) k = st.end + 1;
  const o = orgs.get(k);
  return o && !o.state ? o.name : null;
}

/**
 * An appositive after a name: ", [a|the] [former] ROLE [of|at|for|in [the] ORG]".
 * Returns the role as written (with its modifiers) and the organisation.
 */
export function appositiveAfter(
  toks: readonly Tok[],
  nameEnd: number,
  limit: number,
  orgs: OrgRuns,
): RoleInfo | null {
  let k = nameEnd;
  if (k >= limit || toks[k]!.text !== ",") return null;
  k++;
  // "Trang, 43, …": an age first.
  if (k + 1 < limit && /^\d{1,3}$/.test(toks[k]!.text) && toks[k + 1]!.text === ",") k += 2;
  const from = k;
  if (k >= limit || APPOSITIVE_BLOCKERS.has(toks[k]!.lower)) return null;
  // "one of her lawyers" → "lawyer".
  const oneOf = toks[k]!.lower === "one" && toks[k + 1]?.lower === "of";
  if (oneOf) k += 2;
  const determined = k < limit && DETERMINERS.has(toks[k]!.lower);
  if (determined) k++;
  // "a German member of the European Parliament": the nationality is no part of the role.
  while (
    k < limit - 1 &&
    toks[k]!.cap &&
    DEMONYMS.has(tokKey(toks[k]!)) &&
    !orgs.has(k) &&
    !/^[’']s?$/.test(toks[k + 1]!.text)
  )
    k++;
  // "a Foreign Ministry spokesperson", "Vietnam’s ambassador".
  let org: string | null = null;
  const pre = orgs.get(k);
  if (pre !== undefined) {
    org = pre.state ? null : pre.name;
    k = pre.end;
    if (k < limit && (toks[k]!.text === "’s" || toks[k]!.text === "'s")) k++;
  }
  // Find the role's last word within a few words: "former lieutenant colonel", "one of her lawyers".
  let roleEnd = -1;
  for (let j = k; j < Math.min(limit, k + 6); j++) {
    const t = toks[j]!;
    if (t.text === "," || t.text === ";" || t.text === "(") break;
    if (ROLES_BY_LAST.has(t.lower) || ROLES_BY_LAST.has(t.lower.replace(/s$/, ""))) roleEnd = j;
    else if (roleEnd >= 0) break;
  }
  if (roleEnd < 0) return null;
  // "Sok Chanthy, 44, leads an independent garment workers’ union": a clause, and a possessive
  // role word ("workers’") qualifies the noun after it.
  const opener = toks[k]!;
  const verbish =
    opener.kind === WORD &&
    !opener.cap &&
    !ROLES_BY_LAST.has(opener.lower) &&
    !ROLE_MODIFIERS.has(opener.lower);
  if (!determined && !oneOf && pre === undefined && verbish) {
    // "telling voters", "urging the Justice Department": a participle opens a clause.
    if (roleEnd - k > 2 || /(?:ing|ed)$/.test(opener.lower) || opener.lower === "whose")
      return null;
  }
  if (
    /^[’']s?$/.test(toks[roleEnd + 1]?.text ?? "") &&
    toks[roleEnd + 1]!.start === toks[roleEnd]!.end
  )
    return null;
  let role = textOf(toks, k, roleEnd + 1);
  if (oneOf) role = toks[roleEnd]!.text.replace(/s$/, "");
  // "… of the Ministry of Public Security", "… at Human Rights Watch", "… for the EB-5 Coalition".
  let j = roleEnd + 1;
  if (org === null && j < limit && /^(of|at|for|with|in)$/.test(toks[j]!.lower)) {
    j++;
    if (j < limit && toks[j]!.lower === "the") j++;
    const st = orgs.get(j);
    if (st?.state && (toks[st.end]?.text === "’s" || toks[st.end]?.text === "'s")) j = st.end + 1;
    const o = orgs.get(j);
    if (o !== undefined)
      org = o.state ? (STATE_NAMES.get(foldKey(o.name))?.state ?? o.name) : o.name;
  }
  return { role, org, from };
}

/**
 * A role phrase before a name, set off by a comma: "The UN special rapporteur on Myanmar, Tom
 * Andrews" or "Director of the External Relations Department …, Lieutenant General Nguyen Thanh Son".
 */
export function appositiveBefore(
  toks: readonly Tok[],
  nameStart: number,
  floor: number,
  orgs: OrgRuns,
): RoleInfo | null {
  const comma = nameStart - 1;
  if (comma <= floor || toks[comma]!.text !== ",") return null;
  // The phrase runs back to the sentence start or the previous comma.
  let a = comma - 1;
  while (a > floor && toks[a - 1]!.text !== "," && toks[a - 1]!.text !== ";") a--;
  if (comma - a > 40) return null;
  let k = a;
  if (DETERMINERS.has(toks[k]!.lower)) k++;
  let org: string | null = null;
  const pre = orgs.get(k);
  if (pre !== undefined && !pre.state) {
    org = pre.name;
    k = pre.end;
  }
  // The first role word in the phrase is its head: "Director of …", "special rapporteur on …".
  for (let j = k; j < comma; j++) {
    const p = rolePhraseAt(toks, j, k);
    if (p === null) continue;
    // A clause before the comma ("a prison officer telephoned his daughter, Mỹ"): its last
    // noun phrase is the title, if it is one.
    if (hasVerbOutside(toks, k, comma, p.from, j)) return lastRolePhrase(toks, k, comma, a);
    const after = toks[j + 1];
    if (after !== undefined && ROLES_BY_LAST.has(after.lower) && j + 1 < comma) continue;
    const role = textOf(toks, p.from, j + 1);
    let m = j + 1;
    if (org === null && m < comma && /^(of|at|for|in)$/.test(toks[m]!.lower)) {
      m++;
      if (m < comma && toks[m]!.lower === "the") m++;
      const o = orgs.get(m);
      if (o !== undefined && !o.state) org = o.name;
    }
    return { role, org, from: a };
  }
  return null;
}

/**
 * A past-tense verb in `[k, comma)` that does not stand right before the role phrase `[from, to]`
 * as its adjective ("the jailed blogger"): "sentenced two followers", "officer telephoned".
 */
function hasVerbOutside(
  toks: readonly Tok[],
  k: number,
  comma: number,
  from: number,
  to: number,
): boolean {
  for (let i = k; i < comma; i++) {
    if (i >= from - 1 && i <= to) continue;
    if (pastTense(toks[i]!)) return true;
  }
  return false;
}

const pastTense = (t: Tok): boolean =>
  t.kind === WORD && !t.cap && t.text.length > 4 && t.lower.endsWith("ed");

const POSSESSIVE_OR_ARTICLE = new Set(["his", "her", "their", "its", "the", "a", "an", "’s", "'s"]);

/** An article or owner within four words before `from`: "his senior climate adviser". */
function ownedOrArticled(toks: readonly Tok[], from: number, floor: number): boolean {
  for (let i = from - 1; i >= Math.max(floor, from - 4); i--) {
    const t = toks[i]!;
    if (POSSESSIVE_OR_ARTICLE.has(t.lower)) return true;
    if ((t.kind !== WORD && t.text !== "-") || pastTense(t)) return false;
  }
  return false;
}

/**
 * The role phrase nearest the comma, owned or with an article ("his daughter", "Lan’s son",
 * "the Chinese leader", "Chanthy’s deputy at the union"), with at most a prepositional phrase
 * after it.
 */
function lastRolePhrase(
  toks: readonly Tok[],
  k: number,
  comma: number,
  a: number,
): RoleInfo | null {
  for (let j = comma - 1; j >= k; j--) {
    const p = rolePhraseAt(toks, j, k);
    if (p === null) continue;
    const tail = j + 1 === comma || /^(of|at|for|in)$/.test(toks[j + 1]!.lower);
    if (!tail || !ownedOrArticled(toks, p.from, a)) return null;
    return { role: textOf(toks, p.from, j + 1), org: null, from: a };
  }
  return null;
}
