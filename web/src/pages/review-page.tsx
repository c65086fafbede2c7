import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { post } from "../api/client.js";
import type { Page, Suggestion } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { docLabel, months, statuteLabel } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";

// Events read from articles are suggestions for the register, never silent edits: an editor
// accepts one (the article becomes the record's evidence) or rejects it, saying why.

const ACTIONS: Record<string, string> = {
  "add-event": "add this record to the matched case",
  "add-source": "add this article as a source of a record the register has",
  "already-recorded": "already recorded with this source",
  "create-case": "create a new case for this person",
  "choose-case": "choose the case (several people match)",
  none: "nothing to do",
};

export function ReviewPage() {
  usePageTitle("Review queue");
  const canEdit = useCan("editor");
  const pager = usePager();
  const [status, setStatus] = useState("pending");
  const list = useApi<Page<Suggestion>>(canEdit ? "/api/review" : null, {
    status,
    limit: 20,
    cursor: pager.cursor,
  });
  return (
    <>
      <h1>Review queue</h1>
      <p className="muted">
        Arrests, trials, sentences and releases read from ingested articles, waiting for an editor
        to add them to the case register.
      </p>
      {!canEdit ? <p>The review queue is for editors and above.</p> : null}
      <div className="toolbar">
        <SelectField
          label="Show"
          value={status}
          options={[
            ["pending", "pending"],
            ["accepted", "accepted"],
            ["rejected", "rejected"],
            ["all", "all"],
          ]}
          onChange={(e) => {
            setStatus(e.target.value);
            pager.reset();
          }}
        />
      </div>
      {list.error?.status === 404 ? (
        <p className="muted">The review queue is not available on this server yet.</p>
      ) : (
        <ErrorBox error={list.error} />
      )}
      {list.loading && !list.data ? <Loading what="suggestions" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p>Nothing {status === "all" ? "" : status}.</p>
      ) : null}
      <ol className="cards">
        {list.data?.items.map((s) => (
          <SuggestionCard key={s.id} s={s} onDone={list.reload} />
        ))}
      </ol>
      <Pager pager={pager} next={list.data?.next} label="Suggestions" />
    </>
  );
}

function SuggestionCard({ s, onDone }: { s: Suggestion; onDone: () => void }) {
  const [choice, setChoice] = useState(s.candidates[0]?.caseId ?? "");
  const [newCaseId, setNewCaseId] = useState(s.proposedCase?.id ?? "");
  const [reason, setReason] = useState("");
  const [mode, setMode] = useState<"accept" | "reject" | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const p = s.proposed;
  const titleId = `suggestion-${s.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === "reject") await post(`/api/review/${s.id}/reject`, { reason });
      else
        await post(
          `/api/review/${s.id}/accept`,
          choice === "new"
            ? { newCase: true, ...(newCaseId ? { newCaseId } : {}) }
            : choice
              ? { caseId: choice }
              : {},
        );
      onDone();
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };

  return (
    <li aria-labelledby={titleId}>
      <h2 id={titleId} className="h3">
        {p.type} · {s.person} · {p.date || "undated"}{" "}
        <span className={`state state-${s.status}`}>{s.status}</span>
      </h2>
      <blockquote>{s.sentence}</blockquote>
      <p className="meta">
        <Link to={`/sources/${s.document.id}`}>{docLabel(s.document)}</Link>
        {s.document.outlet ? ` · ${s.document.outlet}` : ""}
        {s.document.date ? ` · ${s.document.date}` : ""}
      </p>
      <dl className="facts">
        <div>
          <dt>Accepting will</dt>
          <dd>{ACTIONS[s.action] ?? s.action}</dd>
        </div>
        <div>
          <dt>Charges</dt>
          <dd>{p.charges.length ? p.charges.map(statuteLabel).join("; ") : "—"}</dd>
        </div>
        {p.sentenceMonths !== null ? (
          <div>
            <dt>Sentence</dt>
            <dd>{months(p.sentenceMonths)}</dd>
          </div>
        ) : null}
        {s.duplicateOf ? (
          <div>
            <dt>Repeats</dt>
            <dd>{s.duplicateOf}</dd>
          </div>
        ) : null}
        {s.caseId ? (
          <div>
            <dt>Case</dt>
            <dd>
              <Link to={`/cases/${encodeURIComponent(s.caseId)}`}>{s.caseId}</Link>
            </dd>
          </div>
        ) : null}
        {s.reason ? (
          <div>
            <dt>Reason</dt>
            <dd>{s.reason}</dd>
          </div>
        ) : null}
      </dl>
      {s.warnings.length ? (
        <ul className="notes">
          {s.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      {s.status === "pending" ? (
        <>
          <div className="actions">
            <button
              type="button"
              className="primary"
              aria-expanded={mode === "accept"}
              onClick={() => setMode(mode === "accept" ? null : "accept")}
            >
              Accept…
            </button>
            <button
              type="button"
              aria-expanded={mode === "reject"}
              onClick={() => setMode(mode === "reject" ? null : "reject")}
            >
              Reject…
            </button>
          </div>
          {mode ? (
            <form className="stack" onSubmit={submit}>
              {mode === "accept" ? (
                <>
                  <SelectField
                    label="Add to"
                    value={choice}
                    options={[
                      ...s.candidates.map(
                        (c) =>
                          [c.caseId, `${c.caseId} ${c.name} (${c.reasons.join(", ")})`] as [
                            string,
                            string,
                          ],
                      ),
                      ["new", "a new case"],
                    ]}
                    onChange={(e) => setChoice(e.target.value)}
                  />
                  {choice === "new" ? (
                    <Field
                      label="New case id"
                      value={newCaseId}
                      placeholder="VN-900"
                      onChange={(e) => setNewCaseId(e.target.value)}
                    />
                  ) : null}
                </>
              ) : (
                <Field
                  label="Why reject it"
                  required
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              )}
              <ErrorBox error={error} title="Not done" />
              <button type="submit" className="primary" disabled={busy}>
                {mode === "accept" ? "Accept" : "Reject"}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
