import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "vigil_session";
export const CSRF_HEADER = "x-csrf-token";

/** A new session token: 256 random bits. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The session's CSRF token, derived from the session token: only a page that can read the
 * response of /api/auth/csrf (the same origin) learns it, and nothing extra is stored.
 */
export function csrfToken(sessionToken: string): string {
  return createHash("sha256").update("vigil-csrf\0").update(sessionToken).digest("base64url");
}
