// Charges as the register writes them: catalogue ids (`vn/criminal-code-2015/117`), or in CSV
// bare article numbers of the default code ("117"). Counting by article maps repealed articles to
// the ones that replaced them (1999 Penal Code 88 → 2015 Criminal Code 117) so a count spans the
// code change. The statute catalogue provides the mapping; the register only needs this much.

export interface StatuteLookup {
  /** The code a bare article number belongs to: `vn/criminal-code-2015`. */
  defaultCode: string;
  /** Whether the catalogue knows an id; a register checked against it rejects unknown ones. */
  has(id: string): boolean;
  /** The id in force today for any id: `vn/penal-code-1999/88` → `vn/criminal-code-2015/117`. */
  toCurrent(id: string): string;
}

/** No catalogue: every well-formed id is accepted and counted as itself. */
export const NO_CATALOGUE: StatuteLookup = {
  defaultCode: "vn/criminal-code-2015",
  has: () => true,
  toCurrent: (id) => id,
};

/** An article: "117", "361-1", "437-bis", "105(2)" (a paragraph the catalogue lists on its own). */
const ARTICLE_PART = "[0-9]{1,4}[a-z]?(?:-[0-9]{1,2}|-bis|-ter)?(?:\\([0-9]{1,2}\\))?";
/** A catalogue id: jurisdiction / code / article: `vn/penal-code-1999/88`, `by/criminal-code-1999/361-1`. */
const CATALOGUE_ID = new RegExp(`^[a-z]{2}/[a-z0-9]+(?:-[a-z0-9]+)*/${ARTICLE_PART}$`);
/** A bare article number of the default code. */
const ARTICLE = new RegExp(`^${ARTICLE_PART}$`);

/** A written charge as a catalogue id, or the reason it is not one. */
export function parseCharge(
  written: string,
  statutes: StatuteLookup,
): { id: string } | { problem: string } {
  const s = written.trim();
  const id = ARTICLE.test(s) ? `${statutes.defaultCode}/${s}` : CATALOGUE_ID.test(s) ? s : null;
  if (id === null) {
    return { problem: `"${written}" is not an article number (117) or a catalogue id` };
  }
  if (!statutes.has(id)) return { problem: `article ${s} is not in the statute catalogue` };
  return { id };
}

/** How CSV writes an id: a bare number for the default code, the full id otherwise. */
export function formatCharge(id: string, statutes: StatuteLookup): string {
  const prefix = `${statutes.defaultCode}/`;
  if (id.startsWith(prefix) && ARTICLE.test(id.slice(prefix.length)))
    return id.slice(prefix.length);
  return id;
}

/** Current ids of a charge list, each once, in first-seen order. */
export function currentCharges(ids: readonly string[], statutes: StatuteLookup): string[] {
  return [...new Set(ids.map((id) => statutes.toCurrent(id)))];
}

/** The country a catalogue id belongs to: `vn/criminal-code-2015/117` → VN; null for a bare one. */
export function chargeCountry(id: string): string | null {
  return /^[a-z]{2}\//.test(id) ? id.slice(0, 2).toUpperCase() : null;
}
