import type { ActorKind } from "../../core/types.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import {
  ANY_OBJECT,
  arrayOf,
  BOOLEAN,
  DOCUMENT_REF,
  example,
  ID_PARAM,
  input,
  INTEGER,
  NSTRING,
  object,
  STRING,
  WHY,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";

const KIND = { type: "string", enum: ["person", "organisation", "state"] };

export const ACTOR_SUMMARY = object({
  id: INTEGER,
  name: STRING,
  kind: STRING,
  aliases: arrayOf(STRING),
  documents: INTEGER,
  mentions: INTEGER,
  statements: INTEGER,
  confidential: BOOLEAN,
});

const NAMED = object({ id: INTEGER, name: STRING });

export const MERGE_RECORD = object({
  id: INTEGER,
  kind: { type: "string", enum: ["merge", "split"] },
  into: NAMED,
  from: NAMED,
  documentActorIds: arrayOf(INTEGER),
  evidence: ANY_OBJECT,
  automatic: BOOLEAN,
  createdAt: STRING,
  undoneAt: NSTRING,
});

const ACTOR_STATEMENT = object({
  id: INTEGER,
  kind: STRING,
  text: STRING,
  cue: NSTRING,
  date: NSTRING,
  mention: NSTRING,
  role: NSTRING,
  org: NSTRING,
  start: INTEGER,
  end: INTEGER,
  sentence: STRING,
  document: DOCUMENT_REF,
});

const ACTOR_DETAIL = object({
  ...(ACTOR_SUMMARY.properties as Record<string, object>),
  roles: arrayOf(STRING),
  orgs: arrayOf(STRING),
  merged: arrayOf(NAMED),
  statementList: arrayOf(ACTOR_STATEMENT),
  links: arrayOf(
    object({ document: DOCUMENT_REF, name: STRING, rule: STRING, evidence: ANY_OBJECT }),
  ),
  history: arrayOf(MERGE_RECORD),
});

export const actorRoutes: RouteModule = (app, ctx) => {
  const { store } = ctx;

  app.get(
    "/api/actors",
    {
      schema: {
        summary: "People, organisations and states across sources, most mentioned first",
        tags: ["actors"],
        querystring: input({
          ...PAGE_QUERY,
          kind: KIND,
          name: example(STRING, "Hang", "name or alias contains (diacritics ignored)"),
        }),
        response: { 200: pageSchema(ACTOR_SUMMARY) },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as { limit?: number; cursor?: string; kind?: ActorKind; name?: string };
      const w = pageWindow(q);
      const found = await store.listActors({
        ...storePage(w),
        confidential: req.viewer.confidential,
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.name ? { name: q.name } : {}),
      });
      return pageOf(found, w);
    },
  );

  app.get(
    "/api/actors/lookup",
    {
      schema: {
        summary: "Actors a user's words name: an id (12, #12), an exact name or alias, or a part",
        tags: ["actors"],
        querystring: input({ q: example(STRING, "Le Thi Thu Hang") }, ["q"]),
        response: { 200: object({ items: arrayOf(ACTOR_SUMMARY) }) },
      },
      config: { access: "public" },
    },
    async (req) => {
      const { q } = req.query as { q: string };
      return { items: await store.findActors(q, { confidential: req.viewer.confidential }) };
    },
  );

  app.get(
    "/api/actors/:id",
    {
      schema: {
        summary:
          "One actor: aliases, roles, organisations, statements in date order, links, merges",
        tags: ["actors"],
        params: ID_PARAM("actor"),
        querystring: input({
          statements: { ...INTEGER, minimum: 0, maximum: 5000, default: 500 },
        }),
        response: { 200: ACTOR_DETAIL },
      },
      config: { access: "public" },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const { statements } = req.query as { statements?: number };
      return store.actor(id, { limit: statements ?? 500, confidential: req.viewer.confidential });
    },
  );

  app.get(
    "/api/merges",
    {
      schema: {
        summary: "Merges and splits with their evidence (all, or those of one actor)",
        tags: ["actors"],
        querystring: input({ ...PAGE_QUERY, actor: example(INTEGER, 1, "actor id") }),
        response: { 200: pageSchema(MERGE_RECORD) },
      },
      config: { access: "read" },
    },
    async (req) => {
      const q = req.query as { limit?: number; cursor?: string; actor?: number };
      const w = pageWindow(q);
      const all = await store.history(q.actor, { confidential: req.viewer.confidential });
      return pageOf(all.slice(w.offset, w.offset + w.limit + 1), w);
    },
  );

  app.post(
    "/api/merges",
    {
      schema: {
        summary: "Merge actor `other` into actor `keep` (undo with POST /api/merges/{id}/undo)",
        tags: ["actors"],
        body: input(
          { keep: INTEGER, other: INTEGER, reason: { ...STRING, maxLength: 2000 }, why: WHY },
          ["keep", "other"],
          [{ keep: 1, other: 2, reason: "same person" }],
        ),
        response: { 200: MERGE_RECORD },
      },
      config: { access: "edit" },
    },
    async (req) => {
      const b = req.body as { keep: number; other: number; reason?: string; why?: string | null };
      return store.mergeActors(b.keep, b.other, b.reason ?? b.why ?? "", req.viewer.user!.name);
    },
  );

  app.post(
    "/api/actors/:id/split",
    {
      schema: {
        summary: "Move an actor's mentions in some sources to a new actor (a wrong link)",
        tags: ["actors"],
        params: ID_PARAM("actor"),
        body: input(
          {
            documents: { type: "array", items: INTEGER, minItems: 1, maxItems: 1000 },
            reason: { ...STRING, maxLength: 2000 },
            why: WHY,
          },
          ["documents"],
          [{ documents: [1], reason: "a namesake" }],
        ),
        response: { 200: MERGE_RECORD },
      },
      config: { access: "edit" },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const b = req.body as { documents: number[]; reason?: string; why?: string | null };
      return store.splitActor(id, b.documents, b.reason ?? b.why ?? "", req.viewer.user!.name);
    },
  );

  app.post(
    "/api/merges/:id/undo",
    {
      schema: {
        summary: "Undo a merge or a split",
        tags: ["actors"],
        params: ID_PARAM("merge"),
        // No body at all is an empty one.
        body: {
          ...input({ why: WHY }, [], [{ why: "two people after all" }]),
          type: ["object", "null"],
        },
        response: { 200: MERGE_RECORD },
      },
      config: { access: "edit" },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const b = (req.body ?? {}) as { why?: string | null };
      return store.unmerge(id, { by: req.viewer.user!.name, why: b.why ?? null });
    },
  );
};
