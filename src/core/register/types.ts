// The case register's records. A register is two append-only lists: cases (people) and case
// events (dated things that happened to them). Status histories and counts are derived, never
// stored here; the database materialises them with the same functions (see docs/register.md).

import type { PartialDate } from "../types.js";

export type { PartialDate };

/** A person the register follows. Attributes are free text as the register keeps them. */
export interface Case {
  /** Stable id chosen by the register keeper: `VN-001`. */
  id: string;
  /** Full name as written, diacritics kept: "Trần Thị Mai Hương". */
  name: string;
  /** Actor id once the person is resolved to an actor; a placeholder until actors are stored. */
  actor: string | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  province: string | null;
  /** Profession or area of activism: "land-rights blogger". */
  profession: string | null;
  birthYear: number | null;
  /** People at risk whose record must never leave through public routes or exports. */
  confidential: boolean;
  notes: string | null;
}

export const CASE_EVENT_TYPES = [
  "at-risk",
  "arrested",
  "held-pending-trial",
  "indicted",
  "tried",
  "sentenced",
  "appeal",
  "released",
  "exiled",
  "deceased",
] as const;

export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export const RELEASE_REASONS = ["served", "amnesty", "early", "exile-condition"] as const;

export type ReleaseReason = (typeof RELEASE_REASONS)[number];

/** What evidences an event: an ingested source, a URL, or a note ("family told us by phone"). */
export interface EvidenceSource {
  sourceId: string | null;
  url: string | null;
  note: string | null;
}

/**
 * One record of one event. Records are never edited: a correction is a new record that
 * `supersedes` the old one (and `retracted` withdraws it), so the register as it stood at any
 * record time can be rebuilt from the records with `recordedAt` up to that time.
 */
export interface CaseEvent {
  id: string;
  caseId: string;
  type: CaseEventType;
  /** When it happened, as precisely as known: `2021-03-16`, `2021-03` or `2021`. */
  date: PartialDate;
  /** Releases only. */
  releaseReason: ReleaseReason | null;
  /** Statute catalogue ids as recorded (a 1999 Penal Code id stays one; counting maps it). */
  charges: string[];
  /** Prison term; sentences and appeals that change the term. */
  sentenceMonths: number | null;
  /** Probation after release; not a deprivation of liberty. */
  probationMonths: number | null;
  /** House arrest after release (or as the sentence when there is no prison term). */
  houseArrestMonths: number | null;
  /** A suspended sentence: the person is not held. */
  suspended: boolean;
  sources: EvidenceSource[];
  /** When the register learned it: an ISO 8601 UTC timestamp, `2021-05-01T09:30:00Z`. */
  recordedAt: string;
  /** Id of the record this one corrects. */
  supersedes: string | null;
  /** This record withdraws the record it supersedes: the event did not happen as recorded. */
  retracted: boolean;
}

export interface Register {
  cases: Case[];
  events: CaseEvent[];
}

/**
 * What a person's situation is on a day. `pending-trial` covers arrest, pre-trial detention,
 * indictment and trial until a sentence; `uncertain` only appears under the `exclude-uncertain`
 * partial-date rule, on days a partial date leaves open.
 */
export const STATUSES = [
  "at-risk",
  "pending-trial",
  "serving-sentence",
  "house-arrest",
  "suspended-sentence",
  "released",
  "exiled",
  "deceased",
  "uncertain",
] as const;

export type Status = (typeof STATUSES)[number];

/** Why a derived status deserves a second look; shown with the interval, never hidden. */
export type StatusFlag =
  /** Held from an indictment, trial or sentence because no arrest is recorded. */
  | "no-arrest-date"
  /** A release, exile or appeal while the register has the person free. */
  | "release-without-detention"
  /** An event recorded after the person's death; ignored. */
  | "after-death"
  /** The prison term has run out and no release is recorded. */
  | "term-elapsed"
  /** Released because the term ran out (rule `termEnds: at-term`), not by a recorded event. */
  | "inferred-release"
  /** Two events whose partial dates overlap were ordered by their kind, not by their dates. */
  | "ambiguous-order";

/** A stretch of days `[from, to)` in one status; `to` null while it lasts. */
export interface StatusInterval {
  status: Status;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** First day after, or null. */
  to: string | null;
  /** Records that establish this stretch, in order. */
  evidence: string[];
  /** Charges in force, as recorded (catalogue ids). */
  charges: string[];
  flags: StatusFlag[];
}
