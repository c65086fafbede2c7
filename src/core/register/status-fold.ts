// The status machine: a case's ordered events folded one by one into the situation they leave
// the person in. Missing or contradictory events are absorbed and flagged, never thrown:
// "sentenced 2022-07-19" with no arrest → serving from 2022-07-19, flagged `no-arrest-date`.

import type { CountingRules } from "./counting-rules.js";
import type { PlacedEvent } from "./event-order.js";
import { addMonths } from "./partial-date.js";
import type { CaseEvent, Status, StatusFlag } from "./types.js";

export interface FoldState {
  status: Status | null;
  /** Charges of the latest event that lists any. */
  charges: readonly string[];
  /** Events since the status began, and those that confirmed it. */
  evidence: readonly string[];
  flags: readonly StatusFlag[];
  /** First day of the current detention (or of the sentence when no arrest is recorded). */
  custodyFrom: string | null;
  sentenceMonths: number | null;
  houseArrestMonths: number | null;
  /** While in house arrest: the first day free. */
  houseArrestUntil: string | null;
  /** While serving: custodyFrom + sentenceMonths. */
  termEnd: string | null;
}

/** A person's situation on one day: what counting reads. */
export interface PointStatus {
  status: Status;
  charges: readonly string[];
  evidence: readonly string[];
  flags: readonly StatusFlag[];
}

export const INITIAL: FoldState = {
  status: null,
  charges: [],
  evidence: [],
  flags: [],
  custodyFrom: null,
  sentenceMonths: null,
  houseArrestMonths: null,
  houseArrestUntil: null,
  termEnd: null,
};

const CUSTODY: ReadonlySet<Status | null> = new Set(["pending-trial", "serving-sentence"]);

function keep(s: FoldState, e: CaseEvent): FoldState {
  return { ...s, evidence: [...s.evidence, e.id] };
}

function enter(s: FoldState, status: Status, e: CaseEvent, flags: StatusFlag[] = []): FoldState {
  // Within one detention an inferred start stays inferred: pending trial → serving.
  const carried =
    CUSTODY.has(s.status) && CUSTODY.has(status)
      ? s.flags.filter((f) => f === "no-arrest-date")
      : [];
  return {
    ...s,
    status,
    evidence: [e.id],
    flags: [...new Set([...carried, ...flags])],
    houseArrestUntil: null,
    termEnd: null,
  };
}

function withFlag(s: FoldState, flag: StatusFlag): FoldState {
  return s.flags.includes(flag) ? s : { ...s, flags: [...s.flags, flag] };
}

function sentence(s: FoldState, e: CaseEvent, day: string): FoldState {
  const appeal = e.type !== "sentenced";
  const months = e.sentenceMonths ?? (appeal ? s.sentenceMonths : null);
  const house = e.houseArrestMonths ?? (appeal ? s.houseArrestMonths : null);
  const terms = { ...s, sentenceMonths: months, houseArrestMonths: house };
  // Tried and sentenced in absentia: the person stays abroad.
  if (s.status === "exiled") return keep(terms, e);
  if (e.suspended) return { ...enter(terms, "suspended-sentence", e), custodyFrom: null };
  if ((months ?? 0) === 0 && (house ?? 0) > 0) {
    return {
      ...enter(terms, "house-arrest", e),
      custodyFrom: null,
      houseArrestUntil: addMonths(day, house!),
    };
  }
  if (months === 0) return { ...enter(terms, "released", e), custodyFrom: null };
  const held = CUSTODY.has(s.status);
  const custodyFrom = held && s.custodyFrom !== null ? s.custodyFrom : day;
  const next =
    s.status === "serving-sentence"
      ? keep(terms, e)
      : enter(terms, "serving-sentence", e, held ? [] : ["no-arrest-date"]);
  return {
    ...next,
    custodyFrom,
    termEnd: months === null ? null : addMonths(custodyFrom, months),
  };
}

/** The state after one more event, taking effect on `day`. */
export function applyEvent(s0: FoldState, placed: PlacedEvent, day: string): FoldState {
  const e = placed.event;
  const s: FoldState = { ...s0, charges: e.charges.length > 0 ? e.charges : s0.charges };
  let next: FoldState;
  if (s.status === "deceased") {
    next = withFlag(keep(s, e), "after-death");
  } else {
    next = transition(s, e, day);
  }
  return placed.ambiguous ? withFlag(next, "ambiguous-order") : next;
}

function transition(s: FoldState, e: CaseEvent, day: string): FoldState {
  const held = CUSTODY.has(s.status);
  switch (e.type) {
    case "at-risk":
      return held || s.status === "house-arrest" || s.status === "exiled"
        ? keep(s, e)
        : enter(s, "at-risk", e);
    case "arrested":
    case "held-pending-trial":
      if (held) return keep(s, e);
      return {
        ...enter(s, "pending-trial", e),
        custodyFrom: day,
        sentenceMonths: null,
        houseArrestMonths: null,
      };
    case "indicted":
    case "tried":
      // "tried 2022-03-22, 96 months": an appeal hearing that states the sentence as it stands.
      if (e.type === "tried" && e.sentenceMonths !== null) return sentence(s, e, day);
      if (held || s.status === "exiled") return keep(s, e);
      return {
        ...enter(s, "pending-trial", e, ["no-arrest-date"]),
        custodyFrom: day,
        sentenceMonths: null,
        houseArrestMonths: null,
      };
    case "sentenced":
      return sentence(s, e, day);
    case "appeal":
      if (e.sentenceMonths !== null || e.houseArrestMonths !== null || e.suspended) {
        return sentence(s, e, day);
      }
      return keep(s, e);
    case "released": {
      const custodial = held || s.status === "house-arrest";
      const flags: StatusFlag[] = custodial ? [] : ["release-without-detention"];
      if (s.status === "exiled") return withFlag(keep(s, e), "release-without-detention");
      const out = { ...s, custodyFrom: null };
      if (e.releaseReason === "exile-condition") return enter(out, "exiled", e, flags);
      if (s.status === "serving-sentence" && (s.houseArrestMonths ?? 0) > 0) {
        return {
          ...enter(out, "house-arrest", e, flags),
          houseArrestUntil: addMonths(day, s.houseArrestMonths!),
        };
      }
      return enter(out, "released", e, flags);
    }
    case "exiled":
      return { ...enter(s, "exiled", e), custodyFrom: null };
    case "deceased":
      return { ...enter(s, "deceased", e), custodyFrom: null };
  }
}

/** Days on which a state changes by itself (a term or a house arrest running out). */
export function timedDays(s: FoldState): string[] {
  const days: string[] = [];
  if (s.houseArrestUntil !== null) days.push(s.houseArrestUntil);
  if (s.termEnd !== null) {
    days.push(s.termEnd);
    if ((s.houseArrestMonths ?? 0) > 0) days.push(addMonths(s.termEnd, s.houseArrestMonths!));
  }
  return days;
}

/** What a state means on `day`, once terms and house arrests that ran out are applied. */
export function statusAt(
  s: FoldState,
  day: string,
  termEnds: CountingRules["termEnds"],
): PointStatus | null {
  if (s.status === null) return null;
  if (s.status === "house-arrest" && s.houseArrestUntil !== null && s.houseArrestUntil <= day) {
    return { status: "released", charges: s.charges, evidence: s.evidence, flags: [] };
  }
  if (s.status === "serving-sentence" && s.termEnd !== null && s.termEnd <= day) {
    if (termEnds === "on-release") {
      return { ...point(s), flags: [...s.flags, "term-elapsed"] };
    }
    const house = s.houseArrestMonths ?? 0;
    const status = house > 0 && day < addMonths(s.termEnd, house) ? "house-arrest" : "released";
    return { status, charges: s.charges, evidence: s.evidence, flags: ["inferred-release"] };
  }
  return point(s);
}

function point(s: FoldState): PointStatus {
  return { status: s.status!, charges: s.charges, evidence: s.evidence, flags: s.flags };
}
