// Writing and reading the audit log. Writers call `writeAudit` inside the transaction that makes
// the change, so the change and its entries commit together or not at all.

import { sql, type SQL } from "drizzle-orm";
import {
  HIDDEN_ACTORS,
  HIDDEN_CASES,
  HIDDEN_CHECKS,
  HIDDEN_DOCUMENTS,
} from "../confidential-sql.js";
import type { Db } from "../db.js";
import { arr, batches, unnest, type Run } from "../register/register-sql.js";
import { rows } from "../sql.js";
import {
  NOBODY,
  parseRecordRef,
  whyOf,
  type AuditEntry,
  type AuditQuery,
  type AuditRecordType,
  type ChangeBy,
} from "./audit-types.js";

export interface NewAuditEntry {
  action: string;
  type: AuditRecordType;
  id: string | number;
  before?: unknown;
  after?: unknown;
}

/** Entries for one change, written in the caller's transaction (one statement per 5,000). */
export async function writeAudit(
  run: Run,
  change: ChangeBy & { at?: string | null },
  entries: readonly NewAuditEntry[],
): Promise<void> {
  const who = change.by?.trim() || NOBODY;
  const why = whyOf(change.why);
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  for (const part of batches(entries)) {
    await run(sql`
      INSERT INTO audit_log (at, who, action, record_type, record_id, before, after, why)
      SELECT coalesce(${change.at ?? null}::timestamptz, now()), ${who}, u.action, u.type, u.id,
        u.before, u.after, ${why}
      FROM ${unnest([
        arr(
          part.map((e) => e.action),
          "text",
        ),
        arr(
          part.map((e) => e.type),
          "text",
        ),
        arr(
          part.map((e) => String(e.id)),
          "text",
        ),
        arr(
          part.map((e) => json(e.before)),
          "jsonb",
        ),
        arr(
          part.map((e) => json(e.after)),
          "jsonb",
        ),
      ])} AS u(action, type, id, before, after)`);
  }
}

type Row = {
  id: number;
  at: string;
  who: string;
  action: string;
  record_type: AuditRecordType;
  record_id: string;
  before: unknown;
  after: unknown;
  why: string | null;
};

/** Entries of records the reader may not see: confidential ones, and accounts for non-admins. */
function hidden(q: AuditQuery): SQL[] {
  const out: SQL[] = [];
  if (!q.users) out.push(sql`a.record_type <> 'user'`);
  if (!q.confidential)
    out.push(sql`NOT (
      (a.record_type = 'case' AND a.record_id IN ${HIDDEN_CASES})
      OR (a.record_type = 'actor' AND a.record_id IN (SELECT x.id::text FROM ${HIDDEN_ACTORS} x))
      OR (a.record_type = 'source' AND a.record_id IN (SELECT x.id::text FROM ${HIDDEN_DOCUMENTS} x))
      OR (a.record_type = 'check' AND a.record_id IN (SELECT x.id::text FROM ${HIDDEN_CHECKS} x)))`);
  return out;
}

/**
 * Entries, newest first. A record the reader may not see answers as one without entries: the
 * same empty page, so a confidential record cannot be told from a missing one.
 */
export async function listAudit(db: Db, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const where: SQL[] = [sql`TRUE`, ...hidden(q)];
  if (q.record !== undefined) {
    const ref = parseRecordRef(q.record);
    where.push(sql`a.record_type = ${ref.type} AND a.record_id = ${ref.id}`);
  }
  const limit = Math.max(1, Math.min(q.limit ?? 50, 10_000));
  const found = await rows<Row>(
    db.orm,
    sql`SELECT a.id, a.at, a.who, a.action, a.record_type, a.record_id, a.before, a.after, a.why
        FROM audit_log a WHERE ${sql.join(where, sql` AND `)}
        ORDER BY a.id DESC LIMIT ${limit} OFFSET ${Math.max(0, q.offset ?? 0)}`,
  );
  return found.map((r) => ({
    id: r.id,
    at: r.at,
    who: r.who,
    action: r.action,
    record: { type: r.record_type, id: r.record_id },
    before: r.before,
    after: r.after,
    why: r.why,
  }));
}
