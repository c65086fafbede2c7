import { EVENT_GROUP_FIELDS, type EventGroupField } from "../../core/register/count-events.js";
import { GROUP_FIELDS, type GroupField } from "../../core/register/count.js";
import { PARTIAL_DATE_RULES, type PartialDateRule } from "../../core/register/counting-rules.js";
import type { SeriesStep } from "../../core/register/series.js";
import { CASE_EVENT_TYPES, type CaseEventType } from "../../core/register/types.js";
import { Unauthenticated } from "../../errors.js";
import type { CountingQuery } from "../../store/register/register-types.js";
import type { Viewer } from "../context.js";
import {
  ANY_OBJECT,
  arrayOf,
  BOOLEAN,
  DAY,
  example,
  input,
  INTEGER,
  NSTRING,
  object,
  STRING,
  type JsonSchema,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";

const list = (values: readonly string[]): JsonSchema => ({
  type: "array",
  items: { type: "string", maxLength: 200 },
  description: `any of ${values.join(", ")}: repeat the parameter or separate with commas`,
});

const COUNTING: Record<string, JsonSchema> = {
  rules: example(STRING, "vigil-default@1", "counting rule set, name@version or name"),
  partialDates: { type: "string", enum: [...PARTIAL_DATE_RULES] },
  knownAt: example(STRING, "2021-05-01", "as the register stood then (a day or a timestamp)"),
  charge: example(STRING, "117", "only people held under this article"),
};

const COUNT = object({
  asOf: STRING,
  knownAt: NSTRING,
  rules: STRING,
  statement: arrayOf(STRING),
  partialDates: STRING,
  status: NSTRING,
  charge: NSTRING,
  total: INTEGER,
  caseIds: arrayOf(STRING),
  byStatus: ANY_OBJECT,
  aggregates: ANY_OBJECT,
  groups: arrayOf(ANY_OBJECT),
  redacted: INTEGER,
  listed: BOOLEAN,
});

type CountingParams = {
  rules?: string;
  partialDates?: PartialDateRule;
  knownAt?: string;
  charge?: string;
};

/** Comma-separated values inside repeated parameters: `by=gender,ethnicity&by=status`. */
function split<T extends string>(values: readonly string[] | undefined): T[] {
  return (values ?? []).flatMap((v) => v.split(",").map((s) => s.trim()) as T[]).filter(Boolean);
}

function counting(q: CountingParams, viewer: Viewer): CountingQuery {
  return {
    ...(q.rules ? { rules: q.rules } : {}),
    ...(q.partialDates ? { partialDates: q.partialDates } : {}),
    knownAt: q.knownAt ?? null,
    charge: q.charge ?? null,
    includeConfidential: viewer.confidential,
  };
}

/**
 * Anonymous visitors (public mode) get the numbers, never who was counted: the register's case
 * ids are for signed-in users.
 */
function withoutIds<T extends object>(r: T, viewer: Viewer): T {
  if (viewer.user) return r;
  const strip = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(strip);
    if (o && typeof o === "object")
      return Object.fromEntries(
        Object.entries(o).map(([k, v]) => [k, k === "caseIds" || k === "eventIds" ? [] : strip(v)]),
      );
    return o;
  };
  return strip(r) as T;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export const statsRoutes: RouteModule = (app, ctx) => {
  const { store } = ctx;

  app.get(
    "/api/stats",
    {
      schema: {
        summary:
          "People by status as of a day, filtered and broken down; each count lists the records it counted (list=true, signed in)",
        tags: ["stats"],
        querystring: input({
          asOf: { ...DAY, description: "the day to count (default today)" },
          by: list(GROUP_FIELDS),
          status: example(STRING, "detained", "a status or an aggregate"),
          list: { ...BOOLEAN, default: false },
          ...COUNTING,
        }),
        response: { 200: COUNT },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as CountingParams & {
        asOf?: string;
        by?: string[];
        status?: string;
        list?: boolean;
      };
      if (q.list && !req.viewer.user)
        throw new Unauthenticated("listing who was counted needs a login");
      const r = await store.registerStats({
        ...counting(q, req.viewer),
        asOf: q.asOf ?? today(),
        by: split<GroupField>(q.by),
        status: q.status ?? null,
        list: q.list === true,
      });
      return withoutIds(r, req.viewer);
    },
  );

  app.get(
    "/api/stats/series",
    {
      schema: {
        summary: "A time series of counts, one per month, quarter or year",
        tags: ["stats"],
        querystring: input(
          {
            from: DAY,
            to: { ...DAY, examples: ["2021-12-31"] },
            every: { type: "string", enum: ["month", "quarter", "year"], default: "month" },
            by: list(GROUP_FIELDS),
            status: example(STRING, "detained"),
            ...COUNTING,
          },
          ["from", "to"],
        ),
        response: {
          200: object({
            from: STRING,
            to: STRING,
            every: STRING,
            rules: STRING,
            statement: arrayOf(STRING),
            partialDates: STRING,
            points: arrayOf(COUNT),
          }),
        },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as CountingParams & {
        from: string;
        to: string;
        every: SeriesStep;
        by?: string[];
        status?: string;
      };
      const r = await store.registerSeries({
        ...counting(q, req.viewer),
        from: q.from,
        to: q.to,
        every: q.every,
        by: split<GroupField>(q.by),
        status: q.status ?? null,
        list: false,
      });
      return withoutIds(r, req.viewer);
    },
  );

  app.get(
    "/api/stats/flows",
    {
      schema: {
        summary: "Events in a period (arrests, sentences, releases, …), broken down",
        tags: ["stats"],
        querystring: input(
          {
            from: DAY,
            to: { ...DAY, examples: ["2021-12-31"] },
            types: { ...list(CASE_EVENT_TYPES), examples: [["arrested"]] },
            by: list(EVENT_GROUP_FIELDS),
            whileDetained: { ...BOOLEAN, default: false },
            ...COUNTING,
          },
          ["from", "to", "types"],
        ),
        response: {
          200: object({
            from: STRING,
            to: STRING,
            events: INTEGER,
            people: INTEGER,
            caseIds: arrayOf(STRING),
            eventIds: arrayOf(STRING),
            sentenceMonths: INTEGER,
            groups: arrayOf(ANY_OBJECT),
            redacted: INTEGER,
          }),
        },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as CountingParams & {
        from: string;
        to: string;
        types: string[];
        by?: string[];
        whileDetained?: boolean;
      };
      const r = await store.registerFlows({
        ...counting(q, req.viewer),
        from: q.from,
        to: q.to,
        types: split<CaseEventType>(q.types),
        by: split<EventGroupField>(q.by),
        whileDetained: q.whileDetained === true,
      });
      return withoutIds(r, req.viewer);
    },
  );
};
