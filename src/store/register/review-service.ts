// `vigil review`: the queue of suggestions read from ingested articles. Accepting one writes a
// record with the article as its evidence (the document and the span the event was read from);
// rejecting one keeps it, with who, when and why. Either way nothing is deleted.

import { sql } from "drizzle-orm";
import { knownEvents } from "../../core/register/known-events.js";
import { periodOf } from "../../core/register/partial-date.js";
import { caseRecord } from "../../core/register/records.js";
import type { CaseEvent, EvidenceSource } from "../../core/register/types.js";
import { Conflict, NotFound, UsageError } from "../../errors.js";
import { writeAudit, type NewAuditEntry } from "../audit/audit-store.js";
import type { Db } from "../db.js";
import { casesById, insertCases } from "./cases-store.js";
import { variants, writeHistory } from "./history-store.js";
import { insertRecords, recordsOf, type StoredRecord } from "./records-store.js";
import { lockRegister, runner, type Run } from "./register-sql.js";
import type {
  AcceptOptions,
  AcceptResult,
  RejectOptions,
  ReviewListQuery,
  SuggestionView,
} from "./register-types.js";

type Row = {
  id: number;
  status: SuggestionView["status"];
  decision: SuggestionView["decision"];
  action: SuggestionView["action"];
  person: string;
  proposed_event: CaseEvent;
  proposed_case: SuggestionView["proposedCase"];
  candidates: SuggestionView["candidates"];
  duplicate_of: string | null;
  warnings: string[];
  extracted: SuggestionView["extracted"];
  document_id: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string;
  sentence: string;
  char_start: number;
  char_end: number;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
  case_id: string | null;
  event_id: string | null;
};

const SELECT = sql`
  SELECT s.id, s.status, s.decision, s.action, s.person, s.proposed_event, s.proposed_case,
    s.candidates, s.duplicate_of, s.warnings, s.extracted, s.document_id, d.title, d.outlet,
    d.date, d.url, d.path, s.sentence, s.char_start, s.char_end, s.created_at, s.decided_at,
    s.decided_by, s.reason, c.case_id, e.event_id
  FROM case_suggestions s
  JOIN documents d ON d.id = s.document_id
  LEFT JOIN cases c ON c.id = s.case_pk
  LEFT JOIN case_events e ON e.id = s.event_pk`;

function view(r: Row): SuggestionView {
  return {
    id: r.id,
    status: r.status,
    decision: r.decision,
    action: r.action,
    person: r.person,
    proposed: r.proposed_event,
    proposedCase: r.proposed_case,
    candidates: r.candidates,
    duplicateOf: r.duplicate_of,
    warnings: r.warnings,
    extracted: r.extracted,
    document: {
      id: r.document_id,
      title: r.title,
      outlet: r.outlet,
      date: r.date,
      url: r.url,
      path: r.path,
    },
    sentence: r.sentence,
    start: r.char_start,
    end: r.char_end,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    reason: r.reason,
    caseId: r.case_id,
    eventId: r.event_id,
  };
}

async function one(run: Run, id: number, lock = false): Promise<SuggestionView> {
  const [row] = await run<Row>(
    sql`${SELECT} WHERE s.id = ${id} ${lock ? sql`FOR UPDATE OF s` : sql``}`,
  );
  if (!row) throw new NotFound(`suggestion ${id}`);
  return view(row);
}

export async function listSuggestions(db: Db, q: ReviewListQuery = {}): Promise<SuggestionView[]> {
  const status = q.status ?? "pending";
  const where = status === "all" ? sql`TRUE` : sql`s.status = ${status}`;
  const found = await runner(db.orm)<Row>(
    sql`${SELECT} WHERE ${where} ORDER BY s.id LIMIT ${q.limit ?? 50} OFFSET ${q.offset ?? 0}`,
  );
  return found.map(view);
}

export function showSuggestion(db: Db, id: number): Promise<SuggestionView> {
  return one(runner(db.orm), id);
}

function pending(s: SuggestionView): void {
  if (s.status !== "pending")
    throw new Conflict(
      `suggestion ${s.id} was already ${s.status}${s.decidedBy ? ` by ${s.decidedBy}` : ""}`,
    );
}

const overlaps = (a: string, b: string) => {
  const x = periodOf(a);
  const y = periodOf(b);
  return x.first <= y.last && y.first <= x.last;
};

/** The case a suggestion applies to: chosen by the reviewer, matched, or to be created. */
async function target(
  run: Run,
  s: SuggestionView,
  opts: AcceptOptions,
): Promise<{ id: string; pk: number | null; name: string }> {
  if (opts.caseId !== undefined && (opts.newCase || opts.newCaseId))
    throw new UsageError("accept with --case or with --new, not both");
  const fresh = async (wanted: string | undefined) => {
    const base = wanted ?? s.proposedCase?.id ?? `new/${s.person.trim().replace(/\s+/g, "-")}`;
    let id = base;
    for (let k = 2; (await casesById(run, [id])).size > 0; k++) {
      if (wanted) throw new Conflict(`case ${wanted} already exists; accept with --case ${wanted}`);
      id = `${base}-${k}`;
    }
    return { id, pk: null, name: s.proposedCase?.name ?? s.person };
  };
  if (opts.caseId !== undefined) {
    const found = (await casesById(run, [opts.caseId])).get(opts.caseId);
    if (!found) throw new NotFound(`case ${opts.caseId}`);
    return { id: found.record.id, pk: found.pk, name: found.record.name };
  }
  if (opts.newCase || opts.newCaseId) return fresh(opts.newCaseId);
  if (s.decision === "new") return fresh(undefined);
  if (s.decision === "existing") {
    const id = s.proposed.caseId;
    const found = (await casesById(run, [id])).get(id);
    if (!found) throw new NotFound(`case ${id}`);
    return { id, pk: found.pk, name: found.record.name };
  }
  const choices = s.candidates.map((c) => `${c.caseId} ${c.name} (${c.score})`).join("; ");
  throw new UsageError(
    `suggestion ${s.id} could be several people (${choices}): accept with --case ID or --new`,
  );
}

export async function acceptSuggestion(
  db: Db,
  id: number,
  opts: AcceptOptions = {},
): Promise<AcceptResult> {
  return db.orm.transaction(async (tx) => {
    const run = runner(tx);
    await lockRegister(run);
    const s = await one(run, id, true);
    pending(s);
    const to = await target(run, s, opts);
    let casePk = to.pk;
    const audit: NewAuditEntry[] = [];
    if (casePk === null) {
      const created = caseRecord({ id: to.id, name: to.name });
      casePk = (await insertCases(run, [created])).get(to.id)!;
      audit.push({ action: "case.create", type: "case", id: to.id, after: created });
    }
    const stored: StoredRecord[] = await recordsOf(run, [casePk]);
    const now = new Date().toISOString();
    const span = { documentId: s.document.id, start: s.start, end: s.end };
    const source: EvidenceSource = s.proposed.sources[0] ?? {
      sourceId: null,
      url: s.document.url,
      note: s.sentence,
    };
    const live = knownEvents(
      stored.map((r) => r.event),
      null,
    );
    const same = live.find((e) => e.type === s.proposed.type && overlaps(e.date, s.proposed.date));
    const origin = `review #${s.id}`;
    let outcome: AcceptResult["outcome"];
    let eventId: string;
    if (
      same &&
      same.sources.some(
        (x) =>
          (source.sourceId !== null && x.sourceId === source.sourceId) ||
          (source.url !== null && x.url === source.url),
      )
    ) {
      outcome = "already-recorded";
      eventId = same.id;
    } else if (same) {
      // The register has the event: the article becomes more evidence for it, as a correction.
      const old = stored.find((r) => r.event.id === same.id)!;
      const event: CaseEvent = {
        ...same,
        id: `${same.id}~r${s.id}`,
        sources: [...same.sources, source],
        recordedAt: now,
        supersedes: same.id,
        retracted: false,
      };
      const spans = [
        ...old.sources.map((x) =>
          x.documentId === null || x.start === null || x.end === null
            ? null
            : { documentId: x.documentId, start: x.start, end: x.end },
        ),
        span,
      ];
      await insertRecords(run, [{ event, casePk, origin, spans }]);
      audit.push({ action: "case.records", type: "case", id: to.id, after: { records: [event] } });
      outcome = "source-added";
      eventId = event.id;
    } else {
      const event: CaseEvent = {
        ...s.proposed,
        id: `${to.id}/r${s.id}`,
        caseId: to.id,
        sources: [source],
        recordedAt: now,
      };
      await insertRecords(run, [{ event, casePk, origin, spans: [span] }]);
      audit.push({ action: "case.records", type: "case", id: to.id, after: { records: [event] } });
      outcome = "added";
      eventId = event.id;
    }
    if (outcome !== "already-recorded") {
      const all = (await recordsOf(run, [casePk])).map((r) => r.event);
      const kept = (await variants(run)).filter((v) => v.built);
      await writeHistory(run, [{ pk: casePk, id: to.id, records: all }], kept);
    }
    // The person the article named, once resolved to an actor, is this case's actor.
    if (s.extracted.actor !== null && s.extracted.actor !== undefined) {
      const linked = await run<{ actor_id: number | null }>(sql`
        UPDATE cases SET actor_id = (
          SELECT a.canonical_id FROM document_actors da JOIN actors a ON a.id = da.actor_id
          WHERE da.document_id = ${s.document.id} AND da.idx = ${s.extracted.actor})
        WHERE id = ${casePk} AND actor_id IS NULL
        RETURNING actor_id`);
      if (linked[0]?.actor_id)
        audit.push({
          action: "case.actor",
          type: "case",
          id: to.id,
          before: { actorId: null },
          after: { actorId: linked[0].actor_id },
        });
    }
    await writeAudit(run, { by: opts.reviewer, why: opts.why ?? `suggestion ${s.id}` }, audit);
    await run(sql`
      UPDATE case_suggestions SET status = 'accepted', decided_at = now(),
        decided_by = ${opts.reviewer ?? null}, case_pk = ${casePk},
        event_pk = (SELECT id FROM case_events WHERE event_id = ${eventId})
      WHERE id = ${s.id}`);
    return {
      suggestion: await one(run, s.id),
      outcome,
      caseCreated: to.pk === null,
      caseId: to.id,
      eventId,
    };
  });
}

export async function rejectSuggestion(
  db: Db,
  id: number,
  opts: RejectOptions,
): Promise<SuggestionView> {
  if (!opts.reason?.trim()) throw new UsageError("a rejection needs a reason (--reason)");
  return db.orm.transaction(async (tx) => {
    const run = runner(tx);
    const s = await one(run, id, true);
    pending(s);
    await run(sql`
      UPDATE case_suggestions SET status = 'rejected', decided_at = now(),
        decided_by = ${opts.reviewer ?? null}, reason = ${opts.reason.trim()}
      WHERE id = ${id}`);
    return one(run, id);
  });
}
