import { sql, type SQL } from "drizzle-orm";
import type { Orm } from "./db.js";

/** Rows of a plain SQL query, the same on both drivers (each result has `rows`). */
export async function rows<R>(orm: Orm, query: SQL): Promise<R[]> {
  const result = (await orm.execute(query)) as unknown as { rows: R[] };
  return result.rows;
}

/** Splits rows for multi-row INSERTs, keeping each under PostgreSQL's 65,535 parameters. */
export function chunks<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(60_000 / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** First day of a partial date: "2021" → "2021-01-01"; anything else malformed → null. */
export function firstDay(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** An array as one parameter (`= ANY(${list(ids)}::bigint[])`); Drizzle would expand it. */
export function list(values: readonly (string | number)[]): SQL {
  return sql`${sql.param(values)}`;
}

// jsonb refuses "\u0000" and a lone surrogate's escape ("\ud800"), both of which JSON.stringify
// writes for strings that hold them (a title from a page's `&#0;`, an escaped NUL in a batch).
// Readers clean the text; this keeps a stray one in metadata from failing the whole document.
// Escaped backslashes are matched first so that a literal "\\u0000" is left alone.
const UNSTORABLE_ESCAPE = /\\(?:\\|u0000|ud[89a-f][0-9a-f]{2})/gi;

/** `v` as JSON that jsonb accepts (see above). */
export function storableJson(v: unknown): string {
  const json = JSON.stringify(v);
  // Without a "\u" escape there is nothing to replace: the scan below is a pass over every
  // document's ~30 KB of rows.
  if (!json.includes("\\u")) return json;
  return json.replace(UNSTORABLE_ESCAPE, (m) => (m === "\\\\" ? m : "\\ufffd"));
}

/**
 * Parameters in PostgreSQL's binary format, for large ones on PGlite: its protocol layer measures
 * a text parameter's UTF-8 length and copies it in JavaScript, character by character (about 7 %
 * of the store thread's time when a batch's ~3 MB of JSON went as text); `Buffer` encodes them
 * natively. PGlite sends a `Uint8Array` as it is, in binary format (`db.ts`); the server reads
 * it with the type's receive function, which checks the encoding as the text input does.
 */
export function jsonbBytes(json: string): Uint8Array {
  // jsonb's binary format: a version byte (1), then the JSON text.
  const b = Buffer.allocUnsafe(Buffer.byteLength(json) + 1);
  b[0] = 1;
  b.write(json, 1);
  return b;
}

/** Text in binary format: its UTF-8 bytes (see `jsonbBytes`). */
export const textBytes = (s: string): Uint8Array => Buffer.from(s, "utf8");
