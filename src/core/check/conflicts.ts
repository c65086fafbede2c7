// Conflicting figures: figures for the same quantity and date from different publishers that
// cannot both be true within a tolerance, and figures the register's own count disagrees with.
//   "as of 22 April 2021, 239 detained" (one group) vs "at least 238" (another)   → no conflict
//   "as of 31 December 2024, 45 in detention" vs "60 political prisoners" (2 January 2025)
//                                                                                → conflict, 15 apart
// Same quantity: the same quantity key (claim-quantities.ts), unit and jurisdiction. Same date:
// as-of dates at most `windowDays` apart for counts on a day, the same year for yearly totals.
// Figures without an as-of date or a known quantity are not compared.

import { matchKey } from "../text/normalise.js";
import { dateInWords, daysBetween, firstDay, lastDay } from "./check-dates.js";
import type { EvidenceSource, FigureRecord } from "./evidence.js";
import { agree, DEFAULT_TOLERANCE, gap, type Tolerance } from "./intervals.js";
import { quantityLabel, quantityOf, quantityPeriod } from "./quantity.js";
import { amount, number } from "./wording.js";

export interface ConflictOptions {
  tolerance?: Tolerance;
  /** How far apart two as-of days may be and still count as the same date. Default 31. */
  windowDays?: number;
  /** The register's count of a quantity on a day (or in a year), or null when it has none. */
  registerCount?: (date: string, quantity: string, jurisdiction: string | null) => number | null;
}

export interface FigureConflict {
  kind: "publishers" | "register";
  quantity: string;
  unit: FigureRecord["unit"];
  a: FigureRecord;
  /** The other publisher's figure; null for a conflict with the register. */
  b: FigureRecord | null;
  /** The register's count, for a conflict with the register. */
  register: { date: string; value: number } | null;
  /** How far apart the two are beyond their bounds, in the unit. */
  difference: number;
  /** `difference` over the larger value. */
  relative: number;
  /** One plain sentence naming both sources. */
  reason: string;
}

export const DEFAULT_WINDOW_DAYS = 31;

interface Keyed {
  f: FigureRecord;
  quantity: string;
  period: "day" | "year";
  day: string;
  who: string;
}

function keyed(f: FigureRecord): Keyed | null {
  if (!f.asOf) return null;
  const quantity = f.quantity ?? quantityOf(f.what, f.unit).key;
  if (!quantity) return null;
  const period = quantityPeriod(quantity) ?? "day";
  // A yearly total is stated for a year ("in 2021"); a flow counted up to a day ("convicted since
  // 2018, as of 19 July 2022") runs from a start the figure does not give, so it is not compared.
  if (period === "year" && !/^\d{4}$/.test(f.asOf)) return null;
  const who = f.publisher ?? f.source.outlet ?? "";
  // A yearly total is as of its year; a stock as of a month or year is as of its last day.
  const day = period === "year" ? firstDay(f.asOf.slice(0, 4)) : lastDay(f.asOf);
  return { f, quantity, period, day, who };
}

function describe(f: FigureRecord): string {
  const who = f.publisher ?? f.source.outlet ?? "an unattributed source";
  const where =
    f.source.outlet && f.source.outlet !== who
      ? `, in ${f.source.outlet} (${dateInWords(f.source.date)})`
      : ` (${dateInWords(f.source.date)})`;
  return `${who}: ${amount(f.value, f.bound, f.unit)}${f.what ? ` ${f.what}` : ""} as of ${dateInWords(f.asOf)}${where}`;
}

function percent(x: number): string {
  return `${number(Math.round(x * 1000) / 10)}%`;
}

export function findConflicts(
  figures: readonly FigureRecord[],
  options: ConflictOptions = {},
): FigureConflict[] {
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const window = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const groups = new Map<string, Keyed[]>();
  for (const f of figures) {
    const k = keyed(f);
    if (!k) continue;
    const g = `${k.quantity}|${f.unit}|${f.jurisdiction ?? ""}`;
    const list = groups.get(g) ?? [];
    list.push(k);
    groups.set(g, list);
  }
  const out: FigureConflict[] = [];
  for (const list of groups.values()) {
    list.sort((x, y) => x.day.localeCompare(y.day) || x.f.id.localeCompare(y.f.id));
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const y = list[j]!;
        const apart = daysBetween(x.day, y.day);
        if (x.period === "year" ? x.day !== y.day : apart > window) break;
        if (matchKey(x.who) === matchKey(y.who)) continue;
        if (agree(x.f, y.f, tol)) continue;
        const difference = gap(x.f, y.f, tol);
        const relative = difference / Math.max(Math.abs(x.f.value), Math.abs(y.f.value), 1e-9);
        out.push({
          kind: "publishers",
          quantity: x.quantity,
          unit: x.f.unit,
          a: x.f,
          b: y.f,
          register: null,
          difference,
          relative,
          reason: `${quantityLabel(x.quantity)}: ${describe(x.f)}; ${describe(y.f)} — ${number(difference)} apart (${percent(relative)}).`,
        });
      }
    }
    if (!options.registerCount) continue;
    for (const x of list) {
      // The register counts people and years, not shares.
      if (x.f.unit !== "count" && x.f.unit !== "years") continue;
      const date = x.period === "year" ? x.day.slice(0, 4) : x.day;
      const value = options.registerCount(date, x.quantity, x.f.jurisdiction ?? null);
      if (value === null || agree(x.f, { value, bound: "eq" }, tol)) continue;
      const difference = gap(x.f, { value, bound: "eq" }, tol);
      const relative = difference / Math.max(Math.abs(x.f.value), Math.abs(value), 1e-9);
      out.push({
        kind: "register",
        quantity: x.quantity,
        unit: x.f.unit,
        a: x.f,
        b: null,
        register: { date, value },
        difference,
        relative,
        reason: `${quantityLabel(x.quantity)}: ${describe(x.f)}; the register counts ${number(value)} ${x.period === "year" ? `in ${date}` : `on ${dateInWords(date)}`} — ${number(difference)} apart (${percent(relative)}).`,
      });
    }
  }
  return out.sort((p, q) => q.relative - p.relative || p.a.id.localeCompare(q.a.id));
}

/** `findConflicts` with the register's counts asked of an evidence source first. */
export async function findConflictsWithSource(
  figures: readonly FigureRecord[],
  source: EvidenceSource,
  options: Omit<ConflictOptions, "registerCount"> = {},
): Promise<FigureConflict[]> {
  const counts = new Map<string, number | null>();
  for (const f of figures) {
    const k = keyed(f);
    if (!k || (f.unit !== "count" && f.unit !== "years")) continue;
    const date = k.period === "year" ? k.day.slice(0, 4) : k.day;
    const key = `${date}|${k.quantity}|${f.jurisdiction ?? ""}`;
    if (counts.has(key)) continue;
    const r = await source.registerCount(date, k.quantity, f.jurisdiction ?? null);
    counts.set(key, r ? r.value : null);
  }
  return findConflicts(figures, {
    ...options,
    registerCount: (date, quantity, j) => counts.get(`${date}|${quantity}|${j ?? ""}`) ?? null,
  });
}
