import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { post } from "../api/client.js";
import type { CheckSummary, CheckView, Page, Verdict } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link, navigate } from "../router.js";
import { useCan } from "../session.js";

const VERDICT_TEXT: Record<Verdict, string> = {
  contradicted: "Contradicted by the record",
  disputed: "Disputed",
  supported: "Supported by the record",
  unverifiable: "Unverifiable",
};

/** A verdict in words and colour (the words carry it; the colour only repeats it). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict}`}>{VERDICT_TEXT[verdict] ?? verdict}</span>;
}

export function ClaimsPage() {
  usePageTitle("Claims");
  const pager = usePager();
  const [state, setState] = useState("");
  const list = useApi<Page<CheckSummary>>("/api/checks", {
    state,
    limit: 25,
    cursor: pager.cursor,
  });
  const canDraft = useCan("editor");

  return (
    <>
      <h1>Claims</h1>
      <p className="muted">
        A claim is held against the record as of the day it was made: the register&apos;s counts,
        figures, statements and reports. Vigil proposes a verdict with its reasoning; a reviewer
        accepts, edits or rejects it, then publishes it.
      </p>
      {canDraft ? <NewCheck /> : null}
      <section aria-labelledby="checks-title">
        <h2 id="checks-title">Checks</h2>
        <div className="toolbar">
          <SelectField
            label="State"
            value={state}
            options={[
              ["", "any"],
              ["proposed", "proposed"],
              ["accepted", "accepted"],
              ["edited", "edited"],
              ["rejected", "rejected"],
              ["published", "published"],
            ]}
            onChange={(e) => {
              setState(e.target.value);
              pager.reset();
            }}
          />
        </div>
        {list.error?.status === 404 ? (
          <p className="muted">Checks are not available on this server yet.</p>
        ) : (
          <ErrorBox error={list.error} />
        )}
        {list.loading && !list.data ? <Loading what="checks" /> : null}
        {list.data ? (
          <table className="list">
            <caption className="visually-hidden">Checks</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Speaker</th>
                <th scope="col">Date</th>
                <th scope="col">Verdict</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/claims/${encodeURIComponent(c.id)}`}>{c.claim}</Link>
                  </td>
                  <td>{c.speaker ?? "—"}</td>
                  <td>{c.date}</td>
                  <td>
                    <VerdictBadge verdict={c.verdict} />
                  </td>
                  <td>
                    <span className={`state state-${c.state}`}>{c.state}</span>
                  </td>
                </tr>
              ))}
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={5} className="muted">
                    No checks{state ? ` in state ${state}` : ""}.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        ) : null}
        <Pager pager={pager} next={list.data?.next} label="Checks" />
      </section>
    </>
  );
}

function NewCheck() {
  const [form, setForm] = useState({ text: "", speaker: "", date: "", jurisdiction: "" });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const check = await post<CheckView>("/api/checks", {
        text: form.text,
        speaker: form.speaker || null,
        date: form.date || null,
        jurisdiction: form.jurisdiction || null,
        save: true,
      });
      navigate(`/claims/${encodeURIComponent(check.id)}`);
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="new-check">
      <h2 id="new-check">Check a claim</h2>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="claim-text">Claim, as said</label>
          <textarea
            id="claim-text"
            required
            rows={3}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
          />
        </div>
        <div className="toolbar">
          <Field
            label="Speaker"
            value={form.speaker}
            hint="a name Vigil knows gives its role and state"
            onChange={(e) => setForm({ ...form, speaker: e.target.value })}
          />
          <Field
            label="Said on"
            value={form.date}
            placeholder="YYYY-MM-DD"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            hint="the record is read as of this day"
            onChange={(e) => setForm({ ...form, date: e.target.value })}
          />
          <Field
            label="Country (ISO code)"
            value={form.jurisdiction}
            placeholder="VN"
            pattern="[A-Za-z]{2}"
            maxLength={2}
            onChange={(e) => setForm({ ...form, jurisdiction: e.target.value })}
          />
        </div>
        <ErrorBox error={error} title="No check" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Checking…" : "Check against the record"}
        </button>
      </form>
      <p className="muted">
        Or open a source and choose a statement: <Link to="/sources">Sources</Link>.
      </p>
    </section>
  );
}
