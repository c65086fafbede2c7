import type { ApiErrorBody, Session } from "./types.js";

// The one way the page talks to the server: same origin, the session cookie sent by the browser,
// the CSRF token (from login or /api/auth/me) on every state-changing request, and every failure
// turned into an ApiError carrying the API's `{ok: false, code, error, status}`.

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(body: ApiErrorBody) {
    super(body.error);
    this.name = "ApiError";
    this.code = body.code;
    this.status = body.status;
  }
}

let csrfToken: string | null = null;
const sessionListeners = new Set<() => void>();

export function setCsrf(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401): the app shows the login page. */
export function onSessionLost(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

/** `/api/x` plus the query's non-empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, item);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (an uploaded file). */
  raw?: Blob;
  signal?: AbortSignal;
  /** Answer text instead of JSON (exports). */
  text?: boolean;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.json);
  } else if (opts.raw) {
    headers["content-type"] = "application/octet-stream";
    body = opts.raw;
  }
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: "same-origin",
      ...(body !== undefined ? { body } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError({
      ok: false,
      code: "VIGIL_ERR_NETWORK",
      error: "the server did not answer; is `vigil serve` still running?",
      status: 0,
    });
  }
  if (!res.ok) {
    let parsed: ApiErrorBody;
    try {
      parsed = (await res.json()) as ApiErrorBody;
      if (typeof parsed?.code !== "string") throw new Error("not the error shape");
    } catch {
      parsed = { ok: false, code: "VIGIL_ERR_HTTP", error: res.statusText, status: res.status };
    }
    if (res.status === 401 && !path.startsWith("/api/auth/")) for (const l of sessionListeners) l();
    throw new ApiError(parsed);
  }
  return (opts.text ? await res.text() : await res.json()) as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> =>
  request<T>(path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) });

export const post = <T>(path: string, json: unknown = {}, query?: Query): Promise<T> =>
  request<T>(path, { method: "POST", json, ...(query ? { query } : {}) });

export async function login(name: string, password: string): Promise<Session> {
  const s = await post<Session>("/api/auth/login", { name, password });
  setCsrf(s.csrfToken);
  return s;
}

export async function logout(): Promise<void> {
  try {
    await post("/api/auth/logout");
  } finally {
    setCsrf(null);
  }
}

export async function me(): Promise<Session> {
  const s = await get<Session>("/api/auth/me");
  setCsrf(s.csrfToken);
  return s;
}
