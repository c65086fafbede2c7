import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import {
  checkPath,
  claimReviewPath,
  reviewCheck,
  STEPS,
  type ReviewAction,
} from "../api/checks.js";
import type { CheckView, EvidenceItem, Verdict } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { bound, statuteShort } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { webUrl } from "../lib/web-url.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";
import { VerdictBadge } from "./claims-page.js";

const VERDICTS: Verdict[] = ["contradicted", "disputed", "supported", "unverifiable"];

/** "… held 28 people [E1]." with each [E1] a link to the evidence it cites. */
function Cited({ text }: { text: string }) {
  const parts = text.split(/(\[E\d+\])/g);
  return (
    <>
      {parts.map((p, i) => {
        const m = /^\[(E\d+)\]$/.exec(p);
        return m ? (
          <a key={i} href={`#evidence-${m[1]}`} className="cite">
            [{m[1]}]
          </a>
        ) : (
          p
        );
      })}
    </>
  );
}

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/** The articles people were held under: "13 × Art. 117 CC 2015 (VN)". */
function byArticle(v: unknown): string | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  return (v as { statute: string; count: number }[])
    .map((a) => `${a.count} × ${statuteShort(a.statute)}`)
    .join(", ");
}

/** What an evidence item says, by its kind (src/core/check/evidence.ts). */
function EvidenceSummary({ item }: { item: EvidenceItem }) {
  const e = item as Record<string, unknown>;
  switch (item.kind) {
    case "register-count": {
      const articles = byArticle(e.byArticle);
      return (
        <>
          {str(e.label)}: <strong className="value">{num(e.value)}</strong>
          {e.unit === "percent" ? "%" : ""}
          {articles ? <span className="muted"> ({articles})</span> : null}
          {num(e.confidential) ? (
            <span className="muted"> · {num(e.confidential)} confidential, counted unnamed</span>
          ) : null}
        </>
      );
    }
    case "case": {
      const id = str(e.caseId);
      const charges = Array.isArray(e.charges)
        ? (e.charges as { statute: string }[]).map((a) => statuteShort(a.statute)).join(", ")
        : "";
      return (
        <>
          {e.confidential ? "A confidential case" : (str(e.name) ?? "a case")}
          {id && !e.confidential ? (
            <>
              {" ("}
              <Link to={`/cases/${encodeURIComponent(id)}`}>{id}</Link>)
            </>
          ) : null}
          , {String(e.status ?? "").replace(/-/g, " ")}
          {str(e.since) ? ` since ${str(e.since)}` : ""}
          {charges ? ` · ${charges}` : ""}
          {str(e.province) ? ` · ${str(e.province)}` : ""}
        </>
      );
    }
    case "figure":
      return (
        <>
          {bound(str(e.bound))} <strong className="value">{num(e.value)}</strong>
          {e.unit === "percent" ? "%" : ""} {str(e.what)}
          {num(e.difference) !== null ? (
            <span className="muted"> · differs from the claim by {num(e.difference)}</span>
          ) : null}
        </>
      );
    case "statement":
      return (
        <>
          {str(e.speaker) ?? "someone"} said{str(e.date) ? ` on ${str(e.date)}` : ""}
          {str(e.stance) ? <span className="muted"> · {str(e.stance)}</span> : null}
        </>
      );
    case "report":
      return (
        <>
          {str(e.issuer) ?? "a report"}
          {str(e.title) ? `: ${str(e.title)}` : ""}
          {num(e.year) ? ` (${num(e.year)})` : ""}
          {str(e.findings) ? <span className="muted"> · {str(e.findings)}</span> : null}
          {e.outstanding ? <span className="muted"> · still unanswered</span> : null}
        </>
      );
    case "response":
      return (
        <>
          {str(e.speaker) ?? str(e.state) ?? "the government"} {str(e.response)} the report
          {str(e.reportEvidenceId) ? (
            <>
              {" "}
              <a href={`#evidence-${str(e.reportEvidenceId)}`} className="cite">
                [{str(e.reportEvidenceId)}]
              </a>
            </>
          ) : null}
          {str(e.date) ? ` on ${str(e.date)}` : ""}
        </>
      );
    default:
      return <>{str(e.label)}</>;
  }
}

function Evidence({ item }: { item: EvidenceItem }) {
  const src = item.source;
  const docId = src?.documentId && /^\d+$/.test(src.documentId) ? src.documentId : null;
  return (
    <li id={`evidence-${item.id}`} tabIndex={-1}>
      <p>
        <strong>{item.id}</strong> <span className="kind">{item.kind}</span>{" "}
        <EvidenceSummary item={item} />
        {item.asOf ? <span className="muted"> · as of {item.asOf}</span> : null}
        {item.publisher ? <span className="muted"> · {item.publisher}</span> : null}
      </p>
      {item.sentence?.text ? <blockquote>{item.sentence.text}</blockquote> : null}
      {src ? (
        <p className="meta">
          {docId ? (
            <Link to={`/sources/${docId}`}>{src.title ?? "source"}</Link>
          ) : (
            (src.title ?? "source")
          )}
          {src.outlet ? ` · ${src.outlet}` : ""}
          {src.date ? ` · ${src.date}` : ""}
        </p>
      ) : null}
      {Array.isArray(item.caseIds) && item.caseIds.length ? (
        <details className="meta">
          <summary>
            {item.moreCaseIds
              ? `The first ${item.caseIds.length} of ${(item.caseIds.length + item.moreCaseIds).toLocaleString("en")} named records counted`
              : `The ${item.caseIds.length} records counted`}
          </summary>
          {item.caseIds.map((c, i) => (
            <span key={c}>
              {i ? ", " : ""}
              <Link to={`/cases/${encodeURIComponent(c)}`}>{c}</Link>
            </span>
          ))}
        </details>
      ) : null}
      <p className="rule">rule {item.rule}</p>
    </li>
  );
}

export function ClaimPage({ id }: { id: string }) {
  const check = useApi<CheckView>(checkPath(id));
  usePageTitle(check.data ? `Claim: ${check.data.claim.text.slice(0, 40)}` : "Claim");
  const [shown, setShown] = useState<CheckView | null>(null);
  const c = shown ?? check.data;
  if (check.error)
    return (
      <>
        <h1>Claim</h1>
        <ErrorBox error={check.error} />
      </>
    );
  if (!c) return <Loading what="the check" />;
  const appearance = c.claim.appearance;
  const docId =
    appearance?.documentId && /^\d+$/.test(appearance.documentId) ? appearance.documentId : null;

  return (
    <>
      <h1>Claim</h1>
      <blockquote className="claim">{c.claim.text}</blockquote>
      <p className="meta">
        {c.claim.speaker?.name ?? "unknown speaker"}
        {c.claim.speaker?.role ? `, ${c.claim.speaker.role}` : ""}
        {c.claim.speaker?.org ? `, ${c.claim.speaker.org}` : ""} · said {c.claim.date ?? "—"} ·
        checked as of {c.asOf}
        {docId ? (
          <>
            {" · "}
            <Link
              to={`/sources/${docId}${c.claim.statementId ? `#statement-${c.claim.statementId}` : ""}`}
            >
              {appearance?.title ?? "the source"}
            </Link>
          </>
        ) : null}
      </p>

      <section className="panel verdict-panel" aria-labelledby="verdict-title">
        <h2 id="verdict-title">Verdict</h2>
        <p className="verdict-line" data-testid="verdict">
          <VerdictBadge verdict={c.verdict} />{" "}
          <span className={`state state-${c.state}`} data-testid="state">
            {c.state}
          </span>
          {c.verdict !== c.proposal.verdict ? (
            <span className="muted"> · Vigil proposed: {c.proposal.verdict}</span>
          ) : (
            <span className="muted"> · confidence {c.proposal.confidence}</span>
          )}
        </p>
        {c.types.length ? (
          <p className="muted">
            Read as: {c.types.map((t) => `${t.label} (${t.polarity})`).join("; ")}
          </p>
        ) : null}
        <h3>Reasoning</h3>
        <ol className="reasoning">
          {c.reasoning.map((r, i) => (
            <li key={i}>
              <Cited text={r} />
            </li>
          ))}
        </ol>
        {c.notes.length ? (
          <ul className="notes">
            {c.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : null}
        {c.state === "published" ? (
          <p data-testid="published">
            Published {c.publishedAt ? `on ${c.publishedAt.slice(0, 10)}` : ""}
            {c.publishedBy ? ` by ${c.publishedBy}` : ""}
            {c.publishedUrl ? (
              <>
                {" at "}
                {webUrl(c.publishedUrl) ? (
                  <a href={webUrl(c.publishedUrl)!} rel="noopener noreferrer nofollow">
                    {c.publishedUrl}
                  </a>
                ) : (
                  c.publishedUrl
                )}
              </>
            ) : null}
            {" · "}
            <a href={claimReviewPath(c.id)} download={`claim-review-${c.id}.json`}>
              ClaimReview JSON-LD
            </a>
          </p>
        ) : null}
        <Review check={c} onDone={setShown} />
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence ({c.evidence.length})</h2>
        {c.evidence.length === 0 ? (
          <p className="muted">The record holds nothing on this.</p>
        ) : null}
        <ol className="evidence">
          {c.evidence.map((e) => (
            <Evidence key={e.id} item={e} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Review history</h2>
        <ol className="history">
          {c.history.map((h, i) => (
            <li key={i}>
              {h.at.replace("T", " ").slice(0, 16)} · <strong>{h.action}</strong> by {h.by}
              {h.from ? ` (${h.from} → ${h.to})` : ` (${h.to})`}
              {h.note ? ` · “${h.note}”` : ""}
            </li>
          ))}
        </ol>
        <p className="muted">Rules: {c.rules.join(", ")}</p>
      </section>
    </>
  );
}

const STEP_LABELS: Record<ReviewAction, string> = {
  accept: "Accept the proposed verdict",
  edit: "Edit the verdict",
  reject: "Reject",
  publish: "Publish",
  reopen: "Reopen",
};

function Review({ check, onDone }: { check: CheckView; onDone: (c: CheckView) => void }) {
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
