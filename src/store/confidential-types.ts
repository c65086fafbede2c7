// Marking records confidential, part of the StoreService: plain data in and out.

import type { AuditRecordRef, ChangeBy } from "./audit/audit-types.js";

export interface ConfidentialRequest extends ChangeBy {
  /** `case:VN-001`, `actor:12` or `source:3`. */
  record: string;
  /** True to mark, false to clear. */
  confidential: boolean;
}

export interface ConfidentialResult {
  record: AuditRecordRef;
  confidential: boolean;
  /** Every record whose mark changed: the one asked for, and cases linked to a person marked. */
  changed: AuditRecordRef[];
}

/** Who may see confidential records: every reader of the store takes this (default: no one). */
export interface Visibility {
  confidential?: boolean;
}

export interface ConfidentialService {
  setConfidential(req: ConfidentialRequest): Promise<ConfidentialResult>;
  /** Names and aliases of confidential people and cases: what answers to others mask. */
  confidentialNames(): Promise<string[]>;
}

export const CONFIDENTIAL_METHODS = [
  "setConfidential",
  "confidentialNames",
] as const satisfies readonly (keyof ConfidentialService)[];
