// The words descriptions are resolved by: role families ("spokeswoman" finds a "Spokesperson"),
// group and organisation nouns, and the head noun of a definite or possessive description.

// "the spokesperson" finds an actor whose role is "Spokesperson", "spokeswoman" or "spokesman".
const ROLE_FAMILY: Readonly<Record<string, string>> = {
  spokesman: "spokes",
  spokeswoman: "spokes",
  spokesperson: "spokes",
  lawyer: "lawyer",
  attorney: "lawyer",
  counsel: "lawyer",
};

/** ROLE_FAMILY's own words only: indexing a record also finds "constructor" and its kin. */
const family = (w: string): string | undefined =>
  Object.hasOwn(ROLE_FAMILY, w) ? ROLE_FAMILY[w] : undefined;

export function roleKey(word: string): string {
  const w = word.toLowerCase().replace(/s$/, "");
  return family(w) ?? family(word.toLowerCase()) ?? w;
}

// Descriptions are resolved by comparing with the roles of every earlier mention: each role's key
// is worked out once per process (bounded), not once per comparison.
const ROLE_KEYS = new Map<string, string>();

/** The key of a role's last word: "Foreign Ministry Spokeswoman" → "spokes". */
export function roleKeyOfLast(role: string): string {
  let k = ROLE_KEYS.get(role);
  if (k === undefined) {
    if (ROLE_KEYS.size > 20000) ROLE_KEYS.clear();
    k = roleKey(role.split(/\s+/).pop()!);
    ROLE_KEYS.set(role, k);
  }
  return k;
}

const LOWER_WORDS = new Map<string, string[]>();

/** The lower-cased words of an actor's name, kept (bounded) as the same names recur. */
export function lowerWords(name: string): readonly string[] {
  let w = LOWER_WORDS.get(name);
  if (w === undefined) {
    if (LOWER_WORDS.size > 20000) LOWER_WORDS.clear();
    w = name.toLowerCase().split(/\s+/);
    LOWER_WORDS.set(name, w);
  }
  return w;
}

/** Nouns for several people: "her family said" names no one actor. */
export const GROUP_NOUNS = new Set([
  "family",
  "families",
  "relatives",
  "parents",
  "children",
  "friends",
  "colleagues",
  "supporters",
  "followers",
  "lawyers",
  "members",
  "neighbours",
  "neighbors",
]);

/** "The group said": the organisation that spoke last, whatever its name. */
export const GENERIC_ORG_NOUNS = new Set([
  "group",
  "organisation",
  "organization",
  "watchdog",
  "monitor",
]);

const DEFINITE = new Set(["the", "this", "that", "his", "her", "their", "its", "our", "my"]);
const PHRASE_END = new Set([
  "of",
  "for",
  "who",
  "whom",
  "which",
  "that",
  "at",
  "in",
  "from",
  "with",
  "on",
]);

/**
 * The head noun of a definite or possessive description ("her husband" → "husband",
 * "Thach’s daughter" → "daughter", "the family of Do Van Hai" → "family"), or null when the
 * phrase is indefinite or a name.
 */
export function relationHead(words: readonly string[]): string | null {
  let opened = false;
  let head: string | null = null;
  for (const raw of words) {
    const lower = raw.toLowerCase();
    if (PHRASE_END.has(lower)) break;
    if (/['’]s$/.test(raw)) {
      opened = true;
      head = null;
      continue;
    }
    if (!opened) {
      if (!DEFINITE.has(lower)) return null;
      opened = true;
      continue;
    }
    const w = lower.replace(/[,.;:]$/, "");
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
    head = w;
    if (raw !== w && /[,.;:]$/.test(raw)) break;
  }
  return head;
}

const BENCH = new Set(["judges", "panel", "bench"]);
const BENCH_OPENERS = new Set(["the", "three", "two", "five"]);

/** "Judges found that …", "the panel ruled …": the court that sat, not a person. */
export function benchPhrase(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return BENCH.has(last) && (words.length === 1 || BENCH_OPENERS.has(words[0]!.toLowerCase()));
}
