import { DbUnavailable, DocumentNotStored, VigilError } from "../errors.js";

// What the database drivers throw, made into the registry's errors. Drizzle wraps a driver error
// in one whose message is the whole query and its parameters ("Failed query: SELECT
// vigil_write_document($1…) params: …": a document's text, a person's name), so messages are
// taken from the driver's own error, never from the wrapper.

interface DriverError {
  message: string;
  /** SQLSTATE ("57P01") from PostgreSQL, or a Node system error code ("ECONNREFUSED"). */
  code?: string;
}

/** The driver's error under Drizzle's wrapper (or the error itself). */
export function driverError(err: unknown): DriverError {
  let e = err as { message?: unknown; code?: unknown; cause?: unknown } | null;
  for (let depth = 0; depth < 4 && e && e.cause && isFailedQuery(e); depth++) {
    e = e.cause as typeof e;
  }
  const message = typeof e?.message === "string" ? e.message : String(err);
  return {
    message: isFailedQuery(e) ? "a query failed" : message,
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
  };
}

function isFailedQuery(e: { message?: unknown } | null): boolean {
  return typeof e?.message === "string" && e.message.startsWith("Failed query:");
}

// SQLSTATE class 08 is "connection exception"; 57P01-57P03 are an administrator shutdown, a crash
// shutdown and "cannot connect now" (starting up, shutting down); 53300 is too many connections.
const CONNECTION_STATES = /^(08...|57P0[123]|53300)$/;
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// node-postgres reports a lost socket and a pool that cannot get a connection in words only.
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end/i;

/** True when the error says the database server is out of reach, not that a query was wrong. */
export function isConnectionError(err: unknown): boolean {
  if (err instanceof VigilError) return err.code === "VIGIL_ERR_DB_UNAVAILABLE";
  const e = driverError(err);
  if (e.code && (CONNECTION_STATES.test(e.code) || CONNECTION_CODES.has(e.code))) return true;
  return CONNECTION_MESSAGES.test(e.message);
}

/** A lost or refused connection as the one 503 error; null for any other error. */
export function unavailableError(err: unknown, where = "the database"): VigilError | null {
  if (err instanceof VigilError) return err.code === "VIGIL_ERR_DB_UNAVAILABLE" ? err : null;
  if (!isConnectionError(err)) return null;
  const e = driverError(err);
  return new DbUnavailable(where, e.code ? `connection lost (${e.code})` : "connection lost");
}

/**
 * The error for a document the store could not write: a lost connection as such (retrying later
 * will do), anything else as DocumentNotStored with the driver's first line, capped, and no query
 * or parameters.
 */
export function notStoredError(name: string, err: unknown): VigilError {
  if (err instanceof VigilError) return err;
  const lost = unavailableError(err);
  if (lost) return lost;
  const e = driverError(err);
  const line = e.message.split("\n")[0]!.slice(0, 200);
  return new DocumentNotStored(name, e.code ? `${line} (${e.code})` : line);
}
