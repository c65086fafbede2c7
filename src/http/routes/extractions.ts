import { STATUTES } from "../../core/lexicon/statutes/index.js";
import type { BrowseQuery } from "../../store/browse/browse-types.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, slicePage, storePage } from "../pagination.js";
import {
  arrayOf,
  DOCUMENT_REF,
  example,
  input,
  INTEGER,
  NNUMBER,
  NINTEGER,
  NSTRING,
  object,
  STRING,
  type JsonSchema,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";
import { DATE_RANGE } from "./sources.js";

const LOCATED = { start: INTEGER, end: INTEGER, document: DOCUMENT_REF };

const STATEMENT_ROW = object({
  id: INTEGER,
  kind: STRING,
  text: STRING,
  cue: NSTRING,
  date: NSTRING,
  speaker: object({
    name: NSTRING,
    mention: NSTRING,
    role: NSTRING,
    org: NSTRING,
    actorId: NINTEGER,
  }),
  response: NSTRING,
  ...LOCATED,
});

const FIGURE_ROW = object({
  id: INTEGER,
  text: STRING,
  value: NNUMBER,
  bound: NSTRING,
  unit: NSTRING,
  what: NSTRING,
  asOf: NSTRING,
  publisher: NSTRING,
  ...LOCATED,
});

const LEGAL_REF_ROW = object({
  id: INTEGER,
  text: STRING,
  jurisdiction: NSTRING,
  law: NSTRING,
  article: NSTRING,
  clause: NSTRING,
  offense: NSTRING,
  statute: NSTRING,
  ...LOCATED,
});

const EVENT_ROW = object({
  id: INTEGER,
  text: STRING,
  type: STRING,
  person: NSTRING,
  actorId: NINTEGER,
  date: NSTRING,
  place: NSTRING,
  charges: arrayOf(STRING),
  sentenceMonths: NINTEGER,
  probationMonths: NINTEGER,
  ...LOCATED,
});

const REPORT_ROW = object({
  id: INTEGER,
  text: STRING,
  issuer: NSTRING,
  title: NSTRING,
  year: NINTEGER,
  ...LOCATED,
});

const COMMON = {
  ...PAGE_QUERY,
  ...DATE_RANGE,
  document: example(INTEGER, 1, "only this source"),
};

type Listed = BrowseQuery & Record<string, unknown>;

/** Query → store filters: paging and `document` renamed, the rest passed as is. */
function filters(
  q: Record<string, unknown>,
  w: { limit: number; offset: number },
  confidential: boolean,
): Listed {
  const { limit: _l, cursor: _c, document, ...rest } = q;
  return {
    ...rest,
    confidential,
    ...(document !== undefined ? { documentId: document as number } : {}),
    ...storePage(w),
  };
}

export const extractionRoutes: RouteModule = (app, ctx) => {
  const { store } = ctx;
  const list = (
    url: string,
    summary: string,
    tag: string,
    extra: Record<string, JsonSchema>,
    item: JsonSchema,
    fetch: (q: Listed) => Promise<unknown[]>,
  ): void => {
    app.get(
      url,
      {
        schema: {
          summary,
          tags: [tag],
          querystring: input({ ...COMMON, ...extra }),
          response: { 200: pageSchema(item) },
        },
        config: { access: "public" },
      },
      async (req) => {
        const q = req.query as Record<string, unknown> & { limit?: number; cursor?: string };
        const w = pageWindow(q);
        return pageOf(await fetch(filters(q, w, req.viewer.confidential)), w);
      },
    );
  };

  list(
    "/api/statements",
    "Statements (direct and reported speech) with their speakers, across sources",
    "statements",
    {
      speaker: example(STRING, "Hang", "speaker's name, mention or alias contains"),
      actor: example(INTEGER, 1, "statements of this actor"),
      kind: { type: "string", enum: ["direct", "indirect", "mixed"] },
    },
    STATEMENT_ROW,
    ({ actor, ...q }) =>
      store.statementsList({ ...q, ...(actor !== undefined ? { actorId: actor as number } : {}) }),
  );
  list(
    "/api/figures",
    "Figures: value, bound, what it counts, as-of date, publisher",
    "figures",
    {
      publisher: example(STRING, "88", "publisher contains"),
      what: example(STRING, "detained", "what it counts contains"),
    },
    FIGURE_ROW,
    (q) => store.figuresList(q),
  );
  list(
    "/api/legal-refs",
    "Legal references resolved to the statute catalogue",
    "legal references",
    {
      statute: example(STRING, "vn/criminal-code-2015/117", "catalogue id"),
      article: example(STRING, "117"),
      jurisdiction: example(STRING, "VN"),
    },
    LEGAL_REF_ROW,
    (q) => store.legalRefsList(q),
  );
  list(
    "/api/events",
    "Arrests, detentions, trials, sentences, appeals, releases and deaths in custody read from sources",
    "events",
    {
      type: example(STRING, "sentence"),
      person: example(STRING, "Nguyen", "person named contains"),
      actor: example(INTEGER, 1, "events of this actor"),
    },
    EVENT_ROW,
    ({ actor, ...q }) =>
      store.eventsList({ ...q, ...(actor !== undefined ? { actorId: actor as number } : {}) }),
  );
  list(
    "/api/reports",
    "Reports sources refer to, with their issuers",
    "reports",
    { issuer: example(STRING, "State Department", "issuer contains") },
    REPORT_ROW,
    (q) => store.reportsList(q),
  );

  app.get(
    "/api/statutes",
    {
      schema: {
        summary:
          "The statute catalogue: articles with offence, code, the rights they restrict and the sources for that",
        tags: ["legal references"],
        querystring: input({
          ...PAGE_QUERY,
          jurisdiction: example(STRING, "VN"),
          restricts: {
            type: "string",
            enum: ["expression", "assembly", "association", "religion", "movement"],
          },
          id: example(STRING, "vn/criminal-code-2015/117", "one statute"),
        }),
        response: { 200: pageSchema(object({ id: STRING }, ["id"])) },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as {
        limit?: number;
        cursor?: string;
        jurisdiction?: string;
        restricts?: string;
        id?: string;
      };
      const found = STATUTES.filter(
        (s) =>
          (!q.id || s.id === q.id) &&
          (!q.jurisdiction || s.jurisdiction.toUpperCase() === q.jurisdiction.toUpperCase()) &&
          (!q.restricts || (s.restricts as readonly string[]).includes(q.restricts)),
      );
      return slicePage(found, pageWindow(q));
    },
  );
};
