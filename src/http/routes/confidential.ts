import type { AuditRecordType } from "../../store/audit/audit-types.js";
import { arrayOf, BOOLEAN, ID_PARAM, input, object, STRING, WHY } from "../schemas.js";
import type { RouteModule } from "./route-module.js";

// Marking a case, a person (an actor) or a source confidential, or clearing the mark (docs/api.md,
// "Confidentiality"). Editors and above; every change is in the audit log.

const REF = object({
  type: { type: "string", enum: ["case", "actor", "source"] },
  id: STRING,
});

const RESULT = object({ record: REF, confidential: BOOLEAN, changed: arrayOf(REF) });

const KINDS: { type: AuditRecordType; path: string; what: string; example: number | string }[] = [
  { type: "case", path: "/api/cases/:id/confidential", what: "a case", example: "VN-001" },
  {
    type: "actor",
    path: "/api/actors/:id/confidential",
    what: "a person (an actor and everything merged into it; their cases with them)",
    example: 1,
  },
  { type: "source", path: "/api/sources/:id/confidential", what: "a source", example: 1 },
];

export const confidentialRoutes: RouteModule = (app, ctx) => {
  for (const k of KINDS)
    app.post(
      k.path,
      {
        schema: {
          summary: `Mark ${k.what} confidential (confidential: false clears the mark)`,
          tags: ["confidentiality"],
          params: ID_PARAM(k.type, k.example),
          body: {
            ...input(
              { confidential: { ...BOOLEAN, default: true }, why: WHY },
              [],
              [{ confidential: true, why: "the family asked for discretion" }],
            ),
            type: ["object", "null"],
          },
          response: { 200: RESULT },
        },
        config: { access: "edit" },
      },
      async (req) => {
        const { id } = req.params as { id: string | number };
        const b = (req.body ?? {}) as { confidential?: boolean; why?: string | null };
        return ctx.store.setConfidential({
          record: `${k.type}:${id}`,
          confidential: b.confidential !== false,
          by: req.viewer.user!.name,
          why: b.why ?? null,
        });
      },
    );
};
