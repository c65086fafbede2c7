// Marking cases, people (actors) and sources confidential, with the audit entry in the same
// transaction; and what readers without the right must not see of them (docs/api.md,
// "Confidentiality").

import { sql } from "drizzle-orm";
import { Conflict, NotFound, UsageError } from "../errors.js";
import { writeAudit, type NewAuditEntry } from "./audit/audit-store.js";
import { parseRecordRef, type AuditRecordRef } from "./audit/audit-types.js";
import { HIDDEN_ACTORS, HIDDEN_CASES, HIDDEN_DOCUMENT_ACTORS } from "./confidential-sql.js";
import type {
  ConfidentialRequest,
  ConfidentialResult,
  ConfidentialService,
} from "./confidential-types.js";
import type { Db, Orm } from "./db.js";
import { casesById, updateCase } from "./register/cases-store.js";
import { lockRegister, runner, type Run } from "./register/register-sql.js";
import { list, rows } from "./sql.js";

/** Mention spans of confidential people in these documents, by document. */
export async function hiddenSpans(
  orm: Orm,
  documentIds: readonly number[],
): Promise<Map<number, [number, number][]>> {
  const out = new Map<number, [number, number][]>();
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return out;
  const found = await rows<{ document_id: number; char_start: number; char_end: number }>(
    orm,
    sql`SELECT document_id, char_start, char_end FROM actor_mentions
        WHERE document_id = ANY(${list(ids)}::bigint[])
          AND document_actor_id IN ${HIDDEN_DOCUMENT_ACTORS}`,
  );
  for (const r of found)
    out.set(r.document_id, [...(out.get(r.document_id) ?? []), [r.char_start, r.char_end]]);
  return out;
}

/** Whether anything is confidential at all: readers skip their filters when nothing is. */
export async function anythingHidden(
  orm: Orm,
): Promise<{ actors: boolean; documents: boolean; cases: boolean }> {
  const [r] = await rows<{ actors: boolean; documents: boolean; cases: boolean }>(
    orm,
    sql`SELECT EXISTS (SELECT 1 FROM actors WHERE confidential)
          OR EXISTS (SELECT 1 FROM cases WHERE confidential AND actor_id IS NOT NULL) AS actors,
        EXISTS (SELECT 1 FROM documents WHERE confidential) AS documents,
        EXISTS (SELECT 1 FROM cases WHERE confidential) AS cases`,
  );
  return { actors: !!r?.actors, documents: !!r?.documents, cases: !!r?.cases };
}

async function markSource(run: Run, id: string, on: boolean): Promise<NewAuditEntry[]> {
  const [doc] = await run<{ confidential: boolean }>(
    sql`SELECT confidential FROM documents WHERE id = ${Number(id)} FOR UPDATE`,
  );
  if (!doc) throw new NotFound(`source ${id}`);
  if (doc.confidential === on) return [];
  await run(sql`UPDATE documents SET confidential = ${on} WHERE id = ${Number(id)}`);
  return [change("source", id, doc.confidential, on)];
}

async function markCase(
  run: Run,
  id: string,
  on: boolean,
  because: string | null,
): Promise<NewAuditEntry[]> {
  const stored = (await casesById(run, [id])).get(id);
  if (!stored) throw new NotFound(`case ${id}`);
  if (stored.record.confidential === on) return [];
  if (!on) {
    // Hidden by its person: marked, or linked to another confidential case.
    const [person] = await run<{ id: number }>(
      sql`SELECT m.canonical_id AS id FROM cases k JOIN actors m ON m.id = k.actor_id
          WHERE k.id = ${stored.pk} AND (
            EXISTS (SELECT 1 FROM actors x WHERE x.canonical_id = m.canonical_id AND x.confidential)
            OR EXISTS (SELECT 1 FROM cases o JOIN actors x ON x.id = o.actor_id
                       WHERE x.canonical_id = m.canonical_id AND o.confidential AND o.id <> k.id))`,
    );
    if (person)
      throw new Conflict(
        `case ${id} stays confidential while its person (actor ${person.id}) is; clear the actor first`,
      );
  }
  const after = { ...stored.record, confidential: on };
  await updateCase(run, stored.pk, stored.record, after, because ?? "confidential");
  return [change("case", id, !on, on, because)];
}

async function markActor(run: Run, id: string, on: boolean): Promise<NewAuditEntry[]> {
  const [root] = await run<{ id: number; confidential: boolean }>(
    sql`SELECT c.id, EXISTS (SELECT 1 FROM actors m WHERE m.canonical_id = c.id AND m.confidential)
          AS confidential
        FROM actors a JOIN actors c ON c.id = a.canonical_id WHERE a.id = ${Number(id)}`,
  );
  if (!root) throw new NotFound(`actor ${id}`);
  const entries: NewAuditEntry[] = [];
  if (!on) {
    const held = await run<{ case_id: string }>(
      sql`SELECT k.case_id FROM cases k JOIN actors m ON m.id = k.actor_id
          WHERE m.canonical_id = ${root.id} AND k.confidential ORDER BY k.case_id`,
    );
    if (held.length > 0)
      throw new Conflict(
        `actor ${id} stays confidential while case ${held.map((h) => h.case_id).join(", ")} is; clear the case first`,
      );
  }
  if (root.confidential !== on) {
    // Every member of the group: an undone merge leaves both halves as marked as the whole was.
    await run(sql`UPDATE actors SET confidential = ${on} WHERE canonical_id = ${root.id}`);
    entries.push(change("actor", String(root.id), root.confidential, on));
  }
  if (on) {
    // The register names the person too: their cases become confidential with them.
    const linked = await run<{ case_id: string }>(
      sql`SELECT k.case_id FROM cases k JOIN actors m ON m.id = k.actor_id
          WHERE m.canonical_id = ${root.id} AND NOT k.confidential ORDER BY k.case_id`,
    );
    for (const k of linked)
      entries.push(...(await markCase(run, k.case_id, true, `confidential with actor ${root.id}`)));
  }
  return entries;
}

function change(
  type: "case" | "actor" | "source",
  id: string,
  before: boolean,
  after: boolean,
  because: string | null = null,
): NewAuditEntry {
  return {
    action: `${type}.confidential`,
    type,
    id,
    before: { confidential: before },
    after: { confidential: after, ...(because ? { because } : {}) },
  };
}

export function createConfidentialService(db: Db): ConfidentialService {
  return {
    async setConfidential(req: ConfidentialRequest): Promise<ConfidentialResult> {
      const ref = parseRecordRef(req.record);
      if (ref.type !== "case" && ref.type !== "actor" && ref.type !== "source")
        throw new UsageError("only a case, an actor (a person) or a source can be confidential");
      const on = req.confidential;
      return db.orm.transaction(async (tx) => {
        const run = runner(tx);
        // Case edits queue behind imports and reviews, as every register writer does.
        if (ref.type !== "source") await lockRegister(run);
        const entries =
          ref.type === "source"
            ? await markSource(run, ref.id, on)
            : ref.type === "case"
              ? await markCase(run, ref.id, on, null)
              : await markActor(run, ref.id, on);
        await writeAudit(run, req, entries);
        const changed: AuditRecordRef[] = entries.map((e) => ({ type: e.type, id: String(e.id) }));
        return { record: ref, confidential: on, changed };
      });
    },

    confidentialNames: () => confidentialNames(db),
  };
}

/** Names and aliases of confidential people and cases. */
export async function confidentialNames(db: Db): Promise<string[]> {
  const found = await rows<{ name: string }>(
    db.orm,
    sql`SELECT a.name FROM actors a WHERE a.id IN ${HIDDEN_ACTORS}
            UNION SELECT al.alias FROM actor_aliases al WHERE al.actor_id IN ${HIDDEN_ACTORS}
            UNION SELECT da.name FROM document_actors da WHERE da.actor_id IN ${HIDDEN_ACTORS}
            UNION SELECT jsonb_array_elements_text(da.aliases) FROM document_actors da
              WHERE da.actor_id IN ${HIDDEN_ACTORS} AND jsonb_typeof(da.aliases) = 'array'
            UNION SELECT k.name FROM cases k WHERE k.case_id IN ${HIDDEN_CASES}
            UNION SELECT k.actor FROM cases k
              WHERE k.case_id IN ${HIDDEN_CASES} AND k.actor IS NOT NULL`,
  );
  return found.map((r) => r.name);
}
