import { sql } from "drizzle-orm";
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
import type { Orm } from "./db.js";
import { rows } from "./sql.js";

export interface ResolvedActor {
  actorId: number;
  rule: string;
  evidence: Evidence;
}

/** Rows for the store to write with the document: new actors, aliases, grown context. */
export interface ActorWrites {
  newActors: {
    id: number;
    name: string;
    kind: ActorKind;
    key: string;
    roles: string[];
    orgs: string[];
  }[];
  aliases: { actor_id: number; alias: string; key: string }[];
  context: { id: number; roles: string[]; orgs: string[] }[];
}

interface Known {
  id: number;
  kind: ActorKind;
  name: string;
  roles: string[];
  orgs: string[];
}

const MAX_CONTEXT = 50;

/**
 * What the store knows about actors, by lookup key, for the documents of one transaction. Keys
 * are fetched from the database once (`load`); actors created or grown by earlier documents of
 * the same transaction are added here, so a batch of documents needs no query per document to
 * resolve its actors. Ids for new actors are drawn from the actors' sequence in advance.
 */
export class ActorDirectory {
  private readonly byKey = new Map<string, Map<number, Known>>();
  private readonly byId = new Map<number, Known>();
  private readonly loaded = new Set<string>();
  private spareIds: number[] = [];

  /**
   * `idBlock`: how many actor ids to draw from the sequence at a time. A batch in one
   * transaction draws a block; a transaction per document draws exactly what it needs.
   */
  constructor(
    private readonly tx: Orm,
    private readonly idBlock = 1,
  ) {}

  /** Fetches the actors known under these keys (those not fetched yet). */
  async load(keys: Iterable<string>): Promise<void> {
    const wanted = [...new Set(keys)].filter((k) => !this.loaded.has(k)).sort();
    if (wanted.length === 0) return;
    const found = await rows<Known & { key: string }>(
      this.tx,
      sql`SELECT al.key, c.id, c.kind, c.name, c.roles, c.orgs
          FROM actor_aliases al
          JOIN actors a ON a.id = al.actor_id
          JOIN actors c ON c.id = a.canonical_id
          WHERE al.key = ANY(${sql.param(wanted)}::text[])`,
    );
    for (const k of wanted) this.loaded.add(k);
    for (const r of found) this.remember(r.key, r);
  }

  /** On PostgreSQL: lock these keys until commit, so concurrent writers resolve them in turn. */
  async lock(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.tx.execute(
      sql`SELECT count(pg_advisory_xact_lock(hashtext(k)))
          FROM (SELECT k FROM unnest(${sql.param([...new Set(keys)].sort())}::text[]) AS k ORDER BY k) s`,
    );
  }

  private remember(key: string, actor: Known): void {
    const canonical = this.byId.get(actor.id) ?? actor;
    this.byId.set(actor.id, canonical);
    let m = this.byKey.get(key);
    if (!m) this.byKey.set(key, (m = new Map()));
    m.set(actor.id, canonical);
  }

  private async reserveIds(n: number): Promise<void> {
    if (this.spareIds.length >= n) return;
    const count = Math.max(n - this.spareIds.length, this.idBlock);
    const got = await rows<{ id: number }>(
      this.tx,
      sql`SELECT nextval(pg_get_serial_sequence('actors', 'id')) AS id
          FROM generate_series(1, ${count}::int)`,
    );
    this.spareIds.push(...got.map((r) => r.id));
  }

  /**
   * Links each actor of one document to an actor across documents, deciding by the rules in
   * actor-rules.ts; actors no rule links are created. Returns the links and the rows to write.
   */
  async resolve(
    docActors: readonly Actor[],
  ): Promise<{ resolved: ResolvedActor[]; writes: ActorWrites }> {
    const writes: ActorWrites = { newActors: [], aliases: [], context: [] };
    if (docActors.length === 0) return { resolved: [], writes };
    const mentions: Mention[] = docActors.map((a) => ({
      name: a.name,
      kind: a.kind,
      aliases: a.aliases ?? [],
      roles: a.roles ?? [],
      orgs: a.orgs ?? [],
    }));
    const keysPer = mentions.map(lookupKeys);
    await this.load(keysPer.flat());

    const decisions = mentions.map((m, i) => {
      const own = matchKey(m.name);
      const byActor = new Map<number, Candidate>();
      for (const key of keysPer[i]!)
        for (const known of this.byKey.get(key)?.values() ?? []) {
          const c = byActor.get(known.id) ?? {
            actorId: known.id,
            kind: known.kind,
            name: known.name,
            matched: [],
            byName: false,
            roles: known.roles,
            orgs: known.orgs,
          };
          if (!c.matched.includes(key)) c.matched.push(key);
          if (key === own) c.byName = true;
          byActor.set(known.id, c);
        }
      return decideLink(m, [...byActor.values()]);
    });

    // Mentions of one document sharing a linkable name become one new actor.
    const groups = new Map<string, number[]>();
    decisions.forEach((d, i) => {
      if (d.link) return;
      const m = mentions[i]!;
      const key = matchKey(m.name);
      const linkable = m.kind === "person" ? isFullName(key) && d.rule !== "ambiguous" : key !== "";
      const group = linkable ? `${m.kind === "person" ? "p" : "o"}:${key}` : `#${i}`;
      groups.set(group, [...(groups.get(group) ?? []), i]);
    });
    const resolved: ResolvedActor[] = new Array(mentions.length);
    await this.reserveIds(groups.size);
    for (const members of groups.values()) {
      const first = mentions[members[0]!]!;
      const actor: Known = {
        id: this.spareIds.shift()!,
        kind: first.kind,
        name: first.name,
        roles: contextKeys(members.flatMap((k) => mentions[k]!.roles)).slice(0, MAX_CONTEXT),
        orgs: contextKeys(members.flatMap((k) => mentions[k]!.orgs)).slice(0, MAX_CONTEXT),
      };
      writes.newActors.push({ ...actor, key: matchKey(first.name) });
      for (const i of members) {
        const d = decisions[i]!;
        resolved[i] = { actorId: actor.id, rule: d.rule, evidence: d.evidence };
      }
      // Linkable only by the keys the rules allow (a lone "Hằng" is never found again).
      for (const i of members) for (const key of keysPer[i]!) this.remember(key, actor);
    }

    const grown = new Map<number, Known>();
    decisions.forEach((d, i) => {
      if (!d.link) return;
      resolved[i] = { actorId: d.actorId, rule: d.rule, evidence: d.evidence };
      const known = this.byId.get(d.actorId)!;
      const roles = contextKeys([...known.roles, ...mentions[i]!.roles]).slice(0, MAX_CONTEXT);
      const orgs = contextKeys([...known.orgs, ...mentions[i]!.orgs]).slice(0, MAX_CONTEXT);
      if (roles.length !== known.roles.length || orgs.length !== known.orgs.length) {
        known.roles = roles;
        known.orgs = orgs;
        grown.set(known.id, known);
      }
      // The names this document used become keys for the next documents in this batch.
      for (const key of keysPer[i]!) this.remember(key, known);
    });
    for (const g of grown.values()) writes.context.push({ id: g.id, roles: g.roles, orgs: g.orgs });

    // Every spelling of every name becomes a key the next document can be matched by.
    const seen = new Set<string>();
    mentions.forEach((m, i) => {
      for (const alias of [m.name, ...m.aliases]) {
        const key = matchKey(alias);
        const actorId = resolved[i]!.actorId;
        if (key === "" || seen.has(`${actorId}:${alias}`)) continue;
        seen.add(`${actorId}:${alias}`);
        writes.aliases.push({ actor_id: actorId, alias, key });
      }
    });
    return { resolved, writes };
  }
}
