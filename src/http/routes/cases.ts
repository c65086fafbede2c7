import type { CaseExportFormat } from "../../store/register/register-types.js";
import { Forbidden } from "../../errors.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import {
  ANY_OBJECT,
  arrayOf,
  BOOLEAN,
  DAY,
  example,
  ID_PARAM,
  input,
  INTEGER,
  NINTEGER,
  NSTRING,
  object,
  STRING,
  WHY,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";

const CASE_SUMMARY = object({
  id: STRING,
  name: STRING,
  gender: NSTRING,
  province: NSTRING,
  confidential: BOOLEAN,
  status: NSTRING,
  since: NSTRING,
  records: INTEGER,
});

const CASE = object({
  id: STRING,
  name: STRING,
  actor: NSTRING,
  gender: NSTRING,
  ethnicity: NSTRING,
  religion: NSTRING,
  province: NSTRING,
  profession: NSTRING,
  birthYear: NINTEGER,
  confidential: BOOLEAN,
  notes: NSTRING,
});

const CASE_DETAIL = object({
  case: CASE,
  actorId: NINTEGER,
  records: arrayOf(ANY_OBJECT),
  history: arrayOf(ANY_OBJECT),
  changes: arrayOf(ANY_OBJECT),
});

const IMPORT_RESULT = object({
  ok: BOOLEAN,
  imported: BOOLEAN,
  recordedAt: STRING,
  errors: arrayOf(ANY_OBJECT),
  rejectedCases: arrayOf(STRING),
  cases: object({ added: INTEGER, updated: INTEGER, unchanged: INTEGER }),
  events: object({ added: INTEGER, corrected: INTEGER, unchanged: INTEGER }),
});

const EXPORT_TYPES: Record<CaseExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  "events-csv": "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export const caseRoutes: RouteModule = (app, ctx) => {
  const { store, config } = ctx;

  app.get(
    "/api/cases",
    {
      schema: {
        summary: "People in the register with their status on a day",
        tags: ["cases"],
        querystring: input({
          ...PAGE_QUERY,
          asOf: { ...DAY, description: "the day the status is for (default today)" },
          status: example(STRING, "detained", "a status or an aggregate"),
          name: example(STRING, "Nguyen", "name contains (diacritics ignored)"),
        }),
        response: { 200: pageSchema(CASE_SUMMARY) },
      },
      config: { access: "read" },
    },
    async (req) => {
      const q = req.query as {
        limit?: number;
        cursor?: string;
        asOf?: string;
        status?: string;
        name?: string;
      };
      const w = pageWindow(q);
      const { limit: _l, cursor: _c, ...filters } = q;
      return pageOf(
        await store.casesList({
          ...filters,
          ...storePage(w),
          confidential: req.viewer.confidential,
        }),
        w,
      );
    },
  );

  app.get(
    "/api/cases/:id",
    {
      schema: {
        summary:
          "One case: attributes, every record with its evidence, the status history, attribute edits",
        tags: ["cases"],
        params: ID_PARAM("case", "VN-001"),
        response: { 200: CASE_DETAIL },
      },
      config: { access: "read" },
    },
    async (req) =>
      store.caseShow((req.params as { id: string }).id, {
        confidential: req.viewer.confidential,
      }),
  );

  app.post(
    "/api/cases/import",
    {
      bodyLimit: config.maxInputBytes,
      schema: {
        summary:
          "Import the register from CSV (a person file and/or an event file) or JSON; nothing from a file with errors unless skipInvalid",
        tags: ["cases"],
        body: input(
          {
            files: {
              type: "array",
              minItems: 1,
              maxItems: 2,
              items: input({ file: { ...STRING, maxLength: 255 }, text: STRING }, ["file", "text"]),
            },
            skipInvalid: BOOLEAN,
            why: WHY,
          },
          ["files"],
          [{ files: [{ file: "cases.json", text: '{"cases": [], "events": []}' }] }],
        ),
        response: { 200: IMPORT_RESULT },
      },
      config: { access: "edit" },
    },
    async (req) => {
      const b = req.body as {
        files: { file: string; text: string }[];
        skipInvalid?: boolean;
        why?: string | null;
      };
      return store.casesImport({
        files: b.files,
        skipInvalid: b.skipInvalid === true,
        by: req.viewer.user!.name,
        why: b.why ?? null,
      });
    },
  );

  app.get(
    "/api/cases/export",
    {
      schema: {
        summary:
          "Export the register: csv (a row per person), events-csv (every record) or json; confidential people only for those allowed to see them, and only when asked",
        tags: ["cases"],
        produces: ["text/csv", "application/json"],
        querystring: input({
          format: { type: "string", enum: ["csv", "events-csv", "json"], default: "csv" },
          includeConfidential: { ...BOOLEAN, default: false },
        }),
      },
      config: { access: "read" },
    },
    async (req, reply) => {
      const q = req.query as { format: CaseExportFormat; includeConfidential: boolean };
      if (q.includeConfidential && !req.viewer.confidential)
        throw new Forbidden("exporting confidential records needs the editor role or above");
      const r = await store.casesExport({
        format: q.format,
        includeConfidential: q.includeConfidential,
      });
      const ext = q.format === "json" ? "json" : "csv";
      void reply
        .type(EXPORT_TYPES[q.format])
        .header("content-disposition", `attachment; filename="register-${q.format}.${ext}"`)
        .header("x-vigil-cases", String(r.cases))
        .header("x-vigil-events", String(r.events));
      return r.text;
    },
  );
};
