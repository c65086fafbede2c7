import {
  CODES,
  findCodes,
  pickVersion,
  resolveCode,
  type CodeInfo,
} from "../../lexicon/statutes/index.js";

// Reading a code's name folds and cleans every name of every catalogued code; a document cites
// the same few codes again and again, and the answer depends only on the catalogue. Kept small:
// the date of each document is part of the key.

const MAX_ENTRIES = 2048;

const resolved = new Map<string, CodeInfo | null>();
const soleStates = new Map<string, string | null>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

/** The last question asked, and its answer: the items of one citation ask the same in turn. */
let last: {
  name: string;
  jurisdiction: string | null;
  year: number | null;
  date: string | null;
  code: CodeInfo | null;
} | null = null;

/** `resolveCode`, remembered. */
export function resolveCodeOf(
  name: string,
  jurisdiction: string | null,
  year: number | null,
  date: string | null,
): CodeInfo | null {
  if (
    last !== null &&
    last.name === name &&
    last.jurisdiction === jurisdiction &&
    last.year === year &&
    last.date === date
  )
    return last.code;
  const key = `${name}\u0000${jurisdiction}\u0000${year}\u0000${date}`;
  let code = resolved.get(key);
  if (code === undefined && !resolved.has(key))
    code = remember(resolved, key, resolveCode(name, { jurisdiction, year, date }));
  last = { name, jurisdiction, year, date, code: code ?? null };
  return code ?? null;
}

const inForce = new Map<string, CodeInfo | null>();

/** The version of a state's code a text of `date` means, remembered. */
export function codeInForce(jurisdiction: string, date: string | null): CodeInfo | null {
  const key = `${jurisdiction}\u0000${date}`;
  const hit = inForce.get(key);
  if (hit !== undefined || inForce.has(key)) return hit ?? null;
  const codes = CODES.filter((c) => c.jurisdiction === jurisdiction);
  return remember(inForce, key, pickVersion(codes, date));
}

/** The one state whose codes a name (and year) can mean, or null when none or several. */
export function soleStateOf(name: string, year: number | null): string | null {
  const key = `${name}\u0000${year}`;
  const hit = soleStates.get(key);
  if (hit !== undefined || soleStates.has(key)) return hit ?? null;
  const states = new Set(findCodes(name, { year }).map((c) => c.jurisdiction));
  return remember(soleStates, key, states.size === 1 ? [...states][0]! : null);
}
