// Checks in the database. A check is its proposal (written once, never changed) and its review
// log (`check_reviews`, append-only): the check as it stands is the core's review state machine
// replayed over the log, so the database and the core cannot disagree. The columns of `checks`
// that describe the current state (state, verdict, reviewer, published) are kept for listing.

import { sql } from "drizzle-orm";
import { firstDay } from "../../core/check/check-dates.js";
import {
  acceptCheck,
  createCheck,
  editCheck,
  publishCheck,
  rejectCheck,
  reopenCheck,
  type Check,
  type NewCheck,
  type ReviewEntry,
  type StepBy,
} from "../../core/check/review.js";
import type { Verdict } from "../../core/check/verdict-rules/index.js";
import { NotFound } from "../../errors.js";
import { writeAudit } from "../audit/audit-store.js";
import { HIDDEN_CHECKS } from "../confidential-sql.js";
import type { Orm } from "../db.js";
import { runner } from "../register/register-sql.js";
import { rows } from "../sql.js";
import type { CheckListQuery, CheckSummary, CheckView } from "./check-types.js";

interface CheckRow {
  id: number;
  claim: NewCheck["claim"];
  types: NewCheck["types"];
  features: NewCheck["features"];
  evidence: NewCheck["evidence"];
  proposal: NewCheck["proposal"];
  rules: string[];
  created_at: string;
  published_url: string | null;
}

interface ReviewRow {
  seq: number;
  action: ReviewEntry["action"];
  by: string;
  at_text: string;
  note: string | null;
  after: { verdict: Verdict; reasoning: string[] } | null;
}

/** Applies one logged step to a check, exactly as the review core does. */
export function applyStep(check: Check, e: Omit<ReviewEntry, "from" | "to">): Check {
  const step: StepBy = { by: e.by, at: e.at, note: e.note };
  switch (e.action) {
    case "accept":
      return acceptCheck(check, step);
    case "edit":
      return editCheck(check, {
        ...step,
        verdict: e.after?.verdict,
        reasoning: e.after?.reasoning,
      });
    case "reject":
      return rejectCheck(check, step);
    case "publish":
      return publishCheck(check, step);
    case "reopen":
      return reopenCheck(check, step);
    case "propose":
      return check;
  }
}

/** Writes a new check and its first log entry; returns its id. */
export async function insertCheck(
  tx: Orm,
  check: Check,
  meta: { rules: string[] },
): Promise<number> {
  const c = check.claim;
  const p = check.proposal;
  const [row] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO checks (claim_text, speaker, claim_date, statement_id, jurisdiction, claim,
          claim_types, types, features, proposed_verdict, proposed_confidence, proposal, evidence,
          rules, state, verdict, reasoning, created_by)
        VALUES (${c.text}, ${c.speaker?.name ?? null}, ${c.date ?? ""},
          ${c.statementId ? Number(c.statementId) : null}, ${c.jurisdiction},
          ${JSON.stringify(c)}::jsonb, ${sql.param(check.types.map((t) => t.type))}::text[],
          ${JSON.stringify(check.types)}::jsonb, ${JSON.stringify(check.features)}::jsonb,
          ${p.verdict}, ${p.confidence}, ${JSON.stringify(p)}::jsonb,
          ${JSON.stringify(check.evidence)}::jsonb, ${sql.param(meta.rules)}::text[],
          ${check.state}, ${check.verdict}, ${JSON.stringify(check.reasoning)}::jsonb,
          ${check.history[0]!.by})
        RETURNING id`,
  );
  const first = check.history[0]!;
  await insertEntry(tx, row!.id, 0, first);
  await writeAudit(runner(tx), { by: first.by, why: first.note, at: first.at }, [
    {
      action: "check.propose",
      type: "check",
      id: row!.id,
      after: { claim: c.text, speaker: c.speaker?.name ?? null, ...reviewed(check, null) },
    },
  ]);
  return row!.id;
}

/** What a review step changes, for the audit log. */
function reviewed(
  c: Check,
  url: string | null,
): { state: string; verdict: Verdict; reasoning: string[]; publishedUrl: string | null } {
  return { state: c.state, verdict: c.verdict, reasoning: c.reasoning, publishedUrl: url };
}

async function insertEntry(tx: Orm, checkId: number, seq: number, e: ReviewEntry): Promise<void> {
  await rows(
    tx,
    sql`INSERT INTO check_reviews (check_id, seq, action, "by", "at", at_text, from_state,
          to_state, note, before, after)
        VALUES (${checkId}, ${seq}, ${e.action}, ${e.by}, ${e.at}::timestamptz, ${e.at},
          ${e.from}, ${e.to}, ${e.note},
          ${e.before ? JSON.stringify(e.before) : null}::jsonb,
          ${e.after ? JSON.stringify(e.after) : null}::jsonb)`,
  );
}

function parseId(id: string): number {
  const n = Number(String(id).replace(/^#/, ""));
  if (!Number.isSafeInteger(n) || n < 1) throw new NotFound(`check ${id}`);
  return n;
}

/** The stored check as it stands: the proposal with its review log replayed. */
export async function loadCheck(orm: Orm, id: string, lock = false): Promise<CheckView> {
  const pk = parseId(id);
  const [row] = await rows<CheckRow>(
    orm,
    sql`SELECT id, claim, types, features, evidence, proposal, rules, created_at, published_url
        FROM checks WHERE id = ${pk} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!row) throw new NotFound(`check ${id}`);
  const log = await rows<ReviewRow>(
    orm,
    sql`SELECT seq, action, "by", at_text, note, after FROM check_reviews
        WHERE check_id = ${pk} ORDER BY seq`,
  );
  const first = log[0]!;
  let check = createCheck(
    {
      id: String(row.id),
      claim: row.claim,
      types: row.types,
      features: row.features,
      evidence: row.evidence,
      proposal: row.proposal,
    },
    { by: first.by, at: first.at_text, note: first.note },
  );
  for (const e of log.slice(1))
    check = applyStep(check, {
      action: e.action,
      by: e.by,
      at: e.at_text,
      note: e.note,
      ...(e.after ? { after: e.after } : {}),
    });
  return {
    ...check,
    saved: true,
    asOf: row.claim.date ? firstDay(row.claim.date) : "",
    rules: row.rules,
    notes: [],
    createdAt: row.created_at,
    publishedUrl: row.published_url,
  };
}

/** Records one more review step: the log entry and the columns that list the state. */
export async function recordStep(
  tx: Orm,
  before: Check,
  after: Check,
  publishedUrl: string | null,
): Promise<void> {
  const entry = after.history[after.history.length - 1]!;
  const pk = parseId(after.id);
  await insertEntry(tx, pk, after.history.length - 1, entry);
  await writeAudit(runner(tx), { by: entry.by, why: entry.note, at: entry.at }, [
    {
      action: `check.${entry.action}`,
      type: "check",
      id: pk,
      before: reviewed(before, before.state === "published" ? publishedUrl : null),
      after: reviewed(after, after.state === "published" ? publishedUrl : null),
    },
  ]);
  const published = after.state === "published";
  await rows(
    tx,
    sql`UPDATE checks SET state = ${after.state}, verdict = ${after.verdict},
          reasoning = ${JSON.stringify(after.reasoning)}::jsonb, reviewer = ${after.reviewer},
          reviewed_at = ${after.reviewedAt}::timestamptz, published = ${published},
          published_at = ${after.publishedAt}::timestamptz, published_by = ${after.publishedBy},
          published_url = ${published ? publishedUrl : null}, updated_at = now()
        WHERE id = ${pk} AND state = ${before.state}`,
  );
}

export async function listChecks(orm: Orm, q: CheckListQuery = {}): Promise<CheckSummary[]> {
  const found = await rows<{
    id: number;
    claim_text: string;
    speaker: string | null;
    claim_date: string;
    claim_types: string[];
    state: CheckSummary["state"];
    verdict: Verdict;
    proposed_verdict: Verdict;
    reviewer: string | null;
    created_at: string;
    published_at: string | null;
  }>(
    orm,
    sql`SELECT id, claim_text, speaker, claim_date, claim_types, state, verdict, proposed_verdict,
          reviewer, created_at, published_at
        FROM checks
        WHERE ${q.state ? sql`state = ${q.state}` : sql`TRUE`}
          AND ${q.confidential ? sql`TRUE` : sql`id NOT IN ${HIDDEN_CHECKS}`}
        ORDER BY id DESC LIMIT ${q.limit ?? 50} OFFSET ${q.offset ?? 0}`,
  );
  return found.map((r) => ({
    id: String(r.id),
    claim: r.claim_text,
    speaker: r.speaker,
    date: r.claim_date,
    types: r.claim_types,
    state: r.state,
    verdict: r.verdict,
    proposedVerdict: r.proposed_verdict,
    reviewer: r.reviewer,
    createdAt: r.created_at,
    publishedAt: r.published_at,
  }));
}
