// The date reading reports and events need, over the shared date utility (src/core/text/dates.ts):
// dates inside a span, resolved against the document date where the text leaves the year, month
// or day to it.

import { findDates as findDateMatches } from "../text/dates.js";
import type { PartialDate, Span } from "../types.js";

export interface DateMention extends Span {
  date: PartialDate;
  /** Resolved against the document date ("on Saturday", "last month", "April 18"). */
  relative: boolean;
}

/** Dates written inside `span`, in order. A cue before a date ("in", "on") is part of its span. */
export function findDates(text: string, span: Span, docDate: PartialDate | null): DateMention[] {
  return findDateMatches(text, { docDate, from: span.start, to: span.end }).map((d) => ({
    start: d.start,
    end: d.end,
    date: d.value,
    relative: d.relative,
  }));
}
