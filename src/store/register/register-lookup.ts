// The register's cases that the people named in a batch of ingested documents could be, read
// once per batch for the review queue's suggestions (src/store/register/suggestion-queue.ts).

import { sql } from "drizzle-orm";
import { nameTokens } from "../../core/register/suggest.js";
import type { Register } from "../../core/register/types.js";
import { escapeLike } from "../actor-service.js";
import { casesByPk, lastNameWord } from "./cases-store.js";
import { recordsOf } from "./records-store.js";
import { arr, type Run } from "./register-sql.js";

/** `name_key LIKE` for names holding these words in this order (a superset of "ends with"). */
function wordsInOrder(tokens: readonly string[]): string {
  return `%${tokens.map(escapeLike).join("%")}%`;
}

interface NameQuery {
  /** The name's words, space-joined: names with the same words are looked up once. */
  key: string;
  last: string;
  like: string;
}

/** A name as the register lookup reads it: the words to find in order, and the last one. */
function nameQuery(name: string): NameQuery | null {
  const tokens = nameTokens(name);
  const last = lastNameWord(name);
  return tokens.length > 0 && last
    ? { key: tokens.join(" "), last, like: wordsInOrder(tokens) }
    : null;
}

const queriesOf = (names: Iterable<string>): NameQuery[] =>
  [...names].flatMap((n) => nameQuery(n) ?? []);

/**
 * The register as far as the names of a transaction's documents go: cases whose name could end
 * with one of them (`suggest` decides), with their records. The last word alone would bring
 * every "Hung" of a large register and all their records into every document's transaction.
 * Names are looked up for a whole batch of documents at once (`load`), each a round trip and a
 * plan otherwise; ingest does not change the register, so what is found holds for the batch.
 */
export class RegisterLookup {
  /** Case row ids by name key, for every name looked up. */
  private readonly found = new Map<string, number[]>();

  constructor(private readonly run: Run) {}

  /** Looks up the names not looked up yet, in one query. */
  async load(names: Iterable<string>): Promise<void> {
    await this.fetch(queriesOf(names));
  }

  /** The cases (and their records) any of these names could be. */
  async registerFor(names: readonly string[]): Promise<Register> {
    const queries = queriesOf(names);
    await this.fetch(queries);
    const pks = new Set(queries.flatMap((q) => this.found.get(q.key)!));
    if (pks.size === 0) return { cases: [], events: [] };
    const cases = await casesByPk(this.run, [...pks]);
    const records = await recordsOf(
      this.run,
      cases.map((c) => c.pk),
    );
    return { cases: cases.map((c) => c.record), events: records.map((r) => r.event) };
  }

  private async fetch(queries: readonly NameQuery[]): Promise<void> {
    const wanted = [...new Map(queries.map((q) => [q.key, q])).values()].filter(
      (q) => !this.found.has(q.key),
    );
    if (wanted.length === 0) return;
    // Each name through the index on the last word: as a plain join the planner hashes the
    // names and reads every case (1,000,000 in a test: a third slower than a query per document).
    const lasts = arr(
      wanted.map((q) => q.last),
      "text",
    );
    const patterns = arr(
      wanted.map((q) => q.like),
      "text",
    );
    const hits = await this.run<{ i: number; pk: number }>(
      sql`SELECT w.i::int AS i, c.pk
          FROM unnest(${lasts}, ${patterns}) WITH ORDINALITY AS w(last, pattern, i)
          CROSS JOIN LATERAL (SELECT id AS pk FROM cases
            WHERE name_last = w.last AND name_key LIKE w.pattern OFFSET 0) c`,
    );
    for (const q of wanted) this.found.set(q.key, []);
    for (const h of hits) this.found.get(wanted[h.i - 1]!.key)!.push(h.pk);
  }
}
