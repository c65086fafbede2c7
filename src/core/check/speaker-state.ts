// The state a speaker speaks for, when the text lets us say (ISO 3166 alpha-2):
//   "Vietnam" (a state), "Hanoi"                                   → VN
//   "Vietnamese Ministry of Public Security"                       → VN (the state is named)
//   "Le Thi Thu Hang", Spokesperson, Ministry of Foreign Affairs    → the document's country
//   "US Department of State"                                       → null (another state, no code)
//   "Nguyen Van Khoa", former director, Institute for Civic Research → null
// A response to a report by a speaker of that state is the state's response (reports-answered,
// un-findings).

import { JURISDICTION_CUES } from "../lexicon/jurisdiction-cues.js";
import { STATE_BODY_WORDS } from "../lexicon/state-bodies.js";
import { STATES } from "../lexicon/states.js";
import { matchKey } from "../text/normalise.js";
import { escapeRegExp } from "../text/escape-regexp.js";

export interface SpeakerLike {
  name: string | null;
  kind?: string | null;
  role?: string | null;
  org?: string | null;
}

const words = (xs: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${xs.map((x) => escapeRegExp(matchKey(x))).join("|")})(?![\\p{L}\\p{N}])`,
    "u",
  );

const CODED = JURISDICTION_CUES.map((c) => ({
  code: c.code,
  re: words([...c.names, ...c.mentions]),
}));
const CODED_NAMES = new Set(
  JURISDICTION_CUES.flatMap((c) => [...c.names, ...c.mentions]).map(matchKey),
);
// Any other state, so that "US Department of State" is not taken for the document's country.
const OTHER_STATES = words(
  Object.entries(STATES)
    .flatMap(([name, e]) => [name, ...e.aliases, ...e.metonyms, ...e.demonyms])
    .filter((n) => !CODED_NAMES.has(matchKey(n)) && n.length > 1),
);
const BODY = words(STATE_BODY_WORDS);

/** The state code a name, role or organisation names, "" for a state Vigil has no code for. */
function namedState(text: string): string | null {
  const key = matchKey(text);
  for (const c of CODED) if (c.re.test(key)) return c.code;
  // Case matters for "US": matchKey lower-cases, so look at the written form too.
  if (OTHER_STATES.test(key) || /(?<![\p{L}])(?:US|U\.S\.|UK)(?![\p{L}])/u.test(text)) return "";
  return null;
}

export function speakerState(
  s: SpeakerLike | null,
  documentJurisdiction: string | null,
): string | null {
  if (!s) return null;
  // A person's own name says nothing of their state ("Nguyen Thai Hoc" is not Thai).
  const parts = [s.kind === "person" ? null : s.name, s.org, s.role].filter(
    (x): x is string => !!x,
  );
  for (const p of parts) {
    const named = namedState(p);
    if (named !== null) return named || null;
  }
  if (s.kind === "state") return null;
  if (parts.some((p) => BODY.test(matchKey(p)))) return documentJurisdiction;
  return null;
}
