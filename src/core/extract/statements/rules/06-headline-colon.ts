// Headline attribution by colon, in both orders:
//   Hang: No one is arrested for expressing opinions      → speaker first
//   No one is arrested for expressing opinions: Spokesperson → speaker last

import { ARTICLES, PREPOSITIONS } from "../../../lexicon/function-words.js";
import { PUNCT, WORD, type Tok, wordCount } from "../../../text/lex.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { isTitleCase } from "../../mentions/find.js";
import { isRoleWord, STATE_NAMES } from "../../mentions/name-lexicon.js";
import { matchKey } from "../../../text/normalise.js";

// Labels that end in a colon but attribute nothing.
const LABELS = new Set([
  "photo",
  "photos",
  "source",
  "sources",
  "reactions",
  "share",
  "published",
  "updated",
  "editing",
  "reporting",
  "note",
  "editor",
  "read",
  "watch",
  "video",
  "related",
  "tags",
  "by",
  "credit",
  "image",
  "update",
  "warning",
  "abstract",
  "full",
  "text",
  "correction",
  "listen",
  "see",
  "also",
]);

// Headline kickers that end in a colon: "EXCLUSIVE:", "The Latest:", "BREAKING:".
const HEADLINE_LABELS = new Set([
  "latest",
  "exclusive",
  "breaking",
  "busted",
  "look",
  "revealed",
  "just",
  "in",
  "new",
  "live",
  "opinion",
  "analysis",
  "explainer",
  "factbox",
  "timeline",
  "daily",
]);

function isLabel(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.kind === WORD && LABELS.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * A transcript line: a paragraph opening with a person's name and a colon ("Lopez: Well, no one
 * is …"); the rest of the paragraph is what they said.
 */
function transcriptLine(doc: StatementDoc, pi: number): Draft | null {
  const [u0, u1] = doc.unitsByPara[pi] ?? [0, 0];
  if (pi === 0 || u1 <= u0) return null;
  const toks = doc.toks;
  const u = doc.units[u0]!;
  let colon = -1;
  for (let k = u.a; k < Math.min(u.b, u.a + 5); k++) {
    if (toks[k]!.text === ":") {
      colon = k;
      break;
    }
    if (toks[k]!.kind !== WORD || !toks[k]!.cap) return null;
  }
  if (colon <= u.a || taken(doc, colon) || isLabel(toks, u.a, colon)) return null;
  const speaker = doc.idx
    .mentionsIn(toks[u.a]!.start, toks[colon - 1]!.end)
    .find((m) => m.kind === "person");
  if (speaker === undefined) return null;
  const last = doc.units[u1 - 1]!;
  let end = last.b;
  while (end > colon + 1 && toks[end - 1]!.kind === PUNCT && doc.pieceOf[end - 1]! < 0) end--;
  if (wordCount(toks, colon + 1, end) < 3) return null;
  for (let k = colon + 1; k < end; k++) if (taken(doc, k)) return null;
  const seg = trimSegment(doc.text, toks[colon + 1]!.start, toks[end - 1]!.end);
  if (seg === null) return null;
  return {
    segments: [seg],
    speaker: spanOf(doc, { a: u.a, b: colon }),
    cue: spanOf(doc, { a: colon, b: colon + 1 }),
    form: null,
    rule: "06-transcript",
    groups: [],
    unit: u0,
  };
}

export function headlineColon(doc: StatementDoc, pi: number): Draft | null {
  const line = transcriptLine(doc, pi);
  if (line !== null) {
    claimDraft(doc, line);
    return line;
  }
  const [u0, u1] = doc.unitsByPara[pi] ?? [0, 0];
  if (u1 - u0 !== 1) return null;
  const u = doc.units[u0]!;
  // A bounded scan: `indexOf` would walk on to the next colon anywhere in the document.
  let colonAt = u.start;
  while (colonAt < u.end && doc.text.charCodeAt(colonAt) !== 0x3a) colonAt++;
  if (colonAt >= u.end) return null;
  // Headlines only: the title line, or a line in title case.
  if (pi !== 0 && !isTitleCase(doc.toks, u.a, u.b)) return null;
  const toks = doc.toks;
  if (u.b - u.a > 30) return null;
  let colon = -1;
  for (let k = u.a; k < u.b; k++) {
    if (toks[k]!.text === ":" && doc.pieceOf[k]! < 0) {
      if (colon >= 0) return null;
      colon = k;
    }
  }
  if (colon < 0 || taken(doc, colon)) return null;
  let end = u.b;
  while (end > colon + 1 && toks[end - 1]!.kind === PUNCT && doc.pieceOf[end - 1]! < 0) end--;
  const left = wordCount(toks, u.a, colon);
  const right = wordCount(toks, colon + 1, end);
  if (isLabel(toks, u.a, colon) || left === 0 || right === 0) return null;
  const mentions = (a: number, b: number) => doc.idx.mentionsIn(toks[a]!.start, toks[b - 1]!.end);
  const named = (a: number, b: number) =>
    mentions(a, b).some(
      (m) => m.kind === "person" || m.kind === "organisation" || m.kind === "state",
    );
  // A title opening with a name the mention index does not read in title case ("Bill Clinton:
  // …", "Poll: …"). Not a country or place: "Vietnam: Free Jailed Blogger" is a rights group's
  // headline about Vietnam, not Vietnam speaking.
  const titleSource = (a: number, b: number) =>
    pi === 0 &&
    b - a <= 4 &&
    toks
      .slice(a, b)
      .every(
        (t) =>
          t.kind === WORD &&
          t.cap &&
          !HEADLINE_LABELS.has(t.lower) &&
          !PREPOSITIONS.has(t.lower) &&
          !ARTICLES.has(t.lower),
      ) &&
    !STATE_NAMES.has(matchKey(doc.text.slice(toks[a]!.start, toks[b - 1]!.end))) &&
    !mentions(a, b).some((m) => m.kind === "state" || m.kind === "place");
  const roleOnly = (a: number, b: number) => {
    for (let k = a; k < b; k++)
      if (toks[k]!.kind === WORD && isRoleWord(toks[k]!.lower)) return true;
    return false;
  };
  let speaker: [number, number] | null = null;
  let content: [number, number] | null = null;
  const leftNamed = named(u.a, colon) && !mentions(u.a, colon).some((m) => m.kind === "state");
  if (left <= 5 && right >= 3 && (leftNamed || titleSource(u.a, colon))) {
    speaker = [u.a, colon];
    content = [colon + 1, end];
  } else if (right <= 4 && left >= 4 && (roleOnly(colon + 1, end) || named(colon + 1, end))) {
    speaker = [colon + 1, end];
    content = [u.a, colon];
  }
  if (speaker === null || content === null) return null;
  const seg = trimSegment(doc.text, toks[content[0]]!.start, toks[content[1] - 1]!.end);
  if (seg === null) return null;
  const d: Draft = {
    segments: [seg],
    speaker: spanOf(doc, { a: speaker[0], b: speaker[1] }),
    cue: spanOf(doc, { a: colon, b: colon + 1 }),
    form: null,
    rule: "06-headline",
    groups: [],
    unit: u0,
  };
  claimDraft(doc, d);
  return d;
}
