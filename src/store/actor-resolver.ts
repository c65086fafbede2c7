import { inArray, sql } from "drizzle-orm";
import { matchKey } from "../core/text/normalise.js";
import type { Actor, ActorKind } from "../core/types.js";
import {
  contextKeys,
  decideLink,
  isFullName,
  lookupKeys,
  type Candidate,
  type Evidence,
  type Mention,
} from "./actor-rules.js";
import type { Backend, Orm } from "./db.js";
import { actorAliases, actors } from "./schema/index.js";
import { list, rows } from "./sql.js";

export interface ResolvedActor {
  actorId: number;
  rule: string;
  evidence: Evidence;
}

const MAX_CONTEXT = 50;

/**
 * Links each actor of one document to an actor across documents, creating actors for those no
 * rule links. Runs inside the document's transaction; on PostgreSQL, concurrent writers lock the
 * names they look up so two of them cannot create the same actor twice.
 */
export async function resolveDocumentActors(
  tx: Orm,
  docActors: readonly Actor[],
  backend: Backend,
): Promise<ResolvedActor[]> {
  if (docActors.length === 0) return [];
  const mentions: Mention[] = docActors.map((a) => ({
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    roles: a.roles ?? [],
    orgs: a.orgs ?? [],
  }));
  const keysPer = mentions.map(lookupKeys);
  const allKeys = [...new Set(keysPer.flat())].sort();
  if (backend === "postgres" && allKeys.length > 0)
    await tx.execute(
      sql`SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM (SELECT k FROM unnest(${list(allKeys)}::text[]) AS k ORDER BY k) s`,
    );
  const found =
    allKeys.length === 0
      ? []
      : await rows<{
          key: string;
          id: number;
          kind: ActorKind;
          name: string;
          roles: string[];
          orgs: string[];
        }>(
          tx,
          sql`SELECT al.key, c.id, c.kind, c.name, c.roles, c.orgs
              FROM actor_aliases al
              JOIN actors a ON a.id = al.actor_id
              JOIN actors c ON c.id = a.canonical_id
              WHERE al.key = ANY(${list(allKeys)}::text[])`,
        );

  const decisions = mentions.map((m, i) => {
    const own = matchKey(m.name);
    const byActor = new Map<number, Candidate>();
    for (const r of found) {
      if (!keysPer[i]!.includes(r.key)) continue;
      const c = byActor.get(r.id) ?? {
        actorId: r.id,
        kind: r.kind,
        name: r.name,
        matched: [],
        byName: false,
        roles: r.roles,
        orgs: r.orgs,
      };
      if (!c.matched.includes(r.key)) c.matched.push(r.key);
      if (r.key === own) c.byName = true;
      byActor.set(r.id, c);
    }
    return decideLink(m, [...byActor.values()]);
  });

  // Actors to create: mentions of one document sharing a linkable name become one actor.
  const groups = new Map<string, number[]>();
  decisions.forEach((d, i) => {
    if (d.link) return;
    const m = mentions[i]!;
    const key = matchKey(m.name);
    const linkable = m.kind === "person" ? isFullName(key) && d.rule !== "ambiguous" : key !== "";
    const group = linkable ? `${m.kind === "person" ? "p" : "o"}:${key}` : `#${i}`;
    groups.set(group, [...(groups.get(group) ?? []), i]);
  });
  const groupList = [...groups.values()];
  const created =
    groupList.length === 0
      ? []
      : await tx
          .insert(actors)
          .values(
            groupList.map((members) => {
              const m = mentions[members[0]!]!;
              return {
                name: m.name,
                kind: m.kind,
                key: matchKey(m.name),
                roles: contextKeys(members.flatMap((k) => mentions[k]!.roles)).slice(
                  0,
                  MAX_CONTEXT,
                ),
                orgs: contextKeys(members.flatMap((k) => mentions[k]!.orgs)).slice(0, MAX_CONTEXT),
              };
            }),
          )
          .returning({ id: actors.id });
  if (created.length !== groupList.length) throw new Error("actor insert returned a wrong count");
  if (created.length > 0)
    await tx
      .update(actors)
      .set({ canonicalId: sql`${actors.id}` })
      .where(
        inArray(
          actors.id,
          created.map((c) => c.id),
        ),
      );

  const result: ResolvedActor[] = new Array(mentions.length);
  groupList.forEach((members, g) => {
    for (const i of members) {
      const d = decisions[i]!;
      result[i] = { actorId: created[g]!.id, rule: d.rule, evidence: d.evidence };
    }
  });
  const contextGrowth = new Map<
    number,
    { roles: Set<string>; orgs: Set<string>; had: Candidate | null }
  >();
  decisions.forEach((d, i) => {
    if (!d.link) return;
    result[i] = { actorId: d.actorId, rule: d.rule, evidence: d.evidence };
    const row = found.find((r) => r.id === d.actorId)!;
    const g = contextGrowth.get(d.actorId) ?? {
      roles: new Set(row.roles),
      orgs: new Set(row.orgs),
      had: null,
    };
    for (const r of contextKeys(mentions[i]!.roles)) g.roles.add(r);
    for (const o of contextKeys(mentions[i]!.orgs)) g.orgs.add(o);
    contextGrowth.set(d.actorId, g);
  });
  for (const [id, g] of contextGrowth) {
    const row = found.find((r) => r.id === id)!;
    if (g.roles.size === row.roles.length && g.orgs.size === row.orgs.length) continue;
    await tx
      .update(actors)
      .set({
        roles: [...g.roles].slice(0, MAX_CONTEXT),
        orgs: [...g.orgs].slice(0, MAX_CONTEXT),
      })
      .where(sql`${actors.id} = ${id}`);
  }

  // Every name and alias becomes a key the next document can be matched by.
  const aliasRows = new Map<string, { actorId: number; alias: string; key: string }>();
  mentions.forEach((m, i) => {
    for (const alias of [m.name, ...m.aliases]) {
      const key = matchKey(alias);
      if (key === "") continue;
      const actorId = result[i]!.actorId;
      aliasRows.set(`${actorId}:${alias}`, { actorId, alias, key });
    }
  });
  if (aliasRows.size > 0)
    await tx
      .insert(actorAliases)
      .values([...aliasRows.values()])
      .onConflictDoNothing();
  return result;
}
