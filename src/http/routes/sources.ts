import { InvalidRequest, UsageError } from "../../errors.js";
import type { SourceListQuery } from "../../store/browse/browse-types.js";
import { pageOf, pageSchema, pageWindow, PAGE_QUERY, storePage } from "../pagination.js";
import {
  ANY_OBJECT,
  arrayOf,
  BOOLEAN,
  DATE,
  DOCUMENT_REF,
  example,
  ID_PARAM,
  input,
  INTEGER,
  NSTRING,
  nullable,
  object,
  SPAN,
  STRING,
} from "../schemas.js";
import type { RouteModule } from "./route-module.js";

export const SOURCE_SUMMARY = object({
  ...(DOCUMENT_REF.properties as Record<string, object>),
  format: STRING,
  language: NSTRING,
  author: NSTRING,
  chars: INTEGER,
  ingestedAt: STRING,
  confidential: BOOLEAN,
  counts: object({
    statements: INTEGER,
    figures: INTEGER,
    legalRefs: INTEGER,
    events: INTEGER,
    reports: INTEGER,
  }),
});

/** An annotation as the analysis gave it (the `vigil analyze` contract), plus its stored id. */
const ANNOTATION = object({ id: INTEGER, start: INTEGER, end: INTEGER, text: STRING });

const SOURCE_DETAIL = object({
  document: object({
    ...(SOURCE_SUMMARY.properties as Record<string, object>),
    text: STRING,
    warnings: arrayOf(ANY_OBJECT),
    provenance: ANY_OBJECT,
    extractorVersion: INTEGER,
  }),
  statements: arrayOf(ANNOTATION),
  figures: arrayOf(ANNOTATION),
  legalRefs: arrayOf(ANNOTATION),
  events: arrayOf(ANNOTATION),
  reports: arrayOf(ANNOTATION),
  actors: arrayOf(
    object({
      id: INTEGER,
      idx: INTEGER,
      name: STRING,
      kind: STRING,
      aliases: arrayOf(STRING),
      roles: arrayOf(STRING),
      orgs: arrayOf(STRING),
      mentions: arrayOf(SPAN),
      actorId: nullable(INTEGER),
      rule: STRING,
    }),
  ),
});

export const INGEST_ITEM = object(
  {
    id: STRING,
    ok: BOOLEAN,
    status: { type: "string", enum: ["ingested", "unchanged", "reextracted"] },
    documentId: INTEGER,
    error: object({ code: STRING, message: STRING, status: INTEGER }),
  },
  ["id", "ok"],
);

export const DATE_RANGE = {
  from: { ...DATE, description: "from this day (inclusive): YYYY, YYYY-MM or YYYY-MM-DD" },
  to: { ...DATE, description: "to this day (inclusive)" },
};

export const sourceRoutes: RouteModule = async (app, ctx) => {
  const { store, config } = ctx;

  app.get(
    "/api/sources",
    {
      schema: {
        summary: "Sources, newest first, with their annotation counts",
        tags: ["sources"],
        querystring: input({
          ...PAGE_QUERY,
          ...DATE_RANGE,
          title: example(STRING, "detention", "words of the title (diacritics ignored)"),
          outlet: example(STRING, "Radio", "outlet contains"),
        }),
        response: { 200: pageSchema(SOURCE_SUMMARY) },
      },
      config: { access: "public" },
    },
    async (req) => {
      const q = req.query as SourceListQuery & { limit?: number; cursor?: string };
      const w = pageWindow(q);
      const { limit: _l, cursor: _c, ...filters } = q as typeof q & { cursor?: string };
      return pageOf(
        await store.sourcesList({
          ...filters,
          ...storePage(w),
          confidential: req.viewer.confidential,
        }),
        w,
      );
    },
  );

  app.get(
    "/api/sources/:id",
    {
      schema: {
        summary:
          "One source: its text and every statement, speaker, figure, legal reference, event, report and actor mention, with offsets into that text",
        tags: ["sources"],
        params: ID_PARAM("source"),
        response: { 200: SOURCE_DETAIL },
      },
      config: { access: "public" },
    },
    async (req) =>
      store.sourceShow((req.params as { id: number }).id, {
        confidential: req.viewer.confidential,
      }),
  );

  // Uploads: the body is the file itself, whatever its type; its name (the extension chooses
  // the reader) comes in the query. Reading and analysis run in the analysis worker thread.
  await app.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: config.maxInputBytes },
      (_req, body, done) => done(null, body),
    );
    upload.post(
      "/api/sources",
      {
        bodyLimit: config.maxInputBytes,
        schema: {
          summary:
            "Ingest a file (text, Markdown, HTML, PDF, RSS/Atom feed or JSONL batch): read, analyse and store it; idempotent",
          tags: ["sources"],
          consumes: ["application/octet-stream"],
          querystring: input(
            {
              name: example(
                { type: "string", minLength: 1, maxLength: 255 },
                "statement-2021-06-24.txt",
                "the file name: its extension chooses the reader",
              ),
            },
            ["name"],
          ),
          response: {
            200: object({
              items: arrayOf(INGEST_ITEM),
              summary: object({ documents: INTEGER, ok: INTEGER, failed: INTEGER }),
            }),
          },
        },
        config: { access: "edit" },
      },
      async (req) => {
        const { name } = req.query as { name: string };
        const bytes = req.body;
        // Only the last part of the name is kept ("../../etc/passwd.txt" is "passwd.txt"): it
        // names the document and chooses the reader, and no file is ever written under it.
        const base = name.replace(/^.*[\\/]/, "");
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f\u007f]/.test(base))
          throw new InvalidRequest("the file name holds control characters");
        if (base === "") throw new InvalidRequest("the file name is empty after its folders");
        if (!Buffer.isBuffer(bytes) || bytes.length === 0)
          throw new UsageError("the request body is the file to ingest; it is empty");
        const analysed = await ctx.analyzer.upload({
          name: base,
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
          maxInputBytes: config.maxInputBytes,
          maxDocumentChars: config.maxDocumentChars,
          jurisdiction: config.jurisdiction || null,
        });
        const stored = analysed.items.length ? await store.ingest(analysed.items) : [];
        const items = [
          ...stored,
          ...analysed.failures.map((f) => ({ id: f.id, ok: false, error: f.error })),
        ];
        const ok = items.filter((i) => i.ok).length;
        return { items, summary: { documents: items.length, ok, failed: items.length - ok } };
      },
    );
  });

  app.post(
    "/api/analyze",
    {
      bodyLimit: config.maxInputBytes,
      schema: {
        summary:
          "Analyse a text without storing it: the `vigil analyze` record (statements, figures, legal references, events, reports, actors)",
        tags: ["sources"],
        body: input(
          {
            text: { type: "string", minLength: 1 },
            title: NSTRING,
            date: nullable(DATE),
            url: NSTRING,
            outlet: NSTRING,
            jurisdiction: { type: ["string", "null"], pattern: "^[A-Za-z]{2}$" },
          },
          ["text"],
          [
            {
              text: "The spokesperson said on Monday that the report was biased.",
              date: "2021-06-24",
            },
          ],
        ),
        response: { 200: object({ text: STRING, source: ANY_OBJECT }, ["text"]) },
      },
      config: { access: "read" },
    },
    async (req) => {
      const b = req.body as {
        text: string;
        title?: string | null;
        date?: string | null;
        url?: string | null;
        outlet?: string | null;
        jurisdiction?: string | null;
      };
      return ctx.analyzer.text({
        text: b.text,
        title: b.title ?? null,
        date: b.date ?? null,
        url: b.url ?? null,
        outlet: b.outlet ?? null,
        jurisdiction: b.jurisdiction ?? (config.jurisdiction || null),
        maxDocumentChars: config.maxDocumentChars,
      });
    },
  );
};
