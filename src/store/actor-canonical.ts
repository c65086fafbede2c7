import { sql } from "drizzle-orm";
import type { ActorKind } from "../core/types.js";
import { NotFound } from "../errors.js";
import { HIDDEN_ACTORS } from "./confidential-sql.js";
import type { Visibility } from "./confidential-types.js";
import type { Db } from "./db.js";
import { rows } from "./sql.js";

export type Canonical = { id: number; name: string; kind: ActorKind };

/** The actor `id` resolves to (itself unless merged into another). */
export async function canonicalOf(orm: Db["orm"], id: number): Promise<Canonical> {
  const [row] = await rows<Canonical>(
    orm,
    sql`
      SELECT c.id, c.name, c.kind FROM actors a JOIN actors c ON c.id = a.canonical_id WHERE a.id = ${id}`,
  );
  if (!row) throw new NotFound(`actor ${id}`);
  return row;
}

/** A confidential person answers as a missing one to readers without the right. */
export async function visibleCanonical(
  orm: Db["orm"],
  id: number,
  v: Visibility,
): Promise<Canonical> {
  const c = await canonicalOf(orm, id);
  if (v.confidential) return c;
  const [hidden] = await rows<{ id: number }>(
    orm,
    sql`SELECT ${c.id}::bigint AS id WHERE ${c.id}::bigint IN ${HIDDEN_ACTORS}`,
  );
  if (hidden) throw new NotFound(`actor ${id}`);
  return c;
}
