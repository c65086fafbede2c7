// The shape of the statute catalogue. The packs (one file per code) are data typed by these
// interfaces; `validateCatalogue` is the hand-written check the tests run over every entry (no
// schema library: the catalogue is small and its rules are specific).

/** The rights whose exercise a provision is judged (by a cited public source) to restrict. */
export const RIGHTS = ["expression", "assembly", "association", "religion", "movement"] as const;
export type Right = (typeof RIGHTS)[number];

/** A public document a fact or a judgement in the catalogue rests on. */
export interface Source {
  title: string;
  url?: string;
  /** What exactly the source says or shows, in our words (never a copied sentence). */
  note?: string;
}

/** One sentencing bracket of an article, in months of imprisonment where the text gives them. */
export interface Penalty {
  /** Clause (khoản / part / paragraph) number, as a string: "1", "2". */
  clause: string;
  minMonths: number | null;
  maxMonths: number | null;
  life?: boolean;
  death?: boolean;
  /** Non-custodial alternatives, preparation-only brackets and the like. */
  note?: string;
}

/** A criminal code (one version of it) of one jurisdiction. */
export interface CodeInfo {
  /** Stable key, part of every statute id: "criminal-code-2015". */
  key: string;
  /** ISO 3166 alpha-2. */
  jurisdiction: string;
  /** The English name monitors use for this version: "Criminal Code 2015". */
  name: string;
  /** The code's own name in its language: "Bộ luật Hình sự 2015". */
  nativeName: string;
  /** Year of adoption. */
  year: number;
  /** Other years a citation may attach to this version (amending laws): 2017 for the 2015 code. */
  otherYears: number[];
  /** Adopting and amending instruments, as cited in the official text. */
  instrument: string;
  /** In force from / until (ISO dates); `until` null while in force. */
  inForce: { from: string; until: string | null };
  /** Names without a year that citations use for it, any language; matched diacritic-blind. */
  names: string[];
  /** Key of the code that replaced this one, or null. */
  replacedBy: string | null;
  sources: Source[];
}

/** One article (or, for codes that number offences by paragraph, one paragraph) as written in a pack. */
export interface ArticleData {
  /** "117", "361-1", "105(2)" — number, optional "-n" suffix, optional "(n)" paragraph. */
  article: string;
  /** The usual English rendering of the offence. */
  offense: string;
  /** Other English renderings reporting uses; matched as offence names in text. */
  offenseAliases: string[];
  /**
   * The official name in the code's language. Left out where no source read gives it (the
   * Cambodian pack: the Khmer article titles were not checked).
   */
  nativeName?: string;
  /** Other names in the code's language that texts use (shortened forms). */
  nativeAliases?: string[];
  /** Chapter number and English title. */
  chapter: string | null;
  penalties?: Penalty[];
  /** For articles of a replaced code: the article of the current code that took it over. */
  replacedBy?: string | null;
  /** When one old article was split over several new ones, the others. */
  alsoReplacedBy?: string[];
  restricts: Right[];
  /** The public sources of the `restricts` judgement (and of the absence of one, when noted). */
  restrictsSource: Source[];
  /** Where the name, text, penalties and mapping were checked. */
  sources: Source[];
  note?: string;
}

/** An article as the catalogue serves it: the pack entry with its code's identity filled in. */
export interface Statute extends ArticleData {
  /** `vn/criminal-code-2015/117`. */
  id: string;
  jurisdiction: string;
  code: string;
  codeName: string;
  year: number;
}

/** A code and its articles: one pack file. */
export interface StatutePack {
  code: CodeInfo;
  articles: ArticleData[];
}

// "117", "361-1", "105(2)", and "437-bis" for an article inserted after 437 ("437 bis").
export const ARTICLE_NUMBER = /^\d{1,4}(?:-\d{1,2}|-bis|-ter)?(?:\(\d{1,2}\))?$/;
export const STATUTE_ID =
  /^[a-z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/\d{1,4}(?:-\d{1,2}|-bis|-ter)?(?:\(\d{1,2}\))?$/;

export function statuteId(code: CodeInfo, article: string): string {
  return `${code.jurisdiction.toLowerCase()}/${code.key}/${article}`;
}

export function toStatutes(pack: StatutePack): Statute[] {
  return pack.articles.map((a) => ({
    ...a,
    id: statuteId(pack.code, a.article),
    jurisdiction: pack.code.jurisdiction,
    code: pack.code.key,
    codeName: pack.code.name,
    year: pack.code.year,
  }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkSources(where: string, list: Source[] | undefined, problems: string[]): void {
  if (!Array.isArray(list)) {
    problems.push(`${where}: sources missing`);
    return;
  }
  for (const s of list) {
    if (!s.title || !s.title.trim()) problems.push(`${where}: a source has no title`);
    if (s.url !== undefined && !/^https?:\/\/\S+$/.test(s.url))
      problems.push(`${where}: source url is not a web address: ${s.url}`);
  }
}

/**
 * Every problem in a catalogue, as readable lines; empty when it is sound. Checks what the type
 * system cannot: ids well-formed and unique, cross-references resolvable, rights from the allowed
 * set and each judgement sourced, names present, penalty brackets ordered.
 */
export function validateCatalogue(packs: readonly StatutePack[]): string[] {
  const problems: string[] = [];
  const codes = new Map<string, CodeInfo>();
  const ids = new Set<string>();
  const all: Statute[] = [];

  for (const { code } of packs) {
    const where = `code ${code.key}`;
    if (codes.has(code.key)) problems.push(`${where}: duplicate code key`);
    codes.set(code.key, code);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(code.key)) problems.push(`${where}: malformed key`);
    if (!/^[A-Z]{2}$/.test(code.jurisdiction)) problems.push(`${where}: jurisdiction not ISO`);
    if (!code.name.trim() || !code.nativeName.trim()) problems.push(`${where}: names missing`);
    if (!ISO_DATE.test(code.inForce.from)) problems.push(`${where}: inForce.from not a date`);
    if (code.inForce.until !== null && !ISO_DATE.test(code.inForce.until))
      problems.push(`${where}: inForce.until not a date`);
    if (code.names.length === 0) problems.push(`${where}: no citation names`);
    checkSources(where, code.sources, problems);
  }
  for (const { code } of packs) {
    if (code.replacedBy !== null && !codes.has(code.replacedBy))
      problems.push(`code ${code.key}: replacedBy ${code.replacedBy} is not a code`);
  }

  for (const pack of packs) {
    for (const s of toStatutes(pack)) {
      all.push(s);
      const where = s.id;
      if (!STATUTE_ID.test(s.id)) problems.push(`${where}: malformed id`);
      if (!ARTICLE_NUMBER.test(s.article)) problems.push(`${where}: malformed article number`);
      if (ids.has(s.id)) problems.push(`${where}: duplicate id`);
      ids.add(s.id);
      if (!s.offense.trim()) problems.push(`${where}: English offence name missing`);
      if (s.nativeName !== undefined && !s.nativeName.trim())
        problems.push(`${where}: native offence name empty`);
      for (const alias of [...s.offenseAliases, ...(s.nativeAliases ?? [])])
        if (!alias.trim()) problems.push(`${where}: empty alias`);
      for (const r of s.restricts)
        if (!(RIGHTS as readonly string[]).includes(r))
          problems.push(`${where}: unknown right ${r}`);
      if (new Set(s.restricts).size !== s.restricts.length)
        problems.push(`${where}: a right is listed twice`);
      if (s.restricts.length > 0 && s.restrictsSource.length === 0)
        problems.push(`${where}: restricts without a source`);
      checkSources(`${where} restrictsSource`, s.restrictsSource, problems);
      checkSources(`${where} sources`, s.sources, problems);
      if (s.sources.length === 0) problems.push(`${where}: no source for the text`);
      for (const p of s.penalties ?? []) {
        if (!/^\d{1,2}$/.test(p.clause)) problems.push(`${where}: penalty clause ${p.clause}`);
        if (p.minMonths !== null && p.maxMonths !== null && p.minMonths > p.maxMonths)
          problems.push(`${where}: penalty clause ${p.clause} min above max`);
      }
      const code = codes.get(s.code)!;
      if ((s.replacedBy || s.alsoReplacedBy?.length) && code.replacedBy === null)
        problems.push(`${where}: replacedBy on an article of a code in force`);
    }
  }

  for (const s of all) {
    for (const target of [s.replacedBy, ...(s.alsoReplacedBy ?? [])]) {
      if (!target) continue;
      if (!ids.has(target)) problems.push(`${s.id}: replacedBy ${target} is not in the catalogue`);
      const successorCode = codes.get(s.code)?.replacedBy;
      if (successorCode && !target.includes(`/${successorCode}/`))
        problems.push(`${s.id}: replacedBy ${target} is not in the replacing code`);
    }
  }
  return problems;
}
