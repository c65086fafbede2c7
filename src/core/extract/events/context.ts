// When and under which law: the attributes an event takes from its sentence (where: place.ts).

import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, PartialDate, Span } from "../../types.js";
import { findDates, type DateMention } from "../date-port.js";

/** A date after one of these, later in the sentence than the trigger, dates something else. */
export const OTHER_TIME =
  /\b(?:after|before|since|following|until|prior\s+to|ahead\s+of|when|while|whereas|but)\b[^;]*$/i;

/**
 * The date of the event at `trigger`: the nearest date in its sentence that no other trigger is
 * nearer to, unless a subordinate clause ("after a meeting they held in May 2019") holds
 * it; else the date that opens the paragraph ("In 2019, …").
 */
export function eventDate(
  ctx: DocContext,
  sentence: Span,
  trigger: Span,
  others: readonly Span[],
  frame: DateMention | null,
): PartialDate | null {
  const all = datesIn(ctx, sentence);
  const text = ctx.text;
  // One pass, each date's distance read once, the cheap tests first: every test only rules a
  // date out, so their order does not change which date is nearest.
  let best: DateMention | null = null;
  let nearest = Infinity;
  for (const d of all) {
    const mine = distance(text, d, trigger);
    if (mine === Infinity || (best && mine >= nearest)) continue;
    const between = d.start >= trigger.end ? text.slice(trigger.end, d.start) : "";
    if (OTHER_TIME.test(between)) continue;
    if (
      others.some(
        (o) =>
          o !== trigger &&
          o.start >= sentence.start &&
          o.end <= sentence.end &&
          distance(text, d, o) < mine,
      )
    )
      continue;
    if (insideRelative(text, sentence, d)) continue;
    best = d;
    nearest = mine;
  }
  if (best && /^\s+(?:that|the\s+same)\s+year\b/i.test(ctx.text.slice(best.end, best.end + 20)))
    return sameYear(all, best);
  return best?.date ?? frame?.date ?? null;
}

/**
 * "… raised the charge in a 14-page indictment issued in December": an indictment dated where the
 * text names the document, though the verb that charges the person stands in another clause.
 */
export function indictmentIssued(ctx: DocContext, sentence: Span): PartialDate | null {
  const slice = ctx.text.slice(sentence.start, sentence.end);
  if (!slice.includes("indictment")) return null;
  for (const d of datesIn(ctx, sentence)) {
    const lead = ctx.text.slice(Math.max(sentence.start, d.start - 60), d.start);
    if (ISSUED.test(lead)) return d.date;
  }
  return null;
}

const ISSUED =
  /\bindictment,?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:issued|dated|filed|handed\s+down|released|served|made\s+public)\s+(?:(?:on|in)\s+)?$/;

/** Dates found per span of each document: every trigger of a sentence asks for the same ones. */
const DATES = new WeakMap<DocContext, Map<string, readonly DateMention[]>>();

function datesIn(ctx: DocContext, span: Span): readonly DateMention[] {
  let bySpan = DATES.get(ctx);
  if (!bySpan) DATES.set(ctx, (bySpan = new Map()));
  const key = `${span.start}:${span.end}`;
  let dates = bySpan.get(key);
  if (!dates) bySpan.set(key, (dates = findDates(ctx.text, span, ctx.date)));
  return dates;
}

/** ", who has lived in Lithuania since 2021,": a date about someone, not about the event. */
function insideRelative(text: string, sentence: Span, d: Span): boolean {
  const re = /,\s*(?:who|whose|which|where)\b[^,;]*,/gu;
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = sentence.start + m.index;
    if (d.start > s && d.end < s + m[0].length) return true;
  }
  return false;
}

/** "in July that year": the month, in the year of the last full date before it. */
function sameYear(dates: readonly DateMention[], d: DateMention): PartialDate | null {
  const before = dates.filter((x) => x.end <= d.start && !x.relative).pop();
  return before ? before.date.slice(0, 4) + d.date.slice(4) : null;
}

/**
 * How far date `a` is from trigger `b`. A date before its trigger counts three times as far, and
 * not at all across "and": in "arrested in June 2021 and sentenced in 2022" June is the arrest's.
 */
function distance(text: string, a: Span, b: Span): number {
  if (a.start >= b.end) return a.start - b.end;
  if (b.start < a.end) return 0;
  return /\band\b|;/.test(text.slice(a.end, b.start)) ? Infinity : (b.start - a.end) * 3;
}

/** "In 2019, Vietnam arrested …": a date opening a paragraph frames the sentences after it. */
export function paragraphFrame(ctx: DocContext, paragraph: Span): DateMention | null {
  let byStart = FRAMES.get(ctx);
  if (!byStart) FRAMES.set(ctx, (byStart = new Map()));
  let frame = byStart.get(paragraph.start);
  if (frame === undefined) byStart.set(paragraph.start, (frame = readFrame(ctx, paragraph)));
  return frame;
}

/** Frames per paragraph start of each document: every sentence of a paragraph asks. */
const FRAMES = new WeakMap<DocContext, Map<number, DateMention | null>>();

function readFrame(ctx: DocContext, paragraph: Span): DateMention | null {
  const head = { start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + 40) };
  const d = findDates(ctx.text, head, ctx.date)[0];
  if (!d) return null;
  const lead = ctx.text.slice(paragraph.start, d.start);
  return /^(?:in|on|during|throughout|since)?\s*$/i.test(lead) &&
    /^\s*,/.test(ctx.text.slice(d.end))
    ? d
    : null;
}

/** Statute ids and offense names of the legal references inside `span`. */
export function chargesIn(
  analysis: Analysis,
  span: Span,
): { charges: string[]; offenses: string[] } {
  const charges = new Set<string>();
  const offenses = new Set<string>();
  for (const r of analysis.legalRefs) {
    if (r.start < span.start || r.end > span.end) continue;
    if (r.statute) charges.add(r.statute);
    if (r.offense) offenses.add(r.offense);
  }
  return { charges: [...charges], offenses: [...offenses] };
}
