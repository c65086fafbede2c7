import { sql, type SQL } from "drizzle-orm";
import type { ActorKind } from "../core/types.js";
import { Conflict, NotFound } from "../errors.js";
import { canonicalOf, visibleCanonical } from "./actor-canonical.js";
import { kindsCompatible } from "./actor-rules.js";
import { writeAudit } from "./audit/audit-store.js";
import type { ChangeBy } from "./audit/audit-types.js";
import { HIDDEN_ACTORS } from "./confidential-sql.js";
import type { Visibility } from "./confidential-types.js";
import type { Db } from "./db.js";
import { runner } from "./register/register-sql.js";
import type { MergeRecord } from "./store-types.js";
import { list, rows } from "./sql.js";

// Merges, splits and their undoing: each a transaction that records itself in `actor_merges`
// and the audit log, so that any of them can be undone later.

/** Merges and splits that involve no confidential person, for readers without the right. */
export const visibleMerges = (v: Visibility): SQL =>
  v.confidential
    ? sql`TRUE`
    : sql`m.into_actor_id NOT IN ${HIDDEN_ACTORS} AND m.from_actor_id NOT IN ${HIDDEN_ACTORS}`;

export function createActorMerges(db: Db) {
  const q = <R>(query: SQL) => rows<R>(db.orm, query);

  async function mergeRecords(where: SQL): Promise<MergeRecord[]> {
    const found = await q<{
      id: number;
      kind: "merge" | "split";
      into_id: number;
      into_name: string;
      from_id: number;
      from_name: string;
      document_actor_ids: number[];
      evidence: Record<string, unknown>;
      automatic: boolean;
      created_at: string;
      undone_at: string | null;
    }>(sql`
      SELECT m.id, m.kind, m.into_actor_id AS into_id, i.name AS into_name,
             m.from_actor_id AS from_id, f.name AS from_name, m.document_actor_ids, m.evidence,
             m.automatic, m.created_at, m.undone_at
      FROM actor_merges m JOIN actors i ON i.id = m.into_actor_id JOIN actors f ON f.id = m.from_actor_id
      WHERE ${where} ORDER BY m.id`);
    return found.map((r) => ({
      id: r.id,
      kind: r.kind,
      into: { id: r.into_id, name: r.into_name },
      from: { id: r.from_id, name: r.from_name },
      documentActorIds: r.document_actor_ids,
      evidence: r.evidence,
      automatic: r.automatic,
      createdAt: r.created_at,
      undoneAt: r.undone_at,
    }));
  }

  /** After an unmerge `root` is a root again: it and everything merged into it resolve to it. */
  async function reroot(tx: Db["orm"], root: number): Promise<void> {
    await tx.execute(sql`
      WITH RECURSIVE sub(id) AS (
        SELECT ${root}::bigint UNION SELECT a.id FROM actors a JOIN sub ON a.merged_into = sub.id
      )
      UPDATE actors SET canonical_id = ${root} WHERE id IN (SELECT id FROM sub)`);
  }

  return {
    mergeRecords,
    async mergeActors(
      intoId: number,
      fromId: number,
      reason = "",
      by?: string,
    ): Promise<MergeRecord> {
      const id = await db.orm.transaction(async (tx) => {
        const into = await canonicalOf(tx, intoId);
        const from = await canonicalOf(tx, fromId);
        if (into.id === from.id)
          throw new Conflict(`actors ${intoId} and ${fromId} are already one actor (${into.id})`);
        if (!kindsCompatible(into.kind, from.kind))
          throw new Conflict(
            `cannot merge a ${from.kind} (${from.name}) into a ${into.kind} (${into.name})`,
          );
        await tx.execute(sql`UPDATE actors SET merged_into = ${into.id} WHERE id = ${from.id}`);
        await tx.execute(
          sql`UPDATE actors SET canonical_id = ${into.id} WHERE canonical_id = ${from.id}`,
        );
        const [m] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO actor_merges (kind, into_actor_id, from_actor_id, evidence, automatic)
              VALUES ('merge', ${into.id}, ${from.id}, ${JSON.stringify({ by: "user", reason, intoName: into.name, fromName: from.name })}::jsonb, false)
              RETURNING id`,
        );
        const pair = { into: named(into), from: named(from), merge: m!.id };
        await writeAudit(runner(tx), { by, why: reason }, [
          {
            action: "actor.merge",
            type: "actor",
            id: from.id,
            before: { mergedInto: null },
            after: pair,
          },
          { action: "actor.merge", type: "actor", id: into.id, after: pair },
        ]);
        return m!.id;
      });
      return (await mergeRecords(sql`m.id = ${id}`))[0]!;
    },

    async splitActor(
      actorId: number,
      documentIds: number[],
      reason = "",
      by?: string,
    ): Promise<MergeRecord> {
      const id = await db.orm.transaction(async (tx) => {
        const c = await canonicalOf(tx, actorId);
        const moved = await rows<{
          id: number;
          actor_id: number;
          name: string;
          kind: ActorKind;
          key: string;
        }>(
          tx,
          sql`SELECT da.id, da.actor_id, da.name, da.kind, da.key FROM document_actors da
              JOIN actors a ON a.id = da.actor_id
              WHERE a.canonical_id = ${c.id} AND da.document_id = ANY(${list(documentIds)}::bigint[]) ORDER BY da.id`,
        );
        if (moved.length === 0)
          throw new NotFound(`a mention of actor ${c.id} in document(s) ${documentIds.join(", ")}`);
        const first = moved[0]!;
        const [created] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO actors (name, kind, key) VALUES (${first.name}, ${first.kind}, ${first.key}) RETURNING id`,
        );
        const newId = created!.id;
        await tx.execute(sql`UPDATE actors SET canonical_id = id WHERE id = ${newId}`);
        await tx.execute(
          sql`INSERT INTO actor_aliases (actor_id, alias, key)
              SELECT DISTINCT ${newId}::bigint, da.name, da.key FROM document_actors da
              WHERE da.id = ANY(${list(moved.map((m) => m.id))}::bigint[]) ON CONFLICT DO NOTHING`,
        );
        await tx.execute(
          sql`UPDATE document_actors SET actor_id = ${newId} WHERE id = ANY(${list(moved.map((m) => m.id))}::bigint[])`,
        );
        const previous = Object.fromEntries(moved.map((m) => [m.id, m.actor_id]));
        const [m] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO actor_merges (kind, into_actor_id, from_actor_id, document_actor_ids, evidence, automatic)
              VALUES ('split', ${newId}, ${c.id}, ${JSON.stringify(moved.map((x) => x.id))}::jsonb,
                      ${JSON.stringify({ by: "user", reason, documents: documentIds, previous })}::jsonb, false)
              RETURNING id`,
        );
        const split = {
          from: named(c),
          into: { id: newId, name: first.name },
          documents: documentIds,
          merge: m!.id,
        };
        await writeAudit(runner(tx), { by, why: reason }, [
          { action: "actor.split", type: "actor", id: c.id, after: split },
          { action: "actor.split", type: "actor", id: newId, before: null, after: split },
        ]);
        return m!.id;
      });
      return (await mergeRecords(sql`m.id = ${id}`))[0]!;
    },

    async unmerge(mergeId: number, change: ChangeBy = {}): Promise<MergeRecord> {
      await db.orm.transaction(async (tx) => {
        const [m] = await rows<{
          kind: string;
          into_actor_id: number;
          from_actor_id: number;
          document_actor_ids: number[];
          evidence: { previous?: Record<string, number> };
          undone_at: string | null;
        }>(
          tx,
          sql`SELECT kind, into_actor_id, from_actor_id, document_actor_ids, evidence, undone_at
                   FROM actor_merges WHERE id = ${mergeId} FOR UPDATE`,
        );
        if (!m) throw new NotFound(`merge ${mergeId}`);
        if (m.undone_at) throw new Conflict(`merge ${mergeId} was already undone (${m.undone_at})`);
        if (m.kind === "merge") {
          const [cur] = await rows<{ merged_into: number | null }>(
            tx,
            sql`SELECT merged_into FROM actors WHERE id = ${m.from_actor_id}`,
          );
          if (cur?.merged_into !== m.into_actor_id)
            throw new Conflict(
              `merge ${mergeId} no longer holds: actor ${m.from_actor_id} has been merged since`,
            );
          await tx.execute(sql`UPDATE actors SET merged_into = NULL WHERE id = ${m.from_actor_id}`);
          await reroot(tx, m.from_actor_id);
        } else {
          const previous = m.evidence.previous ?? {};
          for (const daId of m.document_actor_ids) {
            const back = previous[String(daId)] ?? m.from_actor_id;
            await tx.execute(
              sql`UPDATE document_actors SET actor_id = ${back} WHERE id = ${daId} AND actor_id = ${m.into_actor_id}`,
            );
          }
        }
        await tx.execute(sql`UPDATE actor_merges SET undone_at = now() WHERE id = ${mergeId}`);
        const undone = {
          kind: m.kind,
          into: m.into_actor_id,
          from: m.from_actor_id,
          merge: mergeId,
        };
        await writeAudit(
          runner(tx),
          change,
          [m.from_actor_id, m.into_actor_id].map((id) => ({
            action: "actor.undo",
            type: "actor" as const,
            id,
            before: { ...undone, undone: false },
            after: { ...undone, undone: true },
          })),
        );
      });
      return (await mergeRecords(sql`m.id = ${mergeId}`))[0]!;
    },

    async history(actorId?: number, v: Visibility = {}): Promise<MergeRecord[]> {
      if (actorId === undefined) return mergeRecords(visibleMerges(v));
      const c = await visibleCanonical(db.orm, actorId, v);
      return mergeRecords(
        sql`(m.into_actor_id IN (SELECT id FROM actors WHERE canonical_id = ${c.id})
             OR m.from_actor_id IN (SELECT id FROM actors WHERE canonical_id = ${c.id})
             OR m.into_actor_id = ${actorId} OR m.from_actor_id = ${actorId})
            AND ${visibleMerges(v)}`,
      );
    },
  };
}

function named(a: { id: number; name: string }): { id: number; name: string } {
  return { id: a.id, name: a.name };
}
