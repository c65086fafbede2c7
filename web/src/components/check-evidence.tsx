import type { EvidenceItem } from "../api/types.js";
import { bound, statuteShort } from "../lib/format.js";
import { Link } from "../router.js";

// An evidence item arrives as loose JSON whose fields depend on its kind, so each field is read
// defensively rather than trusted to be there.

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

export function Evidence({ item }: { item: EvidenceItem }) {
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
