// The error registry. The domain throws only these; one handler per interface (CLI exit codes,
// HTTP `{ok: false, code, error, status}`) maps them. Every code is documented in docs/errors.md,
// and a test fails when one is not.

export interface VigilErrorJson {
  ok: false;
  code: string;
  error: string;
  status: number;
}

export class VigilError extends Error {
  readonly code: string;
  /** The HTTP status this error maps to. */
  readonly status: number;
  /** Safe-to-show context (never confidential content). */
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message: string,
    status: number,
    context: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "VigilError";
    this.code = code;
    this.status = status;
    this.context = context;
  }

  toJSON(): VigilErrorJson {
    return { ok: false, code: this.code, error: this.message, status: this.status };
  }
}

export interface ErrorDefinition {
  code: string;
  status: number;
  help: string;
}

/** Every error code Vigil can produce. */
export const ERRORS = new Map<string, ErrorDefinition>();

/**
 * Registers a code and returns a constructor for it. The message template takes `%s`
 * placeholders filled from the constructor's arguments, in order.
 */
export function createError<A extends unknown[]>(
  code: string,
  template: string,
  status: number,
  help: string,
): new (...args: A) => VigilError {
  if (ERRORS.has(code)) throw new Error(`duplicate error code ${code}`);
  ERRORS.set(code, { code, status, help });
  return class extends VigilError {
    constructor(...args: A) {
      let i = 0;
      const message = template.replace(/%s/g, () => String(args[i++]));
      super(code, message, status, Object.fromEntries(args.map((a, k) => [`arg${k}`, a])));
    }
  };
}

// Inputs -------------------------------------------------------------------------------------

export const SourceUnreadable = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_UNREADABLE",
  "%s: cannot read: %s",
  400,
  "An input could not be read (missing, permissions, not a regular file such as a named pipe or a device, a symbolic link loop).",
);
export const SourceEmpty = createError<[name: string]>(
  "VIGIL_ERR_SOURCE_EMPTY",
  "%s: empty: nothing to analyse",
  400,
  "An input holds no text (zero bytes or only whitespace).",
);
export const SourceBinary = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_BINARY",
  "%s: not text: %s",
  415,
  "An input looks binary (a NUL byte anywhere, or many control characters at its start), not text.",
);
export const SourceEncoding = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_ENCODING",
  "%s: invalid UTF-8: %s",
  415,
  "An input is not valid UTF-8. Convert it (e.g. `iconv -f cp1258 -t utf-8`) and retry.",
);
const SourceTooLargeError = createError<
  [name: string, size: string, limit: string, setting: string]
>(
  "VIGIL_ERR_SOURCE_TOO_LARGE",
  "%s: too large: %s (limit %s; raise it with %s)",
  413,
  "An input is larger than the configured limit (settings max-input-bytes, and max-document-chars for one document).",
);
/** The limit's setting follows from its unit: characters are a document's, bytes a file's. */
export class SourceTooLarge extends SourceTooLargeError {
  constructor(name: string, size: string, limit: string) {
    const setting = /characters$/.test(limit)
      ? "VIGIL_MAX_DOCUMENT_CHARS"
      : "VIGIL_MAX_INPUT_BYTES";
    super(name, size, limit, setting);
  }
}
export const SourceMalformed = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_MALFORMED",
  "%s: malformed: %s",
  422,
  "An input is in a known format but broken (a JSONL line that is not a JSON object, a document without text, a corrupt PDF, a feed that is not well-formed XML).",
);
export const SourceEncrypted = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_ENCRYPTED",
  "%s: encrypted: %s",
  422,
  "An input is encrypted (a password-protected PDF) and cannot be read without the password.",
);
export const SourceNoText = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_NO_TEXT",
  "%s: no text to read: %s",
  422,
  "An input holds pages but no text layer (a scanned PDF): run OCR on it first.",
);
export const SourceUnsupported = createError<[name: string, reason: string]>(
  "VIGIL_ERR_SOURCE_UNSUPPORTED",
  "%s: unsupported: %s",
  415,
  "An input's type is not one Vigil reads.",
);

// Store --------------------------------------------------------------------------------------

export const DbLocked = createError<[dir: string, holder: string]>(
  "VIGIL_ERR_DB_LOCKED",
  "database %s is in use by %s; wait for it to finish or stop it (a second process would corrupt the directory)",
  409,
  "Another Vigil process has the embedded database directory open. Two processes writing one PGlite directory corrupt it, so the second one stops.",
);
export const DbUnavailable = createError<[where: string, reason: string]>(
  "VIGIL_ERR_DB_UNAVAILABLE",
  "cannot open database %s: %s",
  503,
  "The database could not be opened: a directory that is not a Vigil database, a PostgreSQL server that does not answer, bad credentials.",
);
export const DbMigrationFailed = createError<[migration: string, reason: string]>(
  "VIGIL_ERR_DB_MIGRATION",
  "database migration %s failed: %s",
  500,
  "A schema migration failed, or the database was written by a newer Vigil. Nothing of that migration was applied.",
);
export const StoreWorkerFailed = createError<[reason: string]>(
  "VIGIL_ERR_STORE_WORKER",
  "the database worker stopped: %s",
  500,
  "The thread that runs the embedded database stopped unexpectedly. Work already committed is kept; run the command again.",
);
export const DocumentNotStored = createError<[name: string, reason: string]>(
  "VIGIL_ERR_DOCUMENT_NOT_STORED",
  "%s: not stored: %s",
  500,
  "A document was read and analysed but could not be written; nothing of it was stored (ingest is atomic per document). Other documents go on.",
);
export const NotFound = createError<[what: string]>(
  "VIGIL_ERR_NOT_FOUND",
  "%s not found",
  404,
  "An actor, document, merge or feed named in a command does not exist.",
);
export const Ambiguous = createError<[what: string, choices: string]>(
  "VIGIL_ERR_AMBIGUOUS",
  "%s matches several: %s; give the id instead",
  409,
  "A name matches more than one actor; the message lists them with their ids.",
);
export const Conflict = createError<[reason: string]>(
  "VIGIL_ERR_CONFLICT",
  "%s",
  409,
  "A change that contradicts the current state: merging an actor into itself, undoing a merge twice.",
);

// Queue, backups and copies -------------------------------------------------------------------

export const QueueNeedsPostgres = createError<[what: string, db: string]>(
  "VIGIL_ERR_QUEUE_NEEDS_POSTGRES",
  "%s needs a PostgreSQL database (--db postgres://...), not %s: the job queue lives in the server database that every worker shares, and an embedded database can be opened by one process only",
  400,
  "The job queue (`vigil ingest --queue`, `vigil worker`) works on PostgreSQL only: workers in other processes or on other machines share the server's database. With the embedded database, ingest without `--queue`, or move it to a server with `vigil db copy`.",
);
export const JobInvalid = createError<[job: string, reason: string]>(
  "VIGIL_ERR_JOB_INVALID",
  "job %s: %s",
  422,
  "A queued job's payload is not one this Vigil understands, or its text does not match its content hash. The job is left failed; nothing was stored.",
);
export const DbNotEmpty = createError<[where: string, what: string]>(
  "VIGIL_ERR_DB_NOT_EMPTY",
  "database %s already holds data (%s); add --force to replace it",
  409,
  "A restore or copy would overwrite a database that holds documents, actors or cases. Nothing was changed; add `--force` to replace everything in it.",
);
export const BackupInvalid = createError<[file: string, reason: string]>(
  "VIGIL_ERR_BACKUP_INVALID",
  "%s: not a usable Vigil backup: %s",
  422,
  "A backup file is not a Vigil backup, is truncated or damaged (counts or content hashes differ from its trailer), or was written by a newer Vigil. Nothing was restored.",
);
export const VerifyFailed = createError<[what: string, reason: string]>(
  "VIGIL_ERR_VERIFY_FAILED",
  "%s: verification failed: %s",
  500,
  "A copy or restore read back rows whose counts or content hashes differ from the source. It was rolled back: the target is as it was.",
);

// Feeds --------------------------------------------------------------------------------------

export const FeedExists = createError<[what: string, feed: string]>(
  "VIGIL_ERR_FEED_EXISTS",
  "%s is already taken by feed %s",
  409,
  "`vigil feeds add` was given a location (or a name) another feed already has. Nothing was added; `vigil feeds list` shows the feeds.",
);
export const FeedLocationInvalid = createError<[location: string, reason: string]>(
  "VIGIL_ERR_FEED_LOCATION",
  "%s: cannot be a feed: %s",
  400,
  "`vigil feeds add` was given a location that does not exist or is not a feed file (.rss, .atom, .xml), a JSONL file (.jsonl, .ndjson) or a folder.",
);

// Checks -------------------------------------------------------------------------------------

export const CheckTransitionInvalid = createError<[check: string, action: string, state: string]>(
  "VIGIL_ERR_CHECK_TRANSITION",
  "check %s: cannot %s a check that is %s",
  409,
  "A review step that the check's state does not allow: accepting a rejected check, publishing one nobody reviewed, editing a published one.",
);
export const CheckInvalid = createError<[check: string, reason: string]>(
  "VIGIL_ERR_CHECK_INVALID",
  "check %s: %s",
  422,
  "A check or review step is incomplete or inconsistent: no reviewer, no time, an unknown verdict, an edit that changes nothing, an export without a site URL.",
);
export const ClaimTypeInvalid = createError<[type: string, reason: string]>(
  "VIGIL_ERR_CLAIM_TYPE",
  "claim type %s: %s",
  422,
  "A claim type given as data is malformed: an unknown word class or evidence rule, a pattern that cannot match.",
);

// HTTP API -----------------------------------------------------------------------------------

export const InvalidRequest = createError<[reason: string]>(
  "VIGIL_ERR_INVALID_REQUEST",
  "invalid request: %s",
  400,
  "An HTTP request does not match its route's schema (a missing or malformed parameter, a body that is not JSON).",
);
export const Unauthenticated = createError<[reason: string]>(
  "VIGIL_ERR_UNAUTHENTICATED",
  "%s",
  401,
  "The request needs a signed-in user: log in (POST /api/auth/login) and send the session cookie.",
);
export const Forbidden = createError<[reason: string]>(
  "VIGIL_ERR_FORBIDDEN",
  "%s",
  403,
  "The signed-in user's role does not allow this (roles: viewer < editor < reviewer < admin).",
);
export const CsrfRejected = createError<[reason: string]>(
  "VIGIL_ERR_CSRF",
  "%s",
  403,
  "A state-changing request without the session's CSRF token in the x-csrf-token header, or from another origin.",
);
export const RateLimited = createError<[reason: string, retryAfter: number]>(
  "VIGIL_ERR_RATE_LIMITED",
  "%s; try again in %s s",
  429,
  "Too many failed logins for this user name or from this address: wait (the Retry-After header says how long).",
);
export const BodyTooLarge = createError<[limit: string]>(
  "VIGIL_ERR_BODY_TOO_LARGE",
  "request body too large (limit %s)",
  413,
  "An HTTP request body is larger than the route accepts (uploads: setting max-input-bytes).",
);
export const MediaTypeUnsupported = createError<[type: string]>(
  "VIGIL_ERR_MEDIA_TYPE",
  "unsupported content type %s",
  415,
  "An HTTP request body in a content type the route does not take (JSON bodies: application/json).",
);

// Usage and configuration --------------------------------------------------------------------

export const UsageError = createError<[message: string]>(
  "VIGIL_ERR_USAGE",
  "%s",
  400,
  "A command was called with missing or invalid arguments.",
);
export const ConfigInvalid = createError<[name: string, value: string, reason: string]>(
  "VIGIL_ERR_CONFIG",
  "setting %s=%s is invalid: %s",
  500,
  "A setting (environment variable or option) has an invalid value.",
);
export const InternalError = createError<[message: string]>(
  "VIGIL_ERR_INTERNAL",
  "internal error: %s",
  500,
  "A bug: Vigil failed in a way it did not expect. Please report it with the command you ran.",
);

/** Wraps anything thrown into a VigilError without leaking stack traces to users. */
export function asVigilError(err: unknown): VigilError {
  if (err instanceof VigilError) return err;
  let e: unknown = err;
  // An ORM's "Failed query: <SQL> params: <values>" quotes record content; its cause does not.
  while (e instanceof Error && e.message.startsWith("Failed query:") && e.cause) e = e.cause;
  const message = e instanceof Error ? e.message : String(e);
  return new InternalError(message.startsWith("Failed query:") ? "a query failed" : message);
}
