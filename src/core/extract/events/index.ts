// The events pass: arrests, detentions, indictments, trials, sentences, appeals, releases, exile,
// deaths in custody and executions, one event per person, with date, place, charges and term.
// It runs after the actors, legal-references and statements passes: people come from the actors
// pass's mentions, charges from the legal references in the same sentence.

import type { ExtractionPass } from "../../analyze.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, Event, EventType, Span } from "../../types.js";
import { nextCaseGroup, type CaseGroup } from "./case-group.js";
import {
  draftScopes,
  namesSameCharge,
  namesSameTrial,
  withoutChargeAtArrest,
} from "./charge-scope.js";
import { custodyCharges } from "./custody-basis.js";
import { chargesIn, eventDate, indictmentIssued, paragraphFrame } from "./context.js";
import { eventPlace } from "./place.js";
import { joinedCase, sameChargeAs, sameTrialAs, sharedCourt } from "./same-case.js";
import type { Draft, EventRule, EventView } from "./draft.js";
import { findTriggers, type TriggerHit } from "./find.js";
import { isNonEvent } from "./non-event.js";
import { inheritLeadDates, type Leads } from "./lead-dates.js";
import { mergeEvents } from "./merge.js";
import { releasedAbroad } from "./released-abroad.js";
import { mentionsOf } from "../mentions/index.js";
import type { PeopleIndex } from "./people.js";
import type { PersonRef } from "./person-elements.js";
import { lastNamedGroup, type PersonContext } from "./persons.js";
import { passive } from "./rules/01-passive.js";
import { active } from "./rules/02-active.js";
import { handedDown } from "./rules/03-handed-down.js";
import { participle } from "./rules/04-participle.js";
import { nominal } from "./rules/05-nominal.js";
import { gapped } from "./rules/06-gapped.js";
import { termsGiven } from "./rules/07-term-given.js";
import { upheldAfter } from "./rules/08-upheld-after.js";
import { keepCharges, laterProbation, potential } from "./added-later.js";

/** In order: the first rule that reads a trigger decides its event. */
export const EVENT_RULES: readonly EventRule[] = [handedDown, passive, active, participle, nominal];

/** Sentences whose events' people a pronoun prefers. */
const RECENT_SENTENCES = 6;

/** Sentences back an anaphoric noun ("The conviction …") may reach for its event. */
const ANAPHORA_SENTENCES = 2;

/** Event types the text charges someone with a law for. */
const CHARGED: ReadonlySet<EventType> = new Set([
  "arrest",
  "detention",
  "indictment",
  "trial",
  "sentence",
  "appeal",
]);

/** How each event's place was found (lower is better), for merging. */
type PlaceRanks = Map<Event, number>;

function expand(
  view: EventView,
  d: Draft,
  others: readonly Span[],
  frame: Parameters<typeof eventDate>[4],
  ranks: PlaceRanks,
  parts: { scope: Span; charges: Span } | undefined,
  before: readonly Event[],
): Event[] {
  const { ctx, analysis, sentence } = view;
  const scope = d.scope ?? parts?.scope ?? sentence;
  // A trial told as the same as one before dates and places the hearing, not an arrest.
  const heard = d.type === "trial" || d.type === "sentence";
  const trial = heard && namesSameTrial(ctx.text, scope) ? sameTrialAs(before) : null;
  const joined = joinedCase(view, d, before);
  const date =
    eventDate(ctx, scope, d.trigger, others, frame) ??
    trial?.date ??
    joined?.date ??
    (d.type === "indictment" ? indictmentIssued(ctx, sentence) : null);
  const found =
    eventPlace(ctx, view.pc.people, scope, { start: d.trigger.start, end: d.end }, d.type) ??
    sharedCourt(view, d, scope) ??
    (trial?.place ? { place: trial.place, rank: 0 } : null) ??
    (joined?.place ? { place: joined.place, rank: ranks.get(joined) ?? 9 } : null);
  // Releases, exile and deaths are not charged; a law named beside them belongs to the sentence.
  const none = { charges: [], offenses: [] };
  const charged = CHARGED.has(d.type);
  const chargeSpan = d.scope ?? parts?.charges ?? sentence;
  const own = charged ? chargesIn(analysis, chargeSpan) : none;
  const shared = charged && d.shared ? chargesIn(analysis, d.shared) : none;
  // The lists `chargesIn` made are fresh and hold each value once: joined only when there are two.
  const charges = shared === none ? [...own.charges] : union(own.charges, shared.charges);
  if (charged && charges.length === 0 && namesSameCharge(ctx.text, chargeSpan))
    charges.push(...sameChargeAs(before));
  const offenses = shared === none ? [...own.offenses] : union(own.offenses, shared.offenses);
  const events = d.persons.map((p, i): Event => {
    const start = Math.min(p.start >= sentence.start ? p.start : d.trigger.start, d.trigger.start);
    const end = Math.max(d.end, d.trigger.end, p.end <= sentence.end ? p.end : 0);
    const months = d.term
      ? d.term.respectively
        ? (d.term.months[i] ?? null)
        : (d.term.months[0] ?? null)
      : null;
    return {
      start,
      end,
      text: ctx.text.slice(start, end),
      type: d.type,
      person: p.actor >= 0 ? (analysis.actors[p.actor]?.name ?? null) : null,
      personStart: p.start,
      personEnd: p.end,
      actor: p.actor,
      date,
      place: found?.place ?? null,
      charges,
      sentenceMonths: months,
      probationMonths: d.term?.probationMonths ?? null,
      penalty: d.term?.penalty ?? null,
      offenses,
      potentialMonths: null,
      mentions: [{ start, end }],
    };
  });
  for (const e of events) ranks.set(e, found?.rank ?? 9);
  return events;
}

/** The values of `a` then those of `b`, each once. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** "The conviction was handed down … on May 5": fills the latest events of that type. */
function fillBack(
  view: EventView,
  d: Draft,
  events: Event[],
  floor: number,
  others: readonly Span[],
  ranks: PlaceRanks,
): void {
  const latest = events.filter((e) => e.type === d.type && e.start >= floor);
  if (latest.length === 0) return;
  const at = latest[latest.length - 1]!.start;
  const group = latest.filter((e) => view.ctx.text.slice(at, e.start).length < 300);
  const date = eventDate(view.ctx, view.sentence, d.trigger, others, null);
  const place = eventPlace(view.ctx, view.pc.people, view.sentence, d.trigger, d.type);
  const { charges } = chargesIn(view.analysis, view.sentence);
  for (const e of group) {
    e.date ??= date;
    if (place && place.rank < (ranks.get(e) ?? 9)) {
      e.place = place.place;
      ranks.set(e, place.rank);
    }
    for (const c of charges) if (!e.charges.includes(c)) e.charges.push(c);
    e.mentions!.push({ start: d.trigger.start, end: d.trigger.end });
  }
}

/** The segments of the direct quotations whose speaker is a person the document names. */
function quotedPeople(analysis: Analysis): PersonRef[] {
  const out: PersonRef[] = [];
  for (const st of analysis.statements) {
    const actor = st.speaker?.actor;
    if (st.kind !== "direct" || actor == null || st.speaker!.kind !== "person") continue;
    for (const [start, end] of st.segments) out.push({ start, end, actor });
  }
  return out;
}

export function findEvents(ctx: DocContext, analysis: Analysis, people: PeopleIndex): Event[] {
  const unnamedSpeakers = new Set<number>();
  for (const st of analysis.statements)
    if (st.speaker?.kind === "description" && st.speaker.actor === null)
      unnamedSpeakers.add(st.speaker.start);
  const pc: PersonContext = {
    ctx,
    people,
    lastGroup: null,
    recent: [],
    unnamedSpeakers,
    quoted: quotedPeople(analysis),
  };
  const bySentence: number[][] = [];
  const events: Event[] = [];
  const ranks: PlaceRanks = new Map();
  const leads: Leads = new Map();
  let caseGroup: CaseGroup | null = null;
  ctx.sentences.forEach((sentence, si) => {
    const drafts: Draft[] = [];
    const view: EventView = { ctx, analysis, pc, sentence, previous: drafts };
    const floor = ctx.sentences[Math.max(0, si - ANAPHORA_SENTENCES)]!.start;
    const unread: TriggerHit[] = [];
    for (const hit of findTriggers(ctx.text, sentence)) {
      if (isNonEvent(ctx.text, sentence, hit)) continue;
      let read = false;
      for (const rule of EVENT_RULES) {
        const d = rule(view, hit);
        if (d) {
          drafts.push(d);
          read = true;
          break;
        }
      }
      if (!read && !hit.passive && hit.form === "verb") unread.push(hit);
    }
    if (drafts.length > 0) {
      const drafted = drafts.map((d) => d.trigger);
      const gaps: Draft[] = [];
      for (const d of drafts) gaps.push(...gapped(view, d, drafted));
      drafts.push(...gaps);
    }
    drafts.push(...termsGiven(view));
    drafts.push(...upheldAfter(view, drafts));
    const kept = withoutChargeAtArrest(ctx.text, drafts);
    if (kept.length < drafts.length) drafts.splice(0, drafts.length, ...kept);
    const triggers = drafts.map((d) => d.trigger);
    // A trigger with no one named ("sentenced three church members"): a lead others may date by,
    // dated only if an undated event asks for it.
    const others = unread.length > 0 ? [...triggers, ...unread] : triggers;
    for (const hit of unread) {
      const lead = { sentence, hit, others, paragraph: ctx.sentenceParagraph[si]! };
      const list = leads.get(hit.type);
      if (list) list.push(lead);
      else leads.set(hit.type, [lead]);
    }
    const paragraph = ctx.paragraphs[ctx.sentenceParagraph[si]!]!;
    const frame =
      drafts.length > 0 && paragraph.start < sentence.start ? paragraphFrame(ctx, paragraph) : null;
    // Most sentences draft nothing: no scopes or maps for them.
    if (drafts.length > 0) {
      const scopes = draftScopes(ctx.text, sentence, drafts);
      const madeBy = new Map<Draft, Event[]>();
      for (const d of drafts) {
        if (d.anaphoric) fillBack(view, d, events, floor, triggers, ranks);
        else {
          const made = expand(view, d, triggers, frame, ranks, scopes.get(d), events);
          if (d.upholds) keepCharges(made, madeBy.get(d.upholds) ?? []);
          madeBy.set(d, made);
          events.push(...made);
          if (d.type === "release") events.push(...releasedAbroad(ctx.text, sentence, made));
        }
        if (d.persons.length >= 2) pc.lastGroup = { persons: d.persons, at: d.trigger.start };
      }
    }
    potential(view, events, floor);
    laterProbation(view, events);
    custodyCharges(view, events);
    const actors: number[] = [];
    for (const d of drafts) for (const p of d.persons) actors.push(p.actor);
    bySentence.push(actors.reverse());
    // The list changes only when this sentence adds people or one that did leaves the window.
    const left = bySentence[bySentence.length - 1 - RECENT_SENTENCES];
    if (actors.length > 0 || (left !== undefined && left.length > 0))
      pc.recent = recentPeople(bySentence);
    // Latest first, each once; most sentences add no one.
    if (actors.length > 0) pc.told = [...new Set([...actors, ...(pc.told ?? [])])];
    caseGroup = nextCaseGroup(caseGroup, drafts, si);
    // A group of two or more, larger than the one kept.
    if (
      caseGroup?.sentence === si &&
      caseGroup.persons.length >= 2 &&
      (!pc.lastGroup || caseGroup.persons.length > pc.lastGroup.persons.length)
    )
      pc.lastGroup = { persons: caseGroup.persons, at: sentence.start };
    const group = lastNamedGroup(pc, sentence);
    if (group && (!pc.lastGroup || pc.lastGroup.at < sentence.start))
      pc.lastGroup = { persons: group, at: sentence.start };
  });
  inheritLeadDates(ctx, events, leads, pc.quoted ?? []);
  const merged = mergeEvents(events, ranks);
  // A person the text does not name has no actor: the key kept them apart until the merge.
  for (const e of merged) if (e.actor !== null && e.actor < 0) e.actor = null;
  return merged;
}

/** The last sentences' people, latest sentence first, each once (a plain loop: `flat` is slow). */
function recentPeople(bySentence: readonly number[][]): number[] {
  const out: number[] = [];
  for (let s = bySentence.length - 1; s >= Math.max(0, bySentence.length - RECENT_SENTENCES); s--)
    for (const actor of bySentence[s]!) if (!out.includes(actor)) out.push(actor);
  return out;
}

export const eventsPass: ExtractionPass = {
  name: "events",
  run(ctx: DocContext, analysis: Analysis): void {
    analysis.events.push(...findEvents(ctx, analysis, mentionsOf(ctx, analysis)));
  },
};
