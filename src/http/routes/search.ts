import type { SearchKind } from "../../store/store-types.js";
import { pageOf, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import {
  arrayOf,
  DOCUMENT_REF,
  example,
  input,
  INTEGER,
  NINTEGER,
  NSTRING,
  nullable,
  NUMBER,
  object,
  STRING,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";
import { DATE_RANGE } from "./sources.js";

const HIT = object({
  type: { type: "string", enum: ["source", "statement"] },
  score: NUMBER,
  document: DOCUMENT_REF,
  statement: nullable(
    object({
      id: INTEGER,
      kind: STRING,
      speaker: NSTRING,
      role: NSTRING,
      org: NSTRING,
      cue: NSTRING,
      date: NSTRING,
    }),
  ),
  start: NINTEGER,
  end: NINTEGER,
  field: { type: "string", enum: ["title", "text"] },
  snippet: STRING,
  highlights: arrayOf(arrayOf(INTEGER)),
});

export const searchRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/search",
    {
      schema: {
        summary:
          'Full-text search over sources and statements, diacritics ignored ("phrases", or, -word)',
        tags: ["search"],
        querystring: input(
          {
            ...PAGE_QUERY,
            ...DATE_RANGE,
            q: example({ type: "string", minLength: 1, maxLength: 1000 }, "report"),
            speaker: example(STRING, "Hang", "statements by a speaker (name or alias)"),
            org: example(STRING, "Ministry", "statements by an organisation's speakers"),
            kind: { type: "string", enum: ["source", "statement", "direct", "indirect", "mixed"] },
            outlet: example(STRING, "Radio"),
          },
          ["q"],
        ),
        response: {
          200: object({ query: STRING, items: arrayOf(HIT), next: NSTRING }, [
            "query",
            "items",
            "next",
          ]),
        },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as {
        q: string;
        limit?: number;
        cursor?: string;
        speaker?: string;
        org?: string;
        from?: string;
        to?: string;
        kind?: SearchKind;
        outlet?: string;
      };
      const w = pageWindow(q);
      const { q: query, limit: _l, cursor: _c, ...filters } = q;
      const r = await ctx.store.search({
        query,
        ...filters,
        ...storePage(w),
        confidential: req.viewer.confidential,
      });
      return { query: r.query, ...pageOf(r.hits, w) };
    },
  );
};
