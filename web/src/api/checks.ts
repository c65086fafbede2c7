import { post } from "./client.js";
import type { CheckView, Verdict } from "./types.js";

// The check routes, in one place: the claims pages call these.

export type ReviewAction = "accept" | "edit" | "reject" | "publish" | "reopen";

export interface ReviewBody {
  note?: string | null;
  verdict?: Verdict;
  reasoning?: string[];
  url?: string | null;
}

export const checkPath = (id: string): string => `/api/checks/${encodeURIComponent(id)}`;

export const claimReviewPath = (id: string): string => `${checkPath(id)}/claim-review`;

export function reviewCheck(
  id: string,
  action: ReviewAction,
  body: ReviewBody,
): Promise<CheckView> {
  return post<CheckView>(`${checkPath(id)}/${action}`, body);
}

/** Which steps each state allows (docs/checks.md, the review state machine). */
export const STEPS: Record<string, ReviewAction[]> = {
  proposed: ["accept", "edit", "reject"],
  accepted: ["publish", "edit", "reject"],
  edited: ["publish", "edit", "reject"],
  rejected: ["reopen"],
  published: [],
};
