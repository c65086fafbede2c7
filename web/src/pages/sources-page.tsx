import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { request } from "../api/client.js";
import type { IngestResult, Page, SourceSummary } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { docLabel } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";

export function SourcesPage() {
  usePageTitle("Sources");
  const pager = usePager();
  const [filters, setFilters] = useState({ title: "", outlet: "", from: "", to: "" });
  const [draft, setDraft] = useState(filters);
  const list = useApi<Page<SourceSummary>>("/api/sources", {
    ...filters,
    limit: 25,
    cursor: pager.cursor,
  });
  const canEdit = useCan("editor");

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    pager.reset();
  };

  return (
    <>
      <h1>Sources</h1>
      {canEdit ? <Upload onDone={list.reload} /> : null}
      <form className="toolbar" onSubmit={apply} aria-label="Filter sources">
        <Field
          label="Title has"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <Field
          label="Outlet has"
          value={draft.outlet}
          onChange={(e) => setDraft({ ...draft, outlet: e.target.value })}
        />
        <Field
          label="From"
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <Field
          label="To"
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit">Filter</button>
      </form>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <Loading what="sources" /> : null}
      {list.data ? (
        <table className="list">
          <caption className="visually-hidden">Sources, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Statements
              </th>
              <th scope="col" className="num">
                Figures
              </th>
              <th scope="col" className="num">
                Legal refs
              </th>
              <th scope="col" className="num">
                Events
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/sources/${s.id}`}>{docLabel(s)}</Link>
                </td>
                <td>{s.outlet ?? "—"}</td>
                <td>{s.date ?? "—"}</td>
                <td className="num">{s.counts.statements}</td>
                <td className="num">{s.counts.figures}</td>
                <td className="num">{s.counts.legalRefs}</td>
                <td className="num">{s.counts.events}</td>
              </tr>
            ))}
            {list.data.items.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  No sources match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
      <Pager pager={pager} next={list.data?.next} label="Sources" />
    </>
  );
}

/** Ingest files through the API: each file is read, analysed and stored (idempotent). */
function Upload({ onDone }: { onDone: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<
    { file: string; result?: IngestResult; error?: ApiError }[]
  >([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const done: typeof results = [];
    for (const f of files) {
      try {
        const result = await request<IngestResult>("/api/sources", {
          method: "POST",
          query: { name: f.name },
          raw: f,
        });
        done.push({ file: f.name, result });
      } catch (err) {
        done.push({ file: f.name, error: err as ApiError });
      }
      setResults([...done]);
    }
    setBusy(false);
    onDone();
  };

  return (
    <section className="panel" aria-labelledby="upload-title">
      <h2 id="upload-title">Add sources</h2>
      <form onSubmit={submit} className="toolbar">
        <Field
          label="Files to ingest"
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.rss,.atom,.xml,.jsonl"
          hint="Text, Markdown, HTML, PDF, RSS/Atom or JSONL. The same file twice is stored once."
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <button type="submit" className="primary" disabled={busy || files.length === 0}>
          {busy ? "Ingesting…" : "Ingest"}
        </button>
      </form>
      {results.length ? (
        <ul className="results" aria-live="polite">
          {results.map((r) => (
            <li key={r.file}>
              <strong>{r.file}</strong>:{" "}
              {r.error ? (
                <span className="bad">
                  {r.error.message} ({r.error.code})
                </span>
              ) : (
                r.result!.items.map((i) =>
                  i.ok && i.documentId !== undefined ? (
                    <span key={i.id} className="ingested">
                      <Link to={`/sources/${i.documentId}`}>{i.status}: open the source</Link>{" "}
                    </span>
                  ) : (
                    <span key={i.id} className="bad">
                      {i.id}: {i.error?.message} ({i.error?.code}){" "}
                    </span>
                  ),
                )
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
