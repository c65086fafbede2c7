import { useState } from "react";
import { checkPath, claimReviewPath } from "../api/checks.js";
import type { CheckView } from "../api/types.js";
import { Evidence } from "../components/check-evidence.js";
import { Review } from "../components/check-review.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { webUrl } from "../lib/web-url.js";
import { Link } from "../router.js";
import { VerdictBadge } from "./claims-page.js";

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
