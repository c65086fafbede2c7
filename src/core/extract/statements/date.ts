// When a statement was made: the date its attribution gives ("told RFA on April 22", "said on
// Thursday", "said yesterday"), resolved against the document date; else the document date.

import { WEEKDAYS } from "../../lexicon/function-words.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import type { PartialDate } from "../../types.js";
import { MONTH } from "../mentions/word-maps.js";

const pad = (n: number) => String(n).padStart(2, "0");

// Every statement of a document asks for the same date: the last one parsed is kept. The Date is
// only read, never changed, so sharing it is safe.
let lastDocDate: PartialDate | null = null;
let lastParsed: Date | null = null;

function parseDocDate(d: PartialDate | null): Date | null {
  if (d === lastDocDate) return lastParsed;
  lastDocDate = d;
  lastParsed = null;
  if (d === null || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  lastParsed = Number.isNaN(t) ? null : new Date(t);
  return lastParsed;
}

function iso(dt: Date): string {
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

function dayNumber(t: Tok | undefined): number | null {
  if (t === undefined || t.kind !== NUMBER) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.text);
  if (m === null) return null;
  const n = +m[1]!;
  return n >= 1 && n <= 31 ? n : null;
}

function year(t: Tok | undefined): number | null {
  return t !== undefined && t.kind === NUMBER && /^(19|20)\d\d$/.test(t.text) ? +t.text : null;
}

/**
 * The date given in tokens `[a, b)` (the attribution, not the content), or null.
 *   "on April 22" (document 2021-04-23) → 2021-04-22;  "on Thursday" → the Thursday before.
 */
export function dateIn(
  toks: readonly Tok[],
  a: number,
  b: number,
  docDate: PartialDate | null,
): PartialDate | null {
  const doc = parseDocDate(docDate);
  const docYear =
    doc?.getUTCFullYear() ??
    (docDate !== null && /^\d{4}/.test(docDate) ? +docDate.slice(0, 4) : null);
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== WORD || (!t.cap && t.lower !== "yesterday" && t.lower !== "today")) continue;
    const month = MONTH.get(t.lower);
    if (month !== undefined && t.cap) {
      let j = k + 1;
      if (toks[j]?.text === ".") j++;
      const day = dayNumber(toks[j]);
      if (day === null) continue;
      let y = year(toks[j + 1]) ?? (toks[j + 1]?.text === "," ? year(toks[j + 2]) : null);
      if (y === null && docYear !== null) {
        y = docYear;
        // "on December 30" in a January article is last year's.
        if (doc !== null && Date.UTC(y, month - 1, day) > doc.getTime()) y--;
      }
      return y === null ? null : `${y}-${pad(month)}-${pad(day)}`;
    }
    // "22 April 2021"
    const d0 = dayNumber(toks[k - 1]);
    if (month !== undefined && d0 !== null && k - 1 >= a) {
      const y = year(toks[k + 1]) ?? docYear;
      return y === null ? null : `${y}-${pad(month)}-${pad(d0)}`;
    }
    if (doc === null) continue;
    const wd = WEEKDAYS.indexOf(t.lower);
    if (wd >= 0 && t.cap) {
      const back = (doc.getUTCDay() - wd + 7) % 7;
      return iso(new Date(doc.getTime() - back * 86400000));
    }
    if (t.lower === "yesterday") return iso(new Date(doc.getTime() - 86400000));
    if (t.lower === "today") return iso(doc);
  }
  return null;
}
