import { roleAtLeast } from "../../accounts/roles.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import { example, input, INTEGER, NSTRING, object, STRING } from "../schemas.js";
import type { RouteModule } from "./route-module.js";

// The audit log (docs/api.md, "Audit log"): every change to cases, actors, sources, checks and
// accounts, newest first, for reviewers and admins. Entries of records the reader may not see
// (confidential ones without the right, accounts for non-admins) are left out, and a record
// asked for that the reader may not see answers as one without entries.

export const AUDIT_ENTRY = object({
  id: INTEGER,
  at: STRING,
  who: STRING,
  action: example(STRING, "case.update"),
  record: object({
    type: { type: "string", enum: ["case", "actor", "source", "check", "user"] },
    id: STRING,
  }),
  before: {},
  after: {},
  why: NSTRING,
});

export const auditRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/audit",
    {
      schema: {
        summary:
          "The audit log, newest first: who changed what, when, before and after, and why (one record: record=case:VN-001)",
        tags: ["audit"],
        querystring: input({
          ...PAGE_QUERY,
          record: example(
            { type: "string", maxLength: 200 },
            "case:VN-001",
            "TYPE:ID with TYPE case, actor, source, check or user",
          ),
        }),
        response: { 200: pageSchema(AUDIT_ENTRY) },
      },
      config: { access: "review" },
    },
    async (req) => {
      const q = req.query as { limit?: number; cursor?: string; record?: string };
      const w = pageWindow(q);
      const found = await ctx.store.auditList({
        ...(q.record ? { record: q.record } : {}),
        ...storePage(w),
        confidential: req.viewer.confidential,
        users: roleAtLeast(req.viewer.user?.role ?? null, "admin"),
      });
      return pageOf(found, w);
    },
  );
};
