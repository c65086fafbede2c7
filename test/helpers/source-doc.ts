import type { SourceDocument } from "../../src/ingest/readers/types.js";

/** A plain-text source document as a reader would give it, named `name`, with only a date. */
export const sourceDoc = (name: string, text: string, date: string | null): SourceDocument => ({
  name,
  path: name,
  id: null,
  format: "text",
  title: null,
  date,
  url: null,
  outlet: null,
  author: null,
  language: null,
  text,
  provenance: {},
});
