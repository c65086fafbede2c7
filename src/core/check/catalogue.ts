// What the cross-check needs from the statute catalogue (src/core/lexicon/statutes/): an
// article's name as reasoning writes it and the rights the catalogue marks it as restricting.
//   "vn/criminal-code-2015/117" → "Article 117 of the Criminal Code 2015",
//                                 "propaganda against the state", [expression]

import { statuteById } from "../lexicon/statutes/index.js";
import type { StatuteInfo } from "./memory-source.js";
import { escapeRegExp } from "../text/escape-regexp.js";

const cache = new Map<string, StatuteInfo | null>();

const SHORT = 50;

/**
 * The name reporting uses: the official rendering when short; else the rendering it starts with
 * ("abusing democratic freedoms" for Article 331's long title); else the shortest rendering of
 * three words or more ("propaganda against the state").
 */
function shortOffense(official: string, aliases: readonly string[]): string {
  const lower = (x: string): string => x.charAt(0).toLowerCase() + x.slice(1);
  if (official.length <= SHORT) return lower(official);
  const usable = aliases.filter((a) => a.split(/\s+/).length >= 3);
  const shortest = (xs: string[]): string | undefined => xs.sort((a, b) => a.length - b.length)[0];
  const prefix = shortest(
    usable.filter((a) => new RegExp(`^${escapeRegExp(a)}(?:\\s|$)`, "i").test(official)),
  );
  return lower(prefix ?? shortest(usable) ?? official);
}

export function catalogueStatute(id: string): StatuteInfo | null {
  if (cache.has(id)) return cache.get(id)!;
  const s = statuteById(id);
  const info = s
    ? {
        id,
        label: `Article ${s.article} of the ${s.codeName}`,
        offense: shortOffense(s.offense, s.offenseAliases),
        restricts: [...s.restricts],
      }
    : null;
  cache.set(id, info);
  return info;
}
