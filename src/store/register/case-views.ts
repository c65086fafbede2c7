// `vigil cases list` and `vigil cases show`: the people, their status on a day (from the stored
// history, default rules), and one case whole — every record (corrections and retractions shown,
// with what superseded what), its evidence, its history as now known and its attribute edits.

import { sql } from "drizzle-orm";
import { statusesFor } from "../../core/register/count.js";
import { VIGIL_DEFAULT } from "../../core/register/counting-rules.js";
import { knownEvents } from "../../core/register/known-events.js";
import { isDay } from "../../core/register/partial-date.js";
import type { Case, Status, StatusFlag, StatusInterval } from "../../core/register/types.js";
import { NotFound, UsageError } from "../../errors.js";
import { likePattern } from "../actor-service.js";
import { HIDDEN_CASES, HIDDEN_DOCUMENTS } from "../confidential-sql.js";
import type { Visibility } from "../confidential-types.js";
import type { Db } from "../db.js";
import { casesById } from "./cases-store.js";
import { variantFor, variants } from "./history-store.js";
import { recordsOf } from "./records-store.js";
import { arr, openToNull, runner } from "./register-sql.js";
import type { CaseDetail, CaseListQuery, CaseSummary } from "./register-types.js";

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function listCases(db: Db, q: CaseListQuery = {}): Promise<CaseSummary[]> {
  const run = runner(db.orm);
  const asOf = q.asOf ?? today();
  if (!isDay(asOf)) throw new UsageError(`as-of "${asOf}" is not a date (YYYY-MM-DD)`);
  const v = variantFor(await variants(run), VIGIL_DEFAULT.partialDates, VIGIL_DEFAULT.termEnds);
  const filters = [sql`TRUE`];
  if (!q.confidential) filters.push(sql`c.case_id NOT IN ${HIDDEN_CASES}`);
  if (q.name) filters.push(sql`c.name_key LIKE ${likePattern(q.name)}`);
  if (q.status)
    filters.push(sql`h.status = ANY(${arr([...statusesFor(q.status, VIGIL_DEFAULT)], "text")})`);
  const found = await run<CaseSummary>(sql`
    SELECT c.case_id AS id, c.name, c.gender, c.province, c.confidential, h.status,
      h.day_from AS since,
      (SELECT count(*)::int FROM case_events e WHERE e.case_pk = c.id) AS records
    FROM cases c
    LEFT JOIN LATERAL (
      SELECT status, day_from FROM case_history h
      WHERE h.case_pk = c.id AND h.variant = ${v.id} AND h.known_to = 'infinity'
        AND h.day_from <= ${asOf}::date AND h.day_to > ${asOf}::date
      LIMIT 1) h ON TRUE
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY c.case_id
    LIMIT ${q.limit ?? 100} OFFSET ${q.offset ?? 0}`);
  return found;
}

/**
 * One case whole. Readers without the right get a confidential case as a missing one, and the
 * evidence of a public case that is a confidential source withheld (every field null).
 */
export async function showCase(db: Db, id: string, seen: Visibility = {}): Promise<CaseDetail> {
  const run = runner(db.orm);
  const stored = (await casesById(run, [id])).get(id);
  if (!stored) throw new NotFound(`case ${id}`);
  if (!seen.confidential) {
    const [hidden] = await run<{ id: string }>(
      sql`SELECT ${id}::text AS id WHERE ${id}::text IN ${HIDDEN_CASES}`,
    );
    if (hidden) throw new NotFound(`case ${id}`);
  }
  const withheld = new Set(
    seen.confidential
      ? []
      : (await run<{ id: number }>(sql`SELECT x.id FROM ${HIDDEN_DOCUMENTS} x`)).map((r) => r.id),
  );
  const [meta] = await run<{ actor_id: number | null }>(
    sql`SELECT actor_id FROM cases WHERE id = ${stored.pk}`,
  );
  const records = await recordsOf(run, [stored.pk]);
  const live = new Set(
    knownEvents(
      records.map((r) => r.event),
      null,
    ).map((e) => e.id),
  );
  const supersededBy = new Map<string, string>();
  for (const r of records) if (r.event.supersedes) supersededBy.set(r.event.supersedes, r.event.id);
  const v = variantFor(await variants(run), VIGIL_DEFAULT.partialDates, VIGIL_DEFAULT.termEnds);
  const history = await run<{
    status: Status;
    day_from: string;
    day_to: string;
    evidence: string[];
    charges: string[];
    flags: StatusFlag[];
  }>(sql`
    SELECT status, day_from, day_to, evidence, charges, flags FROM case_history
    WHERE case_pk = ${stored.pk} AND variant = ${v.id} AND known_to = 'infinity'
    ORDER BY day_from`);
  const changes = await run<{ changed_at: string; origin: string; before: Case; after: Case }>(sql`
    SELECT changed_at, origin, before, after FROM case_changes WHERE case_pk = ${stored.pk}
    ORDER BY id`);
  return {
    case: stored.record,
    actorId: meta?.actor_id ?? null,
    records: records
      .map(({ event, sources, ...r }) => {
        const hide = sources.map((x) => x.documentId !== null && withheld.has(x.documentId));
        return {
          ...r,
          event: {
            ...event,
            sources: event.sources.map((x, i) =>
              hide[i] ? { sourceId: null, url: null, note: null } : x,
            ),
          },
          sources: sources.map((x, i) =>
            hide[i]
              ? { sourceId: null, url: null, note: null, documentId: null, start: null, end: null }
              : x,
          ),
        };
      })
      .map((r) => ({
        event: r.event,
        sources: r.sources,
        live: live.has(r.event.id),
        supersededBy: supersededBy.get(r.event.id) ?? null,
        origin: r.origin,
        writtenAt: r.writtenAt,
      })),
    history: history.map((h): StatusInterval => ({
      status: h.status,
      from: h.day_from,
      to: openToNull(h.day_to),
      evidence: h.evidence,
      charges: h.charges,
      flags: h.flags,
    })),
    changes: changes.map((c) => ({
      changedAt: c.changed_at,
      origin: c.origin,
      before: c.before,
      after: c.after,
    })),
  };
}
