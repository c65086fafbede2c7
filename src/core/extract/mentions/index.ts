// Mentions pass: people, organisations and states the document names, joined into actors.
//
// It runs first. It fills `analysis.actors` and keeps a `MentionIndex` that later passes use:
//
//   import { mentionsOf } from "../mentions/index.js";
//   const idx = mentionsOf(ctx, analysis);          // built once per analysis, shared
//   idx.actorAt(start, end)                          // actor index named in a span, or null
//   idx.resolveSpan(start, end)                      // {name, kind, role, org, actor} for a noun
//                                                    // phrase: a name, "she", "the spokesperson",
//                                                    // or a description ("a former prisoner …")
//   idx.resolvePronoun(offset, "he", preferred?)     // actor index for a pronoun at offset
//   idx.mentionsIn(start, end), idx.tokens, idx.quotes, idx.tokenAt(offset)
//
// Person names are found by our own rules, not a general NLP model (which truncates Vietnamese
// names): titles and role words, runs of capitalised words, Vietnamese and other family-name
// lexicons, given names, and the document's own earlier mentions ("Mr. Tri" → "Vu Minh Tri").

import type { ExtractionPass } from "../../analyze.js";
import type { DocContext } from "../../text/doc-context.js";
import { lex, type Tok } from "../../text/lex.js";
import { findQuotes, isQuoted } from "../../text/quotes.js";
import type { Analysis } from "../../types.js";
import { mergeKnownAs } from "./aliases.js";
import { buildChains, nameKeys } from "./chains.js";
import { isTitleCase, mentionsInSentence } from "./find.js";
import { MentionIndex } from "./mention-index.js";
import { tokKey } from "./name-lexicon.js";
import type { Mention } from "./types.js";

export { MentionIndex } from "./mention-index.js";
export type { Mention, Resolution } from "./types.js";

const INDEXES = new WeakMap<Analysis, MentionIndex>();

/** Token index where each sentence starts, plus a final entry for the end. */
export function sentenceTokenStarts(ctx: DocContext, toks: readonly Tok[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (const s of ctx.sentences) {
    while (k < toks.length && toks[k]!.start < s.start) k++;
    out.push(k);
  }
  out.push(toks.length);
  return out;
}

/** Names in title-case headlines, found from the actors the body named. */
function headlineMentions(
  idx: { text: string; toks: readonly Tok[] },
  a: number,
  b: number,
  byKey: Map<string, number>,
  kinds: string[],
): Mention[] {
  const out: Mention[] = [];
  for (let k = a; k < b; k++) {
    const t = idx.toks[k]!;
    if (!t.cap) continue;
    const actor = byKey.get(tokKey(t));
    if (actor === undefined) continue;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      kind: kinds[actor] as Mention["kind"],
      tokStart: k,
      tokEnd: k + 1,
      titleStart: null,
      title: null,
      role: null,
      org: null,
      roles: [],
      gender: null,
      actor,
      quoted: false,
    });
  }
  return out;
}

function build(ctx: DocContext, analysis: Analysis): MentionIndex {
  const text = ctx.text;
  const toks = lex(text);
  const quotes = findQuotes(text, ctx.paragraphs);
  const starts = sentenceTokenStarts(ctx, toks);
  const mentions: Mention[] = [];
  const headlines: number[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const a = starts[s]!;
    const b = starts[s + 1]!;
    if (isTitleCase(toks, a, b)) headlines.push(s);
    else mentions.push(...mentionsInSentence(text, toks, a, b, quotes));
  }
  const infos = mergeKnownAs(text, mentions, buildChains(mentions));
  // Headlines: a word that is the last (or only) name word of one known actor.
  const byKey = new Map<string, number>();
  const ambiguous = new Set<string>();
  infos.forEach((info, i) => {
    const keys =
      info.actor.kind === "person"
        ? [
            info.keys[info.keys.length - 1]!,
            ...info.actor.aliases.flatMap((n) => nameKeys(n).slice(-1)),
          ]
        : info.keys.length === 1
          ? info.keys
          : [];
    for (const k of keys) {
      if (byKey.has(k) && byKey.get(k) !== i) ambiguous.add(k);
      else byKey.set(k, i);
    }
  });
  for (const k of ambiguous) byKey.delete(k);
  const kinds = infos.map((i) => i.actor.kind);
  for (const s of headlines) {
    for (const m of headlineMentions({ text, toks }, starts[s]!, starts[s + 1]!, byKey, kinds)) {
      m.quoted = isQuoted(quotes, m.start);
      infos[m.actor!]!.actor.mentions.push({ start: m.start, end: m.end });
      mentions.push(m);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  for (const info of infos) info.actor.mentions.sort((x, y) => x.start - y.start);
  const base = analysis.actors.length;
  if (base > 0) for (const m of mentions) if (m.actor !== null) m.actor += base;
  for (const info of infos) analysis.actors.push(info.actor);
  const allInfos = [
    ...analysis.actors
      .slice(0, base)
      .map((actor) => ({ actor, keys: [], words: [], gender: null, acronym: null })),
    ...infos,
  ];
  return new MentionIndex(text, toks, quotes, mentions, allInfos, analysis.actors);
}

/** The document's mention index, built on first use and shared by every pass. */
export function mentionsOf(ctx: DocContext, analysis: Analysis): MentionIndex {
  let idx = INDEXES.get(analysis);
  if (idx === undefined || idx.text !== ctx.text) {
    idx = build(ctx, analysis);
    INDEXES.set(analysis, idx);
  }
  return idx;
}

export const mentionsPass: ExtractionPass = {
  name: "mentions",
  run(ctx, analysis) {
    mentionsOf(ctx, analysis);
  },
};
