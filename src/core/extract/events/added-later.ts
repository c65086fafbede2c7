// What a later clause or sentence adds to events already told: the range a charge carries
// ("The three can face from 10 to 20 years"), the charges an upheld sentence was about, the
// probation told after the sentencing.

import { HeadWords } from "./letter-pairs.js";
import type { Event } from "../../types.js";
import type { EventView } from "./draft.js";
import { mayHoldRun } from "./doc-literals.js";
import { subjectBefore } from "./persons.js";
import { potentialRange, termAfter } from "./terms.js";

/** An appeal that upheld a sentence was about the sentence's charges. */
export function keepCharges(appeals: readonly Event[], sentences: readonly Event[]): void {
  for (const a of appeals)
    for (const s of sentences)
      if (s.actor === a.actor)
        for (const c of s.charges) if (!a.charges.includes(c)) a.charges.push(c);
}

const FACING_WORDS = ["face", "faces", "facing", "faced", "carries", "carry", "punishable"];
const FACING = new RegExp(`\\b(?:${FACING_WORDS.join("|")})\\b`, "i");
/** Most sentences hold none of the words: FACING is not run over them. */
const FACING_HEADS = new HeadWords(FACING_WORDS);

/** "The three can face from 10 to 20 years": the range goes to the latest indictment or arrest. */
export function potential(view: EventView, events: Event[], floor: number): void {
  // Only an indictment or arrest of the last sentences can take a range: else skip the reading.
  if (!events.some((e) => (e.type === "indictment" || e.type === "arrest") && e.start >= floor))
    return;
  const { text } = view.ctx;
  const { start, end } = view.sentence;
  if (!FACING_HEADS.mayHold(text, start, end)) return;
  const slice = text.slice(start, end);
  if (!FACING.test(slice)) return;
  const range = potentialRange(slice);
  if (!range) return;
  for (const type of ["indictment", "arrest"] as const) {
    const hits = events.filter((e) => e.type === type && e.start >= floor);
    if (hits.length === 0) continue;
    const at = hits[hits.length - 1]!.start;
    for (const e of hits.filter((e) => at - e.start < 300)) e.potentialMonths ??= range;
    return;
  }
}

/** "He must now serve two years of probation", "she will serve three years of house arrest". */
const PROBATION_LATER =
  /\b(?:must|will|is\s+to|are\s+to|has\s+to|have\s+to)\s+(?:now\s+|also\s+|still\s+|then\s+)*serve\s+(?:a\s+further\s+|an\s+additional\s+|another\s+)?([\p{L}\p{N}-]+\s+(?:and\s+a\s+half\s+)?(?:years?|months?))['’]?\s+(?:of\s+)?(?:probation|house\s+arrest|supervision)\b/iu;

const SERVE = new HeadWords(["serve"]);

/**
 * Probation told in a sentence of its own after the sentencing: it goes to the latest sentence
 * of the person it is about, when that sentence names none.
 */
export function laterProbation(view: EventView, events: readonly Event[]): void {
  const { ctx, sentence, pc } = view;
  // Most documents hold no "serve" standing alone (the pattern's `\s+serve\s+`), and most
  // sentences none at all: no slice, no pattern for them.
  if (!mayHoldRun(ctx, "serve")) return;
  if (!SERVE.mayHold(ctx.text, sentence.start, sentence.end)) return;
  const slice = ctx.text.slice(sentence.start, sentence.end);
  const m = PROBATION_LATER.exec(slice);
  if (!m) return;
  const term = termAfter(` ${m[1]!}`, 0, m[1]!.length + 1);
  const months = term?.months.length === 1 ? term.months[0]! : null;
  if (months === null) return;
  for (const p of subjectBefore(pc, sentence.start, sentence.start + m.index)) {
    let latest: Event | undefined;
    for (const e of events)
      if (e.actor === p.actor && e.type === "sentence" && e.start < sentence.start) latest = e;
    if (latest && latest.probationMonths === null) latest.probationMonths = months;
  }
}
