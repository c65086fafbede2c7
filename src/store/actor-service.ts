import { sql, type SQL } from "drizzle-orm";
import { matchKey } from "../core/text/normalise.js";
import { sentences } from "../core/text/segment.js";
import type { ActorKind } from "../core/types.js";
import { NotFound } from "../errors.js";
import { visibleCanonical as visibleCanonicalIn } from "./actor-canonical.js";
import { createActorMerges, visibleMerges } from "./actor-merges.js";
import { HIDDEN_ACTORS, HIDDEN_DOCUMENTS } from "./confidential-sql.js";
import type { Visibility } from "./confidential-types.js";
import type { Db } from "./db.js";
import type {
  ActorDetail,
  ActorListQuery,
  ActorStatement,
  ActorSummary,
  DocumentRef,
} from "./store-types.js";
import { list, rows } from "./sql.js";

type SummaryRow = {
  id: number;
  name: string;
  kind: ActorKind;
  documents: number;
  mentions: number;
  confidential: boolean;
};

export function likePattern(s: string): string {
  return "%" + escapeLike(matchKey(s)) + "%";
}

/** `s` matched literally inside a LIKE pattern (backslash is the default escape). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => "\\" + c);
}

export function createActorService(db: Db) {
  const q = <R>(query: SQL) => rows<R>(db.orm, query);
  const { mergeRecords, ...merges } = createActorMerges(db);
  const visibleCanonical = (id: number, v: Visibility) => visibleCanonicalIn(db.orm, id, v);

  /**
   * Counts for a page of canonical actors, plus their first aliases. Without the right to see
   * confidential records, confidential people are left out and only what public sources say is
   * counted: an actor known only from confidential sources is not listed.
   */
  async function summaries(
    where: SQL,
    order: SQL,
    limit: number,
    offset: number,
    v: Visibility,
  ): Promise<ActorSummary[]> {
    const visible = v.confidential
      ? sql`TRUE`
      : sql`c.id NOT IN ${HIDDEN_ACTORS} AND da.document_id NOT IN ${HIDDEN_DOCUMENTS}`;
    const page = await q<SummaryRow>(sql`
      SELECT c.id, c.name, c.kind, (c.id IN ${HIDDEN_ACTORS}) AS confidential,
             count(DISTINCT da.document_id)::int AS documents,
             coalesce(sum(da.mention_count), 0)::int AS mentions
      FROM actors c
      JOIN actors a ON a.canonical_id = c.id
      JOIN document_actors da ON da.actor_id = a.id
      WHERE c.merged_into IS NULL AND ${where} AND ${visible}
      GROUP BY c.id, c.name, c.kind
      ORDER BY ${order}
      LIMIT ${limit} OFFSET ${offset}`);
    if (page.length === 0) return [];
    const ids = page.map((r) => r.id);
    const publicOnly = v.confidential ? sql`` : sql`AND s.document_id NOT IN ${HIDDEN_DOCUMENTS}`;
    const extra = await q<{ id: number; statements: number; aliases: string[] }>(sql`
      SELECT c.id,
        (SELECT count(*)::int FROM statements s JOIN document_actors da ON da.id = s.document_actor_id
           JOIN actors a ON a.id = da.actor_id WHERE a.canonical_id = c.id ${publicOnly}) AS statements,
        (SELECT coalesce(json_agg(x.alias ORDER BY x.alias), '[]'::json) FROM (
           SELECT DISTINCT al.alias FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
           WHERE a.canonical_id = c.id AND al.alias <> c.name LIMIT 20) x) AS aliases
      FROM actors c WHERE c.id = ANY(${list(ids)}::bigint[])`);
    const byId = new Map(extra.map((e) => [e.id, e]));
    return page.map((r) => ({
      ...r,
      aliases: byId.get(r.id)?.aliases ?? [],
      statements: byId.get(r.id)?.statements ?? 0,
    }));
  }

  return {
    ...merges,
    async listActors(query: ActorListQuery = {}): Promise<ActorSummary[]> {
      const conds: SQL[] = [sql`TRUE`];
      if (query.kind) conds.push(sql`c.kind = ${query.kind}`);
      if (query.name)
        conds.push(sql`c.id IN (SELECT a2.canonical_id FROM actor_aliases al JOIN actors a2 ON a2.id = al.actor_id
                                WHERE al.key LIKE ${likePattern(query.name)})`);
      return summaries(
        sql.join(conds, sql` AND `),
        sql`mentions DESC, documents DESC, c.name, c.id`,
        Math.min(query.limit ?? 50, 10_000),
        query.offset ?? 0,
        query,
      );
    },

    async findActors(nameOrId: string, v: Visibility = {}): Promise<ActorSummary[]> {
      const idMatch = /^#?(\d+)$/.exec(nameOrId.trim());
      if (idMatch) {
        const c = await visibleCanonical(Number(idMatch[1]), v).catch((err: unknown) => {
          if (err instanceof NotFound) return null;
          throw err;
        });
        if (!c) return [];
        const found = await summaries(sql`c.id = ${c.id}`, sql`c.id`, 1, 0, v);
        if (found.length > 0 || !v.confidential) return found;
        return [
          { ...c, aliases: [], documents: 0, mentions: 0, statements: 0, confidential: false },
        ];
      }
      const key = matchKey(nameOrId);
      const exact = await summaries(
        sql`c.id IN (SELECT a2.canonical_id FROM actor_aliases al JOIN actors a2 ON a2.id = al.actor_id WHERE al.key = ${key})`,
        sql`mentions DESC, c.id`,
        20,
        0,
        v,
      );
      if (exact.length > 0) return exact;
      return summaries(
        sql`c.id IN (SELECT a2.canonical_id FROM actor_aliases al JOIN actors a2 ON a2.id = al.actor_id WHERE al.key LIKE ${likePattern(nameOrId)})`,
        sql`mentions DESC, c.id`,
        20,
        0,
        v,
      );
    },

    async actor(id: number, opts: { limit?: number } & Visibility = {}): Promise<ActorDetail> {
      const c = await visibleCanonical(id, opts);
      const [summary] = await summaries(sql`c.id = ${c.id}`, sql`c.id`, 1, 0, opts);
      // Known only from confidential sources: nothing of it may be shown.
      if (!summary && !opts.confidential) throw new NotFound(`actor ${id}`);
      const docs = opts.confidential ? sql`TRUE` : sql`da.document_id NOT IN ${HIDDEN_DOCUMENTS}`;
      const [ctx] = await q<{ roles: string[]; orgs: string[] }>(sql`
        SELECT coalesce((SELECT json_agg(DISTINCT r) FROM document_actors da JOIN actors a ON a.id = da.actor_id,
                          jsonb_array_elements_text(da.roles) r WHERE a.canonical_id = ${c.id} AND ${docs}), '[]'::json) AS roles,
               coalesce((SELECT json_agg(DISTINCT o) FROM document_actors da JOIN actors a ON a.id = da.actor_id,
                          jsonb_array_elements_text(da.orgs) o WHERE a.canonical_id = ${c.id} AND ${docs}), '[]'::json) AS orgs`);
      const merged = await q<{ id: number; name: string }>(
        sql`SELECT x.id, x.name FROM actors x WHERE x.canonical_id = ${c.id} AND x.id <> ${c.id}
            ${opts.confidential ? sql`` : sql`AND EXISTS (SELECT 1 FROM document_actors da WHERE da.actor_id = x.id AND da.document_id NOT IN ${HIDDEN_DOCUMENTS})`}
            ORDER BY x.id`,
      );
      const stmts = await q<{
        id: number;
        kind: string;
        text: string;
        cue: string | null;
        date: string | null;
        speaker_mention: string | null;
        speaker_role: string | null;
        speaker_org: string | null;
        char_start: number;
        char_end: number;
        excerpt_start: number;
        excerpt: string;
        doc_id: number;
        title: string | null;
        outlet: string | null;
        doc_date: string | null;
        url: string | null;
        path: string;
      }>(sql`
        SELECT s.id, s.kind, s.text, s.cue, s.date, s.speaker_mention, s.speaker_role, s.speaker_org,
               s.char_start, s.char_end, greatest(s.char_start - 600, 0) AS excerpt_start,
               substring(d.text FROM greatest(s.char_start - 600, 0) + 1
                         FOR s.char_end - greatest(s.char_start - 600, 0) + 600) AS excerpt,
               d.id AS doc_id, d.title, d.outlet, d.date AS doc_date, d.url, d.path
        FROM statements s
        JOIN document_actors da ON da.id = s.document_actor_id
        JOIN actors a ON a.id = da.actor_id
        JOIN documents d ON d.id = s.document_id
        WHERE a.canonical_id = ${c.id} ${opts.confidential ? sql`` : sql`AND NOT d.confidential`}
        ORDER BY coalesce(s.day, d.day) NULLS LAST, d.id, s.char_start
        LIMIT ${Math.min(opts.limit ?? 1000, 100_000)}`);
      const statementList: ActorStatement[] = stmts.map((s) => ({
        id: s.id,
        kind: s.kind,
        text: s.text,
        cue: s.cue,
        date: s.date ?? s.doc_date,
        mention: s.speaker_mention,
        role: s.speaker_role,
        org: s.speaker_org,
        start: s.char_start,
        end: s.char_end,
        sentence: sentenceAround(s.excerpt, s.text, s.char_start - s.excerpt_start),
        document: {
          id: s.doc_id,
          title: s.title,
          outlet: s.outlet,
          date: s.doc_date,
          url: s.url,
          path: s.path,
        },
      }));
      const links = await q<{
        name: string;
        link_rule: string;
        link_evidence: Record<string, unknown>;
        doc_id: number;
        title: string | null;
        outlet: string | null;
        date: string | null;
        url: string | null;
        path: string;
      }>(sql`
        SELECT da.name, da.link_rule, da.link_evidence, d.id AS doc_id, d.title, d.outlet, d.date, d.url, d.path
        FROM document_actors da JOIN actors a ON a.id = da.actor_id JOIN documents d ON d.id = da.document_id
        WHERE a.canonical_id = ${c.id} ${opts.confidential ? sql`` : sql`AND NOT d.confidential`}
        ORDER BY d.day NULLS LAST, d.id LIMIT 1000`);
      const history = await mergeRecords(
        sql`(m.into_actor_id IN (SELECT id FROM actors WHERE canonical_id = ${c.id})
             OR m.from_actor_id IN (SELECT id FROM actors WHERE canonical_id = ${c.id}))
            AND ${visibleMerges(opts)}`,
      );
      return {
        ...(summary ?? {
          ...c,
          aliases: [],
          documents: 0,
          mentions: 0,
          statements: 0,
          confidential: false,
        }),
        roles: ctx?.roles ?? [],
        orgs: ctx?.orgs ?? [],
        merged,
        statementList,
        links: links.map((l) => ({
          document: docRef(l.doc_id, l),
          name: l.name,
          rule: l.link_rule,
          evidence: l.link_evidence,
        })),
        history,
      };
    },
  };
}

function docRef(
  id: number,
  r: {
    title: string | null;
    outlet: string | null;
    date: string | null;
    url: string | null;
    path: string;
  },
): DocumentRef {
  return { id, title: r.title, outlet: r.outlet, date: r.date, url: r.url, path: r.path };
}

/**
 * The sentences of `excerpt` that hold `text`. The database cuts the excerpt in code points and
 * offsets count UTF-16 units, so the statement is looked up near where it should be.
 */
export function sentenceAround(excerpt: string, text: string, expected: number): string {
  let start = excerpt.indexOf(text, Math.max(0, expected - 4));
  if (start < 0) start = excerpt.indexOf(text);
  if (start < 0) return text.trim();
  const end = start + text.length;
  const spans = sentences(excerpt).filter((s) => s.end > start && s.start < end);
  if (spans.length === 0) return excerpt.slice(start, end).trim();
  return excerpt.slice(spans[0]!.start, spans[spans.length - 1]!.end).trim();
}
