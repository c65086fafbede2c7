// A release on condition of leaving the country is an exile too, the same day:
//   "released X on Wednesday and put him on a flight to Germany"
//   "X was released on July 10 on condition that he leave for the United States"

import { STATES } from "../../lexicon/states.js";
import { matchKey } from "../../text/normalise.js";
import type { Event, Span } from "../../types.js";
import { NAME } from "./place.js";

/** Only another state is abroad: "sent to Hanoi" or "flown to Da Nang" is no exile. */
const STATE_NAMES: ReadonlySet<string> = new Set(
  Object.entries(STATES).flatMap(([name, e]) => [name, ...e.aliases].map(matchKey)),
);

const PLACE = String.raw`(?:the\s+)?(${NAME})`;
const ABROAD = new RegExp(
  String.raw`\b(?:on\s+(?:the\s+)?condition\s+that\s+(?:he|she|they)\s+(?:leaves?|go(?:es)?|departs?|moves?)\s+(?:for|to)|put\s+(?:him|her|them)\s+on\s+an?\s+(?:flight|plane)\s+to|(?:was|were)\s+(?:then\s+)?(?:flown|sent|put\s+on\s+a\s+(?:flight|plane))\s+(?:directly\s+)?to|and\s+(?:then\s+)?(?:flown|sent|flew|left)\s+(?:directly\s+)?(?:for|to))\s+${PLACE}`,
  "u",
);

/** Exile events for `released` (a release's events) when its sentence sends them abroad. */
export function releasedAbroad(text: string, sentence: Span, released: readonly Event[]): Event[] {
  const first = released[0];
  if (!first) return [];
  const rest = text.slice(first.end, sentence.end);
  // Most sentences say nothing of the kind: skip the pattern for them.
  if (!/\b(?:condition|flight|plane|flown|sent|flew|left)\b/.test(rest)) return [];
  const m = ABROAD.exec(rest);
  if (!m || !STATE_NAMES.has(matchKey(m[1]!))) return [];
  const end = first.end + m.index + m[0].length;
  return released.map((e) => ({
    ...e,
    type: "exile" as const,
    end,
    text: text.slice(e.start, end),
    place: m[1]!,
    charges: [],
    offenses: [],
    sentenceMonths: null,
    probationMonths: null,
    penalty: null,
    mentions: [{ start: e.start, end }],
  }));
}
