// The statute catalogue: lookups by id, by code and article, by offence name, the 1999 → 2015
// mapping and the list of provisions restricting a right. Pure data access; no text scanning
// beyond a name.
import { matchKey } from "../../text/normalise.js";
import { BY_CRIMINAL_CODE_1999_PACK } from "./by-criminal-code-1999.js";
import { CN_CRIMINAL_LAW_1997_PACK } from "./cn-criminal-law-1997.js";
import { KH_CRIMINAL_CODE_2009_PACK } from "./kh-criminal-code-2009.js";
import { OffenseIndex } from "./offense-index.js";
import { toStatutes, type CodeInfo, type Right, type Statute, type StatutePack } from "./schema.js";
import { VN_CRIMINAL_CODE_2015_PACK } from "./vn-criminal-code-2015.js";
import { VN_PENAL_CODE_1999_PACK } from "./vn-penal-code-1999.js";

export type { CodeInfo, Right, Statute, StatutePack } from "./schema.js";
export { RIGHTS } from "./schema.js";

export const PACKS: readonly StatutePack[] = [
  VN_CRIMINAL_CODE_2015_PACK,
  VN_PENAL_CODE_1999_PACK,
  BY_CRIMINAL_CODE_1999_PACK,
  CN_CRIMINAL_LAW_1997_PACK,
  KH_CRIMINAL_CODE_2009_PACK,
];

export const CODES: readonly CodeInfo[] = PACKS.map((p) => p.code);
export const STATUTES: readonly Statute[] = PACKS.flatMap(toStatutes);

const BY_ID = new Map(STATUTES.map((s) => [s.id, s]));
const CODE_BY_KEY = new Map(CODES.map((c) => [c.key, c]));
export const OFFENSES = new OffenseIndex(STATUTES);

export function statuteById(id: string): Statute | null {
  return BY_ID.get(id) ?? null;
}

export function codeByKey(key: string): CodeInfo | null {
  return CODE_BY_KEY.get(key) ?? null;
}

/** Is `date` (YYYY, YYYY-MM or YYYY-MM-DD) within the code's time in force? */
export function inForceAt(code: CodeInfo, date: string): boolean {
  const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  return code.inForce.from <= d && (code.inForce.until === null || d <= code.inForce.until);
}

/** Of several versions of one jurisdiction's code, the one a text of that date means. */
export function pickVersion(codes: readonly CodeInfo[], date: string | null): CodeInfo | null {
  if (codes.length <= 1) return codes[0] ?? null;
  const dated = date ? codes.filter((c) => inForceAt(c, date)) : [];
  return dated[0] ?? codes.find((c) => c.replacedBy === null) ?? codes[0]!;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const nameKey = (s: string): string =>
  matchKey(s)
    .replace(/\b(?:of|nam|the)\b/g, " ")
    .replace(/[()[\],.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Codes a citation name can mean: "Criminal Code 2015", "2015 Criminal Code", "Penal Code 1999",
 * "Bộ luật Hình sự", "BLHS 2015" or a code key. A year, when given, must be the code's year or the
 * year of an amending law; a jurisdiction, when given, must match.
 */
export function findCodes(
  name: string,
  opts: { jurisdiction?: string | null; year?: number | null } = {},
): CodeInfo[] {
  const byKey = CODE_BY_KEY.get(name.trim());
  if (byKey) return [byKey];
  const yearMatch = YEAR.exec(name);
  const year = opts.year ?? (yearMatch ? Number(yearMatch[1]) : null);
  const base = nameKey(name.replace(YEAR, " "));
  return CODES.filter((c) => {
    if (opts.jurisdiction && c.jurisdiction !== opts.jurisdiction) return false;
    if (year !== null && c.year !== year && !c.otherYears.includes(year)) return false;
    const names = [...c.names, c.name.replace(YEAR, " "), c.nativeName.replace(YEAR, " ")];
    return names.some((n) => nameKey(n) === base);
  });
}

/**
 * The one code a name means, or null when it names none or codes of several jurisdictions. Within
 * one jurisdiction the version in force at `date` wins, else the current one.
 */
export function resolveCode(
  name: string,
  opts: { jurisdiction?: string | null; year?: number | null; date?: string | null } = {},
): CodeInfo | null {
  const found = findCodes(name, opts);
  if (new Set(found.map((c) => c.jurisdiction)).size !== 1) return null;
  return pickVersion(found, opts.date ?? null);
}

/** Articles of one code: "117", "361-1"; "105" with clause "2" finds the paragraph entry "105(2)". */
export function statuteInCode(
  code: CodeInfo,
  article: string,
  clause?: string | null,
): Statute | null {
  const base = `${code.jurisdiction.toLowerCase()}/${code.key}/`;
  return (
    (clause ? BY_ID.get(`${base}${article}(${clause})`) : undefined) ??
    BY_ID.get(base + article) ??
    null
  );
}

/**
 * The statute for (jurisdiction, code name or key, article). When the name carries no year and
 * the article is not catalogued in the version chosen, the version it replaced is tried: texts
 * still cite "Article 88 of the Criminal Code" years after the renumbering.
 */
export function statuteByArticle(
  jurisdiction: string | null,
  codeName: string,
  article: string,
  opts: { clause?: string | null; date?: string | null } = {},
): Statute | null {
  const code = resolveCode(codeName, { jurisdiction, date: opts.date ?? null });
  if (!code) return null;
  const hit = statuteInCode(code, article, opts.clause);
  if (hit || YEAR.test(codeName)) return hit;
  const older = CODES.find(
    (c) =>
      c.replacedBy === code.key &&
      findCodes(codeName, { jurisdiction: c.jurisdiction }).includes(c),
  );
  return older ? statuteInCode(older, article, opts.clause) : null;
}

/**
 * Statutes an offence name means ("abusing democratic freedoms", "the State"/"state", British or
 * American spelling, with or without diacritics). Narrowed to a jurisdiction when given; when the
 * name fits several versions of one code, the version in force at `date` (else the current one).
 */
export function statutesByOffense(
  name: string,
  opts: { jurisdiction?: string | null; date?: string | null } = {},
): Statute[] {
  return narrow(OFFENSES.lookup(name), opts);
}

/** Keep one jurisdiction's candidates and, per jurisdiction, the version a text of `date` means. */
export function narrow(
  candidates: readonly Statute[],
  opts: { jurisdiction?: string | null; date?: string | null },
): Statute[] {
  const pool = opts.jurisdiction
    ? candidates.filter((s) => s.jurisdiction === opts.jurisdiction)
    : candidates;
  const out: Statute[] = [];
  for (const j of new Set(pool.map((s) => s.jurisdiction))) {
    const inJ = pool.filter((s) => s.jurisdiction === j);
    const versions = [...new Set(inJ.map((s) => s.code))].map((k) => CODE_BY_KEY.get(k)!);
    const chosen = pickVersion(versions, opts.date ?? null);
    out.push(...inJ.filter((s) => s.code === chosen?.key));
  }
  return out;
}

/** The id of the article now in force for `id`: itself, or its successor through the mapping. */
export function toCurrent(id: string): string | null {
  let s = BY_ID.get(id);
  for (let hops = 0; s && s.replacedBy && hops < 5; hops++) s = BY_ID.get(s.replacedBy);
  return s?.id ?? null;
}

/** Every current article an old one was split into (the primary first). */
export function successors(id: string): string[] {
  const s = BY_ID.get(id);
  if (!s) return [];
  if (!s.replacedBy) return [s.id];
  return [s.replacedBy, ...(s.alsoReplacedBy ?? [])].flatMap((t) => successors(t));
}

/** Statutes marked as restricting `right`, optionally in one jurisdiction. */
export function statutesRestricting(right: Right, jurisdiction?: string): Statute[] {
  return STATUTES.filter(
    (s) => s.restricts.includes(right) && (!jurisdiction || s.jurisdiction === jurisdiction),
  );
}
