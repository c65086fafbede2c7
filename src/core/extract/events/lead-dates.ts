// Dates an undated event takes from a lead: "A court on Tuesday sentenced three church members …"
// then "The court jailed Y Thuan for seven years" is Tuesday's sentence too.

import type { DocContext } from "../../text/doc-context.js";
import type { Event, EventType, PartialDate, Span } from "../../types.js";
import { eventDate } from "./context.js";
import type { TriggerHit } from "./find.js";

/** Paragraphs after a lead that names no one whose undated events are the lead's. */
const LEAD_REACH = 2;

/** A trigger with no one named, where it stands, and the triggers of its sentence. */
interface LeadCandidate {
  sentence: Span;
  hit: TriggerHit;
  others: readonly Span[];
  paragraph: number;
}

/** Each type's candidate leads, in the order the text tells them. */
export type Leads = Map<EventType, LeadCandidate[]>;

/** The first of a type's candidates that has a date: the type's lead, or null. */
function leadOf(
  ctx: DocContext,
  candidates: readonly LeadCandidate[],
): { date: PartialDate; paragraph: number } | null {
  for (const c of candidates) {
    const date = eventDate(ctx, c.sentence, c.hit, c.others, null);
    if (date !== null) return { date, paragraph: c.paragraph };
  }
  return null;
}

/**
 * "A court on Tuesday sentenced three church members …" then "The court jailed Y Thuan for
 * seven years": the lead's date is the date of the same kind of event told just after it.
 */
export function inheritLeadDates(
  ctx: DocContext,
  events: Event[],
  candidates: Leads,
  quoted: readonly Span[],
): void {
  if (candidates.size === 0) return;
  // Read only for the types an undated event asks about: most events have their own date.
  const leads = new Map<EventType, { date: PartialDate; paragraph: number } | null>();
  const paragraphOf = (offset: number) => {
    let lo = 0;
    let hi = ctx.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.paragraphs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const e of events) {
    if (e.date !== null) continue;
    // "When I was arrested it was Article 88": a speaker's own past, not the news the lead dates.
    if (quoted.some((q) => q.start <= e.start && e.start < q.end)) continue;
    const list = candidates.get(e.type);
    if (list === undefined) continue;
    let lead = leads.get(e.type);
    if (lead === undefined) leads.set(e.type, (lead = leadOf(ctx, list)));
    if (lead === null) continue;
    const p = paragraphOf(e.start);
    if (p >= lead.paragraph && p <= lead.paragraph + LEAD_REACH) e.date = lead.date;
  }
}
