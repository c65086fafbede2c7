import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { reviewCheck, STEPS, type ReviewAction } from "../api/checks.js";
import type { CheckView, Verdict } from "../api/types.js";
import { useCan } from "../session.js";
import { ErrorBox } from "./error-box.js";
import { Field, SelectField } from "./field.js";

const VERDICTS: Verdict[] = ["contradicted", "disputed", "supported", "unverifiable"];

const STEP_LABELS: Record<ReviewAction, string> = {
  accept: "Accept the proposed verdict",
  edit: "Edit the verdict",
  reject: "Reject",
  publish: "Publish",
  reopen: "Reopen",
};

export function Review({ check, onDone }: { check: CheckView; onDone: (c: CheckView) => void }) {
  const canReview = useCan("reviewer");
  const [open, setOpen] = useState<ReviewAction | null>(null);
  const [note, setNote] = useState("");
  const [verdict, setVerdict] = useState<Verdict>(check.verdict);
  const [reasoning, setReasoning] = useState(check.reasoning.join("\n"));
  const [url, setUrl] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canReview || !check.saved) return null;
  const steps = STEPS[check.state] ?? [];
  if (steps.length === 0) return null;

  const run = async (action: ReviewAction) => {
    setBusy(true);
    setError(null);
    try {
      const body =
        action === "edit"
          ? {
              verdict,
              reasoning: reasoning
                .split("\n")
                .map((s) => s.trim())
                .filter(Boolean),
              note: note || null,
            }
          : action === "publish"
            ? { url: url || null, note: note || null }
            : { note: note || null };
      onDone(await reviewCheck(check.id, action, body));
      setOpen(null);
      setNote("");
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (open) void run(open);
  };

  return (
    <div className="review">
      <h3>Review</h3>
      <div className="actions" role="group" aria-label="Review steps">
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            className={s === "accept" || s === "publish" ? "primary" : ""}
            aria-expanded={open === s}
            onClick={() => setOpen(open === s ? null : s)}
          >
            {STEP_LABELS[s]}
          </button>
        ))}
      </div>
      {open ? (
        <form className="stack" onSubmit={submit} aria-label={STEP_LABELS[open]}>
          {open === "edit" ? (
            <>
              <SelectField
                label="Verdict"
                value={verdict}
                options={VERDICTS}
                onChange={(e) => setVerdict(e.target.value as Verdict)}
              />
              <div className="field">
                <label htmlFor="reasoning">
                  Reasoning (one sentence per line; cite evidence as [E1])
                </label>
                <textarea
                  id="reasoning"
                  rows={6}
                  required
                  value={reasoning}
                  onChange={(e) => setReasoning(e.target.value)}
                />
              </div>
            </>
          ) : null}
          {open === "publish" ? (
            <Field
              label="Published at (URL, optional)"
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          ) : null}
          <Field
            label={open === "reject" ? "Why (required)" : "Note (optional)"}
            value={note}
            required={open === "reject"}
            onChange={(e) => setNote(e.target.value)}
          />
          <ErrorBox error={error} title="Not done" />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Saving…" : `Confirm: ${STEP_LABELS[open].toLowerCase()}`}
          </button>
        </form>
      ) : null}
    </div>
  );
}
