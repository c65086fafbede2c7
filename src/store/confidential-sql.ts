import { sql, type SQL } from "drizzle-orm";

// What confidentiality hides, as SQL every reader shares (docs/api.md, "Confidentiality"):
//
// - a confidential source, with everything extracted from it;
// - a confidential person: an actor group (an actor and everything merged into it) with a member
//   marked, or linked to a confidential case;
// - a confidential case.
//
// Each is a small set read through a partial index, so leaving them out costs little.

/** Every actor (each member of a group) that is confidential. */
export const HIDDEN_ACTORS: SQL = sql`(SELECT h.id FROM actors h WHERE h.canonical_id IN (
  SELECT m.canonical_id FROM actors m WHERE m.confidential
  UNION
  SELECT m.canonical_id FROM cases k JOIN actors m ON m.id = k.actor_id WHERE k.confidential))`;

/** Confidential sources. */
export const HIDDEN_DOCUMENTS: SQL = sql`(SELECT h.id FROM documents h WHERE h.confidential)`;

/** Document actors that stand for a confidential actor. */
export const HIDDEN_DOCUMENT_ACTORS: SQL = sql`(SELECT h.id FROM document_actors h
  WHERE h.actor_id IN ${HIDDEN_ACTORS})`;

/** Confidential cases' ids (`VN-001`): marked, or whose actor is confidential. */
export const HIDDEN_CASES: SQL = sql`(SELECT k.case_id FROM cases k
  WHERE k.confidential OR k.actor_id IN ${HIDDEN_ACTORS})`;

/**
 * Checks that rest on a confidential record: the claim is a statement from a confidential source
 * or by a confidential person.
 */
export const HIDDEN_CHECKS: SQL = sql`(SELECT k.id FROM checks k JOIN statements s ON s.id = k.statement_id
  WHERE s.document_id IN ${HIDDEN_DOCUMENTS} OR s.document_actor_id IN ${HIDDEN_DOCUMENT_ACTORS})`;

/** `TRUE` for readers who may see confidential records, else `condition`. */
export function unlessAllowed(allowed: boolean | undefined, condition: SQL): SQL {
  return allowed ? sql`TRUE` : condition;
}
