import { REVIEW_STATES, type ReviewState } from "../../core/check/review.js";
import { VERDICTS, type Verdict } from "../../core/check/verdict-rules/index.js";
import { NotFound, Unauthenticated, UsageError } from "../../errors.js";
import type { ReviewStep } from "../../store/check/check-types.js";
import type { Viewer } from "../context.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import {
  ANY_OBJECT,
  arrayOf,
  BOOLEAN,
  DATE,
  example,
  ID_PARAM,
  input,
  INTEGER,
  NSTRING,
  nullable,
  object,
  STRING,
  type JsonSchema,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";

// Checks over HTTP (docs/checks.md): hold a claim against the record, review it, publish it, and
// export it as ClaimReview. Drafting is editing; the review steps are the reviewer's; anonymous
// visitors in public mode see published checks only.

const VERDICT = { type: "string", enum: [...VERDICTS] };
const STATE = { type: "string", enum: [...REVIEW_STATES] };

const CHECK_SUMMARY = object({
  id: STRING,
  claim: STRING,
  speaker: NSTRING,
  date: STRING,
  types: arrayOf(STRING),
  state: STATE,
  verdict: VERDICT,
  proposedVerdict: VERDICT,
  reviewer: NSTRING,
  createdAt: STRING,
  publishedAt: NSTRING,
});

const CHECK = object({
  id: STRING,
  claim: ANY_OBJECT,
  types: arrayOf(ANY_OBJECT),
  features: ANY_OBJECT,
  evidence: arrayOf(ANY_OBJECT),
  proposal: ANY_OBJECT,
  state: STATE,
  verdict: VERDICT,
  reasoning: arrayOf(STRING),
  reviewer: NSTRING,
  reviewedAt: NSTRING,
  publishedBy: NSTRING,
  publishedAt: NSTRING,
  history: arrayOf(ANY_OBJECT),
  saved: BOOLEAN,
  asOf: STRING,
  rules: arrayOf(STRING),
  notes: arrayOf(STRING),
  createdAt: NSTRING,
  publishedUrl: NSTRING,
});

const NOTE = { type: ["string", "null"], maxLength: 2000 };

/** The review steps, in the order a check can take them all: the OpenAPI test calls them so. */
const STEPS: {
  step: ReviewStep;
  summary: string;
  body: Record<string, JsonSchema>;
  example: object;
}[] = [
  {
    step: "reject",
    summary: "Reject a proposed, accepted or edited check, saying why",
    body: { note: NOTE },
    example: { note: "the claim was misquoted" },
  },
  {
    step: "reopen",
    summary: "Reopen a rejected check: back to the proposal",
    body: { note: NOTE },
    example: {},
  },
  {
    step: "accept",
    summary: "Accept the proposed verdict",
    body: { note: NOTE },
    example: { note: "evidence read" },
  },
  {
    step: "edit",
    summary: "Change the verdict and/or the reasoning (Vigil's proposal is kept beside it)",
    body: {
      note: NOTE,
      verdict: VERDICT,
      reasoning: {
        type: "array",
        items: { ...STRING, maxLength: 4000 },
        minItems: 1,
        maxItems: 50,
      },
    },
    example: {
      verdict: "contradicted",
      reasoning: ["The register held people for their writing [E1]."],
    },
  },
  {
    step: "publish",
    summary: "Publish an accepted or edited check (optionally saying where)",
    body: { note: NOTE, url: { type: ["string", "null"], maxLength: 2000 } },
    example: { url: "https://monitor.example.org/checks/1" },
  },
];

/** Anonymous visitors (public mode) see published checks and nothing else. */
function mustSee(viewer: Viewer, state: ReviewState): void {
  if (!viewer.user && state !== "published")
    throw new Unauthenticated("checks not yet published need a login");
}

export const checkRoutes: RouteModule = (app, ctx) => {
  const { store } = ctx;

  app.get(
    "/api/checks",
    {
      schema: {
        summary: "Checks, newest first (anonymous visitors in public mode: published ones only)",
        tags: ["checks"],
        querystring: input({ ...PAGE_QUERY, state: STATE }),
        response: { 200: pageSchema(CHECK_SUMMARY) },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as { limit?: number; cursor?: string; state?: ReviewState };
      const state = q.state ?? (req.viewer.user ? undefined : "published");
      mustSee(req.viewer, state ?? "proposed");
      const w = pageWindow(q);
      return pageOf(
        await store.listChecks({
          ...(state ? { state } : {}),
          ...storePage(w),
          confidential: req.viewer.confidential,
        }),
        w,
      );
    },
  );

  app.post(
    "/api/checks",
    {
      schema: {
        summary:
          "Check a claim against the record as of its date: typed in (text, speaker, date, country) or an extracted statement (statementId); save: keep it for review",
        tags: ["checks"],
        body: input(
          {
            text: { type: "string", minLength: 1, maxLength: 4000 },
            speaker: { type: ["string", "null"], maxLength: 200 },
            date: nullable(DATE),
            jurisdiction: { type: ["string", "null"], pattern: "^[A-Za-z]{2}$" },
            statementId: { ...INTEGER, minimum: 1 },
            save: { ...BOOLEAN, default: true },
          },
          [],
          [
            {
              text: "No one in Vietnam is arrested or tried for expressing their opinions.",
              speaker: "Le Thi Thu Hang",
              date: "2021-06-24",
              jurisdiction: "VN",
              save: true,
            },
          ],
        ),
        response: { 200: CHECK },
      },
      config: { access: "edit" },
    },
    async (req) => {
      const b = req.body as {
        text?: string;
        speaker?: string | null;
        date?: string | null;
        jurisdiction?: string | null;
        statementId?: number;
        save?: boolean;
      };
      const by = req.viewer.user!.name;
      const save = b.save !== false;
      if ((b.text === undefined) === (b.statementId === undefined))
        throw new UsageError("give either text (a claim) or statementId (an extracted statement)");
      if (b.statementId !== undefined)
        return store.checkStatement({ statementId: b.statementId, date: b.date ?? null, save, by });
      return store.checkClaim({
        text: b.text!,
        speaker: b.speaker ?? null,
        date: b.date ?? null,
        jurisdiction: b.jurisdiction ?? null,
        save,
        by,
      });
    },
  );

  app.get(
    "/api/checks/:id",
    {
      schema: {
        summary:
          "One check: the claim, its types, the evidence, the verdict and reasoning, the review history",
        tags: ["checks"],
        params: ID_PARAM("check", "1"),
        response: { 200: CHECK },
      },
      config: { access: "public" },
    },
    async (req) => {
      const check = await store.getCheck((req.params as { id: string }).id, {
        confidential: req.viewer.confidential,
      });
      mustSee(req.viewer, check.state);
      return check;
    },
  );

  for (const { step, summary, body, example: ex } of STEPS)
    app.post(
      `/api/checks/:id/${step}`,
      {
        schema: {
          summary,
          tags: ["checks"],
          params: ID_PARAM("check", "1"),
          // No body at all is an empty one: `curl -X POST …/accept` is enough.
          body: { ...input(body, [], [ex as Record<string, unknown>]), type: ["object", "null"] },
          response: { 200: CHECK },
        },
        config: { access: "review" },
      },
      async (req) => {
        const b = (req.body ?? {}) as {
          note?: string | null;
          verdict?: Verdict;
          reasoning?: string[];
          url?: string | null;
        };
        if (step === "edit" && !b.verdict && !b.reasoning)
          throw new UsageError("an edit changes the verdict, the reasoning or both");
        return store.reviewCheck({
          id: (req.params as { id: string }).id,
          action: step,
          by: req.viewer.user!.name,
          at: new Date(ctx.now()).toISOString(),
          note: b.note ?? null,
          ...(b.verdict ? { verdict: b.verdict } : {}),
          ...(b.reasoning ? { reasoning: b.reasoning } : {}),
          ...(step === "publish" ? { url: b.url ?? null } : {}),
        });
      },
    );

  app.get(
    "/api/checks/:id/claim-review",
    {
      schema: {
        summary:
          "A published check as schema.org ClaimReview JSON-LD (site: where checks are published, default this server; organisation: who publishes, default the site's host)",
        tags: ["checks"],
        produces: ["application/ld+json"],
        params: ID_PARAM("check", "1"),
        querystring: input({
          site: example({ type: "string", maxLength: 500 }, "https://monitor.example.org/"),
          organisation: example({ type: "string", maxLength: 200 }, "Monitor"),
          organisationUrl: { type: "string", maxLength: 500 },
        }),
      },
      config: { access: "public" },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const q = req.query as { site?: string; organisation?: string; organisationUrl?: string };
      const check = await store.getCheck(id, { confidential: req.viewer.confidential });
      if (check.state !== "published") {
        mustSee(req.viewer, check.state);
        throw new NotFound(`published check ${id}`);
      }
      const site = q.site ?? `${req.protocol}://${req.host}/`;
      let host = site;
      try {
        host = new URL(site).host;
      } catch {
        // The store refuses a site that is not an http(s) URL, with the reason.
      }
      const doc = await store.claimReview({
        id,
        siteUrl: site,
        organisationName: q.organisation ?? host,
        confidential: req.viewer.confidential,
        ...(q.organisationUrl ? { organisationUrl: q.organisationUrl } : {}),
      });
      void reply
        .type("application/ld+json; charset=utf-8")
        .header("content-disposition", `attachment; filename="claim-review-${id}.json"`);
      return JSON.stringify(doc, null, 2);
    },
  );
};
