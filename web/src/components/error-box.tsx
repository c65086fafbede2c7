import type { ApiError } from "../api/client.js";

/** A failure as the API reported it: its message, and its code for a bug report. */
export function ErrorBox({ error, title }: { error: ApiError | Error | null; title?: string }) {
  if (!error) return null;
  const code = (error as ApiError).code;
  return (
    <div className="error" role="alert">
      <strong>{title ?? "That did not work"}:</strong> {error.message}
      {code ? <span className="error-code"> ({code})</span> : null}
    </div>
  );
}

/** "Loading…" for screen readers and eyes alike, only while it lasts. */
export function Loading({ what }: { what?: string }) {
  return (
    <p className="muted" role="status">
      Loading{what ? ` ${what}` : ""}…
    </p>
  );
}
