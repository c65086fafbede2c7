// Which words of a sentence speak of which event. A sentence often tells several events: a list
// of cases cut by semicolons, two people's sentences joined by "and", or an arrest and the
// sentence that followed it. A law, a place or a date named in one part belongs to that part's
// event, not to every event of the sentence.
//   "A, detained in Nghe An; B and C, arrested in Dak Lak under Article 116"
//   "A was sentenced under Article 331, and B received two years for 'disturbing public order'"
//   "A was arrested in 2016 and sentenced in 2018 under Article 79" (the law is the sentence's)

import type { EventType, Span } from "../../types.js";
import type { Draft } from "./draft.js";

/** The stretch of `sentence` between the semicolons around `at`. */
export function itemAround(text: string, sentence: Span, at: number): Span {
  // Plain loops bounded by the sentence: `lastIndexOf`/`indexOf` would walk the whole document
  // when it has no semicolon.
  let start = at;
  while (start > sentence.start && text.charCodeAt(start - 1) !== SEMICOLON) start--;
  let end = at;
  while (end < sentence.end && text.charCodeAt(end) !== SEMICOLON) end++;
  return { start, end };
}

const SEMICOLON = 0x3b;

/** Where each kind of event stands in a case's course. */
const STAGE: Record<EventType, number> = {
  arrest: 0,
  detention: 0,
  indictment: 1,
  trial: 2,
  sentence: 3,
  appeal: 4,
  release: 5,
  exile: 5,
  "death-in-custody": 5,
  execution: 5,
};

/**
 * A later step of the same case takes the law named after it: "arrested … and sentenced … under
 * Article 79". Being charged is part of the arrest ("detained on May 2 and charged under …").
 */
function laterStep(d: Draft, other: Draft): boolean {
  const a = STAGE[d.type];
  const b = STAGE[other.type];
  return b > a && !(a === 0 && b === 1);
}

function sharesPeople(a: Draft, b: Draft): boolean {
  return a.persons.some((p) => b.persons.some((q) => q.actor === p.actor));
}

/** Where a draft's own words begin: its first person in the sentence, or its trigger. */
function regionStart(d: Draft, sentence: Span): number {
  let start = d.trigger.start;
  for (const p of d.persons) if (p.start >= sentence.start && p.start < start) start = p.start;
  return start;
}

/**
 * The part of the sentence a draft's date, place and charges come from: its own semicolon item,
 * and, for the charges, up to where another person's event or a later step of the case begins.
 * Drafts that already carry a scope (gapped lists) keep it.
 */
export function draftScopes(
  text: string,
  sentence: Span,
  drafts: readonly Draft[],
): Map<Draft, { scope: Span; charges: Span }> {
  const out = new Map<Draft, { scope: Span; charges: Span }>();
  if (drafts.length === 0) return out;
  for (const d of drafts) {
    if (d.scope || d.anaphoric) continue;
    const scope = itemAround(text, sentence, d.trigger.start);
    let { start, end } = scope;
    const own = regionStart(d, sentence);
    for (const o of drafts) {
      if (o === d || o.scope || o.anaphoric || o.trigger.start === d.trigger.start) continue;
      const other = !sharesPeople(d, o);
      if (o.trigger.start > d.trigger.end) {
        const cut = other ? regionStart(o, sentence) : o.trigger.start;
        if ((other || laterStep(d, o)) && cut > d.trigger.end) end = Math.min(end, cut);
      } else if (other && o.trigger.end <= own && !joined(text, o.trigger.end, own)) {
        start = Math.max(start, own);
      }
    }
    out.set(d, { scope, charges: { start, end: Math.max(start, end) } });
  }
  return out;
}

/** "…, together with fellow follower X, who received four years": X shares the case. */
const TOGETHER = /\b(?:together|along)\s+with\b|\balongside\b/iu;
const joined = (text: string, from: number, to: number): boolean =>
  TOGETHER.test(text.slice(from, to));

const SAME_CHARGE =
  /\b(?:on|under|with|for)\s+the\s+same\s+(?:charges?|counts?|articles?|offen[cs]es?|grounds?)\b/iu;

const SAME_TRIAL =
  /\b(?:in|at|during)\s+the\s+same\s+(?:trial|hearing|proceedings?|court\s+session)\b/iu;
/** "X, who was tried alongside them, received six years": tried with the people just told. */
const TRIED_WITH =
  /\btried\s+(?:alongside|together\s+with|along\s+with|with)\s+(?:them|him|her)\b/iu;

/**
 * "In the same trial, … X was sentenced in absentia", "X, who was tried alongside them, …": the
 * trial told just before.
 */
export function namesSameTrial(text: string, span: Span): boolean {
  const slice = text.slice(span.start, span.end);
  return (
    (slice.includes("same") && SAME_TRIAL.test(slice)) ||
    (slice.includes("tried") && TRIED_WITH.test(slice))
  );
}

/** "arrested in Gia Lai on the same charge": the law is the one named for the case before. */
export function namesSameCharge(text: string, span: Span): boolean {
  const slice = text.slice(span.start, span.end);
  return slice.includes("same") && SAME_CHARGE.test(slice);
}

/**
 * "detained on June 12 and charged under Article 116": being charged at the arrest is the
 * arrest's charge (the investigators' decision to prosecute), not the procuracy's indictment,
 * which comes months later. Drops such indictment drafts; their law goes to the arrest.
 */
export function withoutChargeAtArrest(text: string, drafts: readonly Draft[]): readonly Draft[] {
  if (!drafts.some((d) => d.type === "indictment")) return drafts;
  return drafts.filter(
    (d) =>
      d.type !== "indictment" ||
      !/^charged$/i.test(text.slice(d.trigger.start, d.trigger.end)) ||
      !drafts.some(
        (o) =>
          (o.type === "arrest" || o.type === "detention") &&
          o.trigger.end <= d.trigger.start &&
          sharesPeople(o, d),
      ),
  );
}
