// The narrative form: the text says a government or body rejected (welcomed, noted) a report or
// the findings of one named just before, without quoting anyone. When the statements pass has no
// statement there, this rule adds one: kind "indirect", the actor as speaker, the stance verb as
// cue, and the object ("this claim", "the State Department's report") as content. That keeps one
// shape for every response, so "who answered which report" is always a statement query.
//   "Hanoi swiftly rejected the findings." (after a paragraph on a UN committee's review)
//   "The foreign ministry on Friday dismissed the US State Department's 2021 human rights report."
//   "At the time, the government considered that the Amnesty report was groundless."

import {
  FINDING_NOUNS,
  OPINION_VERBS,
  STANCE_WORDS,
  type ResponseKind,
} from "../../../lexicon/report-responses.js";
import { sentenceAt } from "../../../text/doc-context.js";
import { headsOf, mayHoldWord } from "../../../text/word-runs.js";
import type { Span, Statement } from "../../../types.js";
import { actorAt, speakerAt } from "../../actor-lookup.js";
import { findDates } from "../../date-port.js";
import { overallStance, phraseRegex, stancesIn, type ReportMention } from "../find.js";
import { link, type ResponseRule, type ResponseView } from "../link.js";

/** Stance words that are verbs: the narrative form needs a subject doing something. */
const VERB_WORDS = (["rejects", "welcomes", "acknowledges"] as const).map(
  (k) => [k, STANCE_WORDS[k].filter((w) => /(?:ed|es|s|ied)$/.test(w))] as const,
);
const VERBS: ReadonlyArray<[ResponseKind, RegExp]> = VERB_WORDS.map(([k, words]) => [
  k,
  phraseRegex(words),
]);
const OPINION_RE = new RegExp(`\\b(?:${OPINION_VERBS.join("|")})\\s+that\\b`, "gi");
// Most sentences hold none of these words: they are not run through the patterns at all.
const VERB_HEADS = headsOf(VERB_WORDS.flatMap(([, words]) => words));
const OPINION_HEADS = headsOf(OPINION_VERBS);
const FINDING_RE = new RegExp(
  `^\\s*(?:this|that|these|those|the|such|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${FINDING_NOUNS.join("|")})\\b`,
  "iu",
);
/** What may stand between subject and verb: "has", "also", "on Thursday (Apr 21)", a comma. */
const BETWEEN =
  /(?:\s*,|\s+(?:has|have|had|also|immediately|quickly|swiftly|strongly|firmly|flatly|again|then|later|once again|on\s+\p{Lu}\p{L}+(?:\s+\([^)]{1,20}\))?|(?:last|this)\s+\p{L}+|in\s+\p{Lu}\p{L}+(?:\s+\d{4})?))*\s*$/u;
const CAPITALISED_SUBJECT = /(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*$/u;
/** "At the time, the government …": a definite description opening the clause. */
const DEFINITE_SUBJECT = /(?:^|,\s*)((?:the|The)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u;
/** Sentences back a finding noun may look for the report it stands for. */
const FINDING_LOOKBACK = 3;

function subjectBefore(view: ResponseView, sentence: Span, verbAt: number): Span | null {
  const head = view.ctx.text.slice(sentence.start, verbAt);
  if (/\b(?:not|never|n't)\s*$/.test(head)) return null;
  const between = BETWEEN.exec(head);
  const end = sentence.start + (between ? between.index : head.length);
  const actor = actorAt(view.analysis, { start: Math.max(sentence.start, end - 1), end });
  if (actor && actor.end === end) return { start: actor.start, end: actor.end };
  const before = view.ctx.text.slice(sentence.start, end);
  const cap = CAPITALISED_SUBJECT.exec(before);
  if (cap) return { start: sentence.start + cap.index, end };
  const def = DEFINITE_SUBJECT.exec(before);
  return def ? { start: end - def[1]!.length, end } : null;
}

/** The report a stance verb's object names, or the latest one before "this claim" (not the responder's own). */
function objectMention(
  view: ResponseView,
  si: number,
  from: number,
  sentence: Span,
  responder: number | null,
): ReportMention | null {
  const inObject = view.mentions.find((m) => m.start >= from && m.start < sentence.end);
  if (inObject) return inObject;
  if (!FINDING_RE.test(view.ctx.text.slice(from, sentence.end))) return null;
  const floor = view.ctx.sentences[Math.max(0, si - FINDING_LOOKBACK)]!.start;
  const own = (m: ReportMention) =>
    responder !== null && view.analysis.reports[m.report]?.actor === responder;
  return (
    [...view.mentions]
      .reverse()
      .find((m) => m.end <= sentence.start && m.start >= floor && !own(m)) ?? null
  );
}

function existing(view: ResponseView, at: number): number {
  return view.analysis.statements.findIndex(
    (s) =>
      (s.cueStart !== null && s.cueStart <= at && at < (s.cueEnd ?? at + 1)) ||
      (s.start <= at && at < s.end),
  );
}

function addStatement(view: ResponseView, s: Statement): void {
  const list = view.analysis.statements;
  const at = list.findIndex((x) => x.start > s.start);
  // Statements stay in text order; nothing refers to them by index.
  if (at < 0) list.push(s);
  else list.splice(at, 0, s);
}

export const narrative: ResponseRule = (view) => {
  const { ctx, analysis } = view;
  ctx.sentences.forEach((sentence, si) => {
    const slice = ctx.text.slice(sentence.start, sentence.end);
    const hits: Array<{ kind: ResponseKind | null; start: number; end: number; opinion: boolean }> =
      [];
    const verbs = mayHoldWord(VERB_HEADS, ctx.text, sentence.start, sentence.end) ? VERBS : [];
    for (const [kind, re] of verbs) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice))
        hits.push({
          kind,
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].length,
          opinion: false,
        });
    }
    OPINION_RE.lastIndex = 0;
    const opinions = mayHoldWord(OPINION_HEADS, ctx.text, sentence.start, sentence.end);
    for (let m = opinions ? OPINION_RE.exec(slice) : null; m; m = OPINION_RE.exec(slice)) {
      const verb = m[0].replace(/\s+that$/i, "");
      hits.push({
        kind: null,
        start: sentence.start + m.index,
        end: sentence.start + m.index + verb.length,
        opinion: true,
      });
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      const known = existing(view, h.start);
      const subject = subjectBefore(view, sentence, h.start);
      const responder =
        known >= 0
          ? (analysis.statements[known]!.speaker?.actor ?? null)
          : subject
            ? (actorAt(analysis, subject)?.actor ?? null)
            : null;
      const mention = objectMention(view, si, h.end, sentence, responder);
      if (!mention) continue;
      const contentEnd = sentence.end - (/[.!?…]+["”’]?$/.exec(slice)?.[0].length ?? 0);
      const content = {
        start: ctx.text.slice(h.end, contentEnd).search(/\S/) + h.end,
        end: contentEnd,
      };
      const kind = h.opinion ? overallStance(stancesIn(ctx.text, [content])) : h.kind;
      if (kind === null) continue;
      if (known >= 0) {
        // A statement with no speaker ("Asked about the report, …", the question) answers nothing.
        if (analysis.statements[known]!.speaker === null) continue;
        link(analysis, known, mention.report, kind);
        break;
      }
      if (!subject) continue;
      const i = sentenceAt(ctx, h.start);
      const date = findDates(ctx.text, ctx.sentences[i]!, ctx.date)[0]?.date ?? ctx.date;
      addStatement(view, {
        start: subject.start,
        end: content.end,
        text: ctx.text.slice(subject.start, content.end),
        kind: "indirect",
        cue: ctx.text.slice(h.start, h.end),
        cueStart: h.start,
        cueEnd: h.end,
        segments: [[content.start, content.end]],
        speaker: speakerAt(analysis, ctx.text, subject),
        date,
        respondsTo: mention.report,
        response: kind,
      });
      break;
    }
  });
};
