// The one settings table and the one place that reads the environment. `--help`, the README's
// settings section and docs/settings.md are checked against this table by a test.
import { ConfigInvalid } from "./errors.js";

export type SettingType = "string" | "integer" | "boolean";

export interface Setting {
  /** Kebab-case name, also the long CLI option where one exists (`--db`). */
  name: string;
  env: string;
  type: SettingType;
  default: string | number | boolean;
  help: string;
}

export const SETTINGS = [
  {
    name: "db",
    env: "VIGIL_DB",
    type: "string",
    default: "./vigil-data",
    help: "Database: a directory for the embedded database (PGlite), or a postgres:// URL for a PostgreSQL server.",
  },
  {
    name: "db-cache-mb",
    env: "VIGIL_DB_CACHE_MB",
    type: "integer",
    default: 256,
    help: "Page cache of the embedded database (PGlite's shared_buffers), in MB. A PostgreSQL server keeps its own setting.",
  },
  {
    name: "max-input-bytes",
    env: "VIGIL_MAX_INPUT_BYTES",
    type: "integer",
    default: 64 * 1024 * 1024,
    help: "Largest input file read; larger files are reported and skipped.",
  },
  {
    name: "max-document-chars",
    env: "VIGIL_MAX_DOCUMENT_CHARS",
    type: "integer",
    default: 5_000_000,
    help: "Largest single document (characters) analysed; a longer JSONL text or file is reported and skipped.",
  },
  {
    name: "jurisdiction",
    env: "VIGIL_JURISDICTION",
    type: "string",
    default: "",
    help: "Default jurisdiction (ISO 3166 alpha-2, e.g. VN) for legal references whose document does not say.",
  },
  {
    name: "port",
    env: "VIGIL_PORT",
    type: "integer",
    default: 8080,
    help: "Port the HTTP server listens on.",
  },
  {
    name: "host",
    env: "VIGIL_HOST",
    type: "string",
    default: "127.0.0.1",
    help: "Address the HTTP server listens on.",
  },
  {
    name: "public",
    env: "VIGIL_PUBLIC",
    type: "boolean",
    default: false,
    help: "Server public mode: anonymous visitors may read published checks and non-confidential records (vigil serve --public).",
  },
  {
    name: "secure-cookies",
    env: "VIGIL_SECURE_COOKIES",
    type: "boolean",
    default: false,
    help: "Mark the session cookie Secure (sent over HTTPS only): set it when the server is reached through https.",
  },
  {
    name: "session-hours",
    env: "VIGIL_SESSION_HOURS",
    type: "integer",
    default: 12,
    help: "How long a login lasts, in hours, before the session expires.",
  },
  {
    name: "trust-proxy",
    env: "VIGIL_TRUST_PROXY",
    type: "boolean",
    default: false,
    help: "Behind a reverse proxy: take the client address and protocol from X-Forwarded-For and X-Forwarded-Proto.",
  },
  {
    name: "allowed-origins",
    env: "VIGIL_ALLOWED_ORIGINS",
    type: "string",
    default: "",
    help: "Origins besides the server's own allowed to send state-changing requests (comma-separated, e.g. http://localhost:5173).",
  },
  {
    name: "log-level",
    env: "VIGIL_LOG_LEVEL",
    type: "string",
    default: "info",
    help: "Server log level: fatal, error, warn, info, debug, trace or silent.",
  },
  {
    name: "queue-name",
    env: "VIGIL_QUEUE_NAME",
    type: "string",
    default: "vigil-ingest",
    help: "Job queue (PostgreSQL only) that `vigil ingest --queue` fills and `vigil worker` empties.",
  },
  {
    name: "queue-visibility-seconds",
    env: "VIGIL_QUEUE_VISIBILITY_SECONDS",
    type: "integer",
    default: 300,
    help: "Seconds a worker may hold a job before it is given to another worker (a worker that died mid-job); longer than the slowest document takes.",
  },
  {
    name: "queue-retry-limit",
    env: "VIGIL_QUEUE_RETRY_LIMIT",
    type: "integer",
    default: 3,
    help: "Times a failed or abandoned job is tried again before it is left failed.",
  },
  {
    name: "worker-concurrency",
    env: "VIGIL_WORKER_CONCURRENCY",
    type: "integer",
    default: 2,
    help: "Job batches one `vigil worker` process works on at once (analysis of one overlaps the database writes of another).",
  },
  {
    name: "worker-batch-size",
    env: "VIGIL_WORKER_BATCH_SIZE",
    type: "integer",
    default: 8,
    help: "Jobs a worker takes from the queue at a time.",
  },
  {
    name: "feed-poll-seconds",
    env: "VIGIL_FEED_POLL_SECONDS",
    type: "integer",
    default: 900,
    help: "How often `vigil feeds run` reads a feed added without its own --every.",
  },
] as const satisfies readonly Setting[];

export type SettingName = (typeof SETTINGS)[number]["name"];

type ValueOf<S> = S extends { type: "integer" }
  ? number
  : S extends { type: "boolean" }
    ? boolean
    : string;

export type Config = {
  readonly [S in (typeof SETTINGS)[number] as CamelCase<S["name"]>]: ValueOf<S>;
};

type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function parseValue(setting: Setting, raw: string | number | boolean): string | number | boolean {
  if (setting.type === "integer") {
    const n = typeof raw === "number" ? raw : Number(String(raw).replace(/_/g, ""));
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new ConfigInvalid(setting.name, String(raw), "expected a non-negative integer");
    }
    return n;
  }
  if (setting.type === "boolean") {
    if (typeof raw === "boolean") return raw;
    const s = String(raw).toLowerCase();
    if (["1", "true", "yes", "on"].includes(s)) return true;
    if (["0", "false", "no", "off", ""].includes(s)) return false;
    throw new ConfigInvalid(setting.name, String(raw), "expected true or false");
  }
  return String(raw);
}

/**
 * Resolves every setting: explicit overrides (CLI options) first, then the environment, then the
 * default. Validated and frozen; read once per process.
 */
export function loadConfig(
  overrides: Partial<Record<string, string | number | boolean | undefined>> = {},
  env: Record<string, string | undefined> = process.env,
): Config {
  const out: Record<string, string | number | boolean> = {};
  for (const setting of SETTINGS as readonly Setting[]) {
    const key = camelCase(setting.name);
    const override = overrides[key] ?? overrides[setting.name];
    const fromEnv = env[setting.env];
    const raw = override ?? (fromEnv !== undefined && fromEnv !== "" ? fromEnv : setting.default);
    out[key] = parseValue(setting, raw);
  }
  const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!logLevels.includes(String(out.logLevel))) {
    throw new ConfigInvalid(
      "log-level",
      String(out.logLevel),
      `expected one of ${logLevels.join(", ")}`,
    );
  }
  return Object.freeze(out) as unknown as Config;
}
