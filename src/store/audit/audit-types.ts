// The audit log's service surface, part of the StoreService: plain data in and out.

import { UsageError } from "../../errors.js";

export const AUDIT_RECORD_TYPES = ["case", "actor", "source", "check", "user"] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

/** A record as users name it: `case:VN-001`, `actor:12`, `source:3`, `check:7`, `user:mai`. */
export interface AuditRecordRef {
  type: AuditRecordType;
  id: string;
}

/** One change to one record. */
export interface AuditEntry {
  id: number;
  at: string;
  who: string;
  /** `case.create`, `case.update`, `case.records`, `actor.merge`, `check.publish`, … */
  action: string;
  record: AuditRecordRef;
  before: unknown;
  after: unknown;
  why: string | null;
}

/** Who makes a change and why: what every state-changing store method takes. */
export interface ChangeBy {
  /** A user name (default `vigil`). */
  by?: string;
  why?: string | null;
}

export interface AuditQuery {
  /** One record's entries (`case:VN-001`); all records when absent. */
  record?: string;
  limit?: number;
  offset?: number;
  /** Entries of confidential records too (default: left out). */
  confidential?: boolean;
  /** Entries of user accounts too (default: left out; admins only). */
  users?: boolean;
}

export interface AuditService {
  /** Entries, newest first. */
  auditList(q?: AuditQuery): Promise<AuditEntry[]>;
}

export const AUDIT_METHODS = ["auditList"] as const satisfies readonly (keyof AuditService)[];

export function parseRecordRef(s: string): AuditRecordRef {
  const m = /^([a-z]+):(.+)$/.exec(s.trim());
  const type = m?.[1] as AuditRecordType | undefined;
  if (!m || !type || !AUDIT_RECORD_TYPES.includes(type))
    throw new UsageError(
      `a record is written TYPE:ID with TYPE one of ${AUDIT_RECORD_TYPES.join(", ")} (case:VN-001, actor:12)`,
    );
  const id = m[2]!.trim();
  if (type !== "case" && type !== "user" && !/^\d{1,15}$/.test(id))
    throw new UsageError(`a ${type} id is a number (${type}:12)`);
  return { type, id };
}

/** Who acted, when no one is named. */
export const NOBODY = "vigil";

/** A reason as stored: trimmed, empty as null, at most 2,000 characters. */
export function whyOf(why: string | null | undefined): string | null {
  const w = (why ?? "").trim();
  return w ? w.slice(0, 2000) : null;
}
