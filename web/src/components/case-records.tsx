import type { CaseDetail, CaseEvent } from "../api/types.js";
import { months, statuteLabel } from "../lib/format.js";
import { webUrl } from "../lib/web-url.js";
import { Link } from "../router.js";

/** A case's records, superseded ones kept and marked; a live one can be corrected by an editor. */
export function CaseRecords({
  records,
  canEdit,
  onCorrect,
}: {
  records: CaseDetail["records"];
  canEdit: boolean;
  onCorrect: (event: CaseEvent) => void;
}) {
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title">Records</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Type</th>
            <th scope="col">Date</th>
            <th scope="col">Charges</th>
            <th scope="col">Sentence</th>
            <th scope="col">Sources</th>
            <th scope="col">In force</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.event.id} className={r.live ? "" : "superseded"}>
              <td>{r.event.id}</td>
              <td>{r.event.type}</td>
              <td>{r.event.date}</td>
              <td>{r.event.charges.map(statuteLabel).join("; ") || "—"}</td>
              <td>{r.event.sentenceMonths === null ? "—" : months(r.event.sentenceMonths)}</td>
              <td>
                {r.sources.map((s, i) => (
                  <span key={i}>
                    {i ? "; " : ""}
                    {s.documentId !== null ? (
                      <Link to={`/sources/${s.documentId}`}>
                        {s.sourceId ?? `source ${s.documentId}`}
                      </Link>
                    ) : webUrl(s.url) ? (
                      <a href={webUrl(s.url)!} rel="noopener noreferrer nofollow">
                        {s.url}
                      </a>
                    ) : s.url ? (
                      s.url
                    ) : (
                      (s.sourceId ?? "—")
                    )}
                  </span>
                ))}
              </td>
              <td>{r.live ? "yes" : r.supersededBy ? `corrected by ${r.supersededBy}` : "no"}</td>
              {canEdit ? (
                <td>
                  {r.live ? (
                    <button
                      type="button"
                      aria-label={`Correct record ${r.event.id}`}
                      onClick={() => onCorrect(r.event)}
                    >
                      Correct…
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
