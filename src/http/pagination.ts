import { example, INTEGER, NSTRING, object, arrayOf, type JsonSchema } from "./schemas.js";

// Every list takes `limit` and `cursor` and answers `{items, next}`: `next` is the cursor of the
// following page, null on the last one. Cursors are opaque to clients (today an offset).

export const MAX_LIMIT = 500;

export const PAGE_QUERY: Record<string, JsonSchema> = {
  limit: { ...INTEGER, minimum: 1, maximum: MAX_LIMIT, default: 50, description: "page size" },
  cursor: example(
    { type: "string", pattern: "^[0-9]{1,9}$" },
    "0",
    "the `next` of the previous page; omit for the first",
  ),
};

export interface PageWindow {
  limit: number;
  offset: number;
}

export function pageWindow(q: { limit?: number; cursor?: string }): PageWindow {
  return { limit: q.limit ?? 50, offset: q.cursor ? Number(q.cursor) : 0 };
}

/** What to ask the store: one more than the page, to know whether another follows. */
export function storePage(w: PageWindow): { limit: number; offset: number } {
  return { limit: w.limit + 1, offset: w.offset };
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export function pageOf<T>(found: readonly T[], w: PageWindow): Page<T> {
  return {
    items: found.slice(0, w.limit),
    next: found.length > w.limit ? String(w.offset + w.limit) : null,
  };
}

/** A page of a list whose whole is already in hand. */
export function slicePage<T>(all: readonly T[], w: PageWindow): Page<T> {
  return pageOf(all.slice(w.offset, w.offset + w.limit + 1), w);
}

export function pageSchema(item: JsonSchema): JsonSchema {
  return object({ items: arrayOf(item), next: NSTRING }, ["items", "next"], false);
}
