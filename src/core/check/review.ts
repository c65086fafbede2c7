// The review of a check, as a state machine. Vigil proposes; a person decides:
//
//   proposed ──accept──▶ accepted ──publish──▶ published
//      │  ╲                 │  ▲
//      │   ╲──edit──▶ edited ─┘ (publish)      edit: from proposed, accepted or edited
//      ╰──reject──▶ rejected ──reopen──▶ proposed   reject: from proposed, accepted or edited
//
// Every step records who and when (and, for an edit, the verdict and reasoning before and
// after). Steps are pure: each returns a new check. A step the state does not allow throws
// VIGIL_ERR_CHECK_TRANSITION; a step missing its reviewer, time or change throws
// VIGIL_ERR_CHECK_INVALID.

import { CheckInvalid, CheckTransitionInvalid } from "../../errors.js";
import type { Claim, ClaimFeatures, ClaimTypeMatch } from "./claim.js";
import type { EvidenceItem } from "./evidence.js";
import type { Proposal } from "./verdict.js";
import { VERDICTS, type Verdict } from "./verdict-rules/index.js";

export const REVIEW_STATES = ["proposed", "accepted", "edited", "rejected", "published"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type ReviewAction = "propose" | "accept" | "edit" | "reject" | "publish" | "reopen";

/** Which states each step may start from, and where it leads. */
export const REVIEW_TRANSITIONS: Readonly<
  Record<Exclude<ReviewAction, "propose">, { from: readonly ReviewState[]; to: ReviewState }>
> = {
  accept: { from: ["proposed"], to: "accepted" },
  edit: { from: ["proposed", "accepted", "edited"], to: "edited" },
  reject: { from: ["proposed", "accepted", "edited"], to: "rejected" },
  publish: { from: ["accepted", "edited"], to: "published" },
  reopen: { from: ["rejected"], to: "proposed" },
};

export interface ReviewEntry {
  action: ReviewAction;
  /** Who: a user name or id. */
  by: string;
  /** When: an ISO 8601 timestamp. */
  at: string;
  from: ReviewState | null;
  to: ReviewState;
  note: string | null;
  /** For an edit: the verdict and reasoning before and after. */
  before?: { verdict: Verdict; reasoning: string[] };
  after?: { verdict: Verdict; reasoning: string[] };
}

export interface Check {
  id: string;
  claim: Claim;
  types: ClaimTypeMatch[];
  features: ClaimFeatures;
  evidence: EvidenceItem[];
  /** What Vigil proposed; never changed by the review. */
  proposal: Proposal;
  state: ReviewState;
  /** The verdict as it stands: the proposal's, or the reviewer's edit. */
  verdict: Verdict;
  reasoning: string[];
  reviewer: string | null;
  reviewedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  history: ReviewEntry[];
}

export interface StepBy {
  by: string;
  at: string;
  note?: string | null;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkStep(check: Pick<Check, "id" | "history">, step: StepBy): void {
  if (!step.by || !step.by.trim())
    throw new CheckInvalid(check.id, "a review step needs a reviewer");
  if (!TIMESTAMP.test(step.at) || Number.isNaN(Date.parse(step.at)))
    throw new CheckInvalid(check.id, `"${step.at}" is not an ISO 8601 timestamp`);
  const last = check.history[check.history.length - 1];
  if (last && Date.parse(step.at) < Date.parse(last.at))
    throw new CheckInvalid(check.id, `${step.at} is before the last review step (${last.at})`);
}

export interface NewCheck {
  id: string;
  claim: Claim;
  types: ClaimTypeMatch[];
  features: ClaimFeatures;
  evidence: EvidenceItem[];
  proposal: Proposal;
}

/** A check as Vigil proposes it; `by` is whoever asked for it. */
export function createCheck(c: NewCheck, step: StepBy): Check {
  if (!c.id) throw new CheckInvalid("?", "a check needs an id");
  checkStep({ id: c.id, history: [] }, step);
  return {
    ...c,
    state: "proposed",
    verdict: c.proposal.verdict,
    reasoning: [...c.proposal.reasoning],
    reviewer: null,
    reviewedAt: null,
    publishedBy: null,
    publishedAt: null,
    history: [
      {
        action: "propose",
        by: step.by,
        at: step.at,
        from: null,
        to: "proposed",
        note: step.note ?? null,
      },
    ],
  };
}

function transition(
  check: Check,
  action: Exclude<ReviewAction, "propose">,
  step: StepBy,
): ReviewEntry {
  const t = REVIEW_TRANSITIONS[action];
  if (!t.from.includes(check.state))
    throw new CheckTransitionInvalid(check.id, action, check.state);
  checkStep(check, step);
  return { action, by: step.by, at: step.at, from: check.state, to: t.to, note: step.note ?? null };
}

export function acceptCheck(check: Check, step: StepBy): Check {
  const entry = transition(check, "accept", step);
  return {
    ...check,
    state: entry.to,
    reviewer: step.by,
    reviewedAt: step.at,
    history: [...check.history, entry],
  };
}

export interface Edit extends StepBy {
  verdict?: Verdict;
  reasoning?: readonly string[];
}

export function editCheck(check: Check, edit: Edit): Check {
  const entry = transition(check, "edit", edit);
  const verdict = edit.verdict ?? check.verdict;
  if (!(VERDICTS as readonly string[]).includes(verdict))
    throw new CheckInvalid(
      check.id,
      `unknown verdict "${verdict}" (one of ${VERDICTS.join(", ")})`,
    );
  const reasoning = edit.reasoning
    ? edit.reasoning.map((s) => s.trim()).filter(Boolean)
    : check.reasoning;
  if (edit.reasoning && reasoning.length === 0)
    throw new CheckInvalid(check.id, "an edit cannot leave the reasoning empty");
  const same =
    verdict === check.verdict &&
    reasoning.length === check.reasoning.length &&
    reasoning.every((s, k) => s === check.reasoning[k]);
  if (same)
    throw new CheckInvalid(check.id, "the edit changes neither the verdict nor the reasoning");
  entry.before = { verdict: check.verdict, reasoning: check.reasoning };
  entry.after = { verdict, reasoning: [...reasoning] };
  return {
    ...check,
    state: entry.to,
    verdict,
    reasoning: [...reasoning],
    reviewer: edit.by,
    reviewedAt: edit.at,
    history: [...check.history, entry],
  };
}

export function rejectCheck(check: Check, step: StepBy): Check {
  const entry = transition(check, "reject", step);
  return {
    ...check,
    state: entry.to,
    reviewer: step.by,
    reviewedAt: step.at,
    history: [...check.history, entry],
  };
}

export function publishCheck(check: Check, step: StepBy): Check {
  const entry = transition(check, "publish", step);
  return {
    ...check,
    state: entry.to,
    publishedBy: step.by,
    publishedAt: step.at,
    history: [...check.history, entry],
  };
}

/** A rejected check goes back to the proposal (after new evidence, say); the history stays. */
export function reopenCheck(check: Check, step: StepBy): Check {
  const entry = transition(check, "reopen", step);
  return {
    ...check,
    state: entry.to,
    verdict: check.proposal.verdict,
    reasoning: [...check.proposal.reasoning],
    reviewer: null,
    reviewedAt: null,
    history: [...check.history, entry],
  };
}
