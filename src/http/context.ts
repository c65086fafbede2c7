import type {} from "fastify";
import type { Access, Role } from "../accounts/roles.js";
import type { Config } from "../config.js";
import type { Analyzer } from "../ingest/worker/analyzer.js";
import type { StoreService } from "../store/store-types.js";

/** The signed-in user, as a request sees them. */
export interface SessionUser {
  id: number;
  name: string;
  role: Role;
}

/** Who is asking, resolved once per request by the auth hook. */
export interface Viewer {
  user: SessionUser | null;
  /** May read confidential records (see CONFIDENTIAL_ROLE). */
  confidential: boolean;
  /** The session's CSRF token, when signed in. */
  csrf: string | null;
  /** The session token's hash (logout ends this session). */
  sessionHash: string | null;
}

/** Everything routes need, built once by `buildApp`. */
export interface AppContext {
  store: StoreService;
  config: Config;
  analyzer: Analyzer;
  /** Milliseconds since the epoch: session expiry, rate-limit windows, audit times. */
  now: () => number;
  public: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The permission table's access level (src/accounts/roles.ts); every route names one. */
    access?: Access;
    /** An `open` route that still wants to know who is signed in (it costs a store call). */
    session?: boolean;
  }
  /** OpenAPI annotations on a route's schema (src/http/openapi.ts). */
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    consumes?: string[];
    produces?: string[];
    hide?: boolean;
  }
  interface FastifyRequest {
    viewer: Viewer;
  }
}

export const ANONYMOUS: Viewer = Object.freeze({
  user: null,
  confidential: false,
  csrf: null,
  sessionHash: null,
});
