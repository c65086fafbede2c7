import { useState, type FormEvent, type ReactNode } from "react";
import type { ActorSummary, Page, SearchHit } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { docLabel } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link, navigate, useLocation } from "../router.js";

const FILTERS = ["q", "kind", "speaker", "org", "outlet", "from", "to"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The snippet with the matched words marked, as text nodes. */
function Snippet({ text, marks }: { text: string; marks: number[][] }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0]! - b[0]!)) {
    if (s === undefined || e === undefined || s < at || e <= s) continue;
    out.push(text.slice(at, s), <mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  out.push(text.slice(at));
  return <p className="snippet">{out}</p>;
}

export function SearchPage() {
  usePageTitle("Search");
  const { query } = useLocation();
  const current = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ""])) as Filters;
  const [draft, setDraft] = useState<Filters>(current);
  const pager = usePager();
  const hits = useApi<{ query: string; items: SearchHit[]; next: string | null }>(
    current.q ? "/api/search" : null,
    { ...current, limit: 20, cursor: pager.cursor },
  );
  const actors = useApi<Page<ActorSummary>>(current.q ? "/api/actors" : null, {
    name: current.q.replace(/["-]/g, " ").trim(),
    limit: 6,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const k of FILTERS) if (draft[k]) q.set(k, draft[k]);
    pager.reset();
    navigate(`/search?${q.toString()}`);
  };
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });

  return (
    <>
      <h1>Search</h1>
      <form onSubmit={submit} className="stack" role="search" aria-label="Sources and statements">
        <Field
          label="Words"
          type="search"
          required
          value={draft.q}
          onChange={set("q")}
          hint={'Diacritics ignored. "a phrase", either or other, -leave-out'}
        />
        <div className="toolbar">
          <SelectField
            label="Find"
            value={draft.kind}
            onChange={set("kind")}
            options={[
              ["", "sources and statements"],
              ["source", "sources"],
              ["statement", "statements"],
              ["direct", "direct quotes"],
              ["indirect", "reported speech"],
            ]}
          />
          <Field label="Speaker" value={draft.speaker} onChange={set("speaker")} />
          <Field label="Organisation" value={draft.org} onChange={set("org")} />
          <Field label="Outlet" value={draft.outlet} onChange={set("outlet")} />
          <Field label="From" type="date" value={draft.from} onChange={set("from")} />
          <Field label="To" type="date" value={draft.to} onChange={set("to")} />
        </div>
        <button type="submit" className="primary">
          Search
        </button>
      </form>

      {actors.data?.items.length ? (
        <section aria-labelledby="actor-hits">
          <h2 id="actor-hits">People and organisations</h2>
          <ul className="inline-list">
            {actors.data.items.map((a) => (
              <li key={a.id}>
                <Link to={`/actors/${a.id}`}>{a.name}</Link>{" "}
                <span className="muted">({a.kind})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {current.q ? (
        <section aria-labelledby="hits-title">
          <h2 id="hits-title">Sources and statements</h2>
          <ErrorBox error={hits.error} />
          {hits.loading && !hits.data ? <Loading what="results" /> : null}
          {hits.data && hits.data.items.length === 0 ? <p>Nothing found.</p> : null}
          <ol className="cards">
            {hits.data?.items.map((h, i) => (
              <li key={`${h.document.id}-${h.statement?.id ?? "d"}-${i}`}>
                <p className="meta">
                  {h.statement ? (
                    <>
                      Statement ({h.statement.kind}) by {h.statement.speaker ?? "unknown"}
                      {h.statement.role ? `, ${h.statement.role}` : ""}
                      {h.statement.date ? ` · ${h.statement.date}` : ""} ·{" "}
                    </>
                  ) : (
                    "Source · "
                  )}
                  <Link
                    to={`/sources/${h.document.id}${h.statement ? `#statement-${h.statement.id}` : ""}`}
                  >
                    {docLabel(h.document)}
                  </Link>
                </p>
                <Snippet text={h.snippet} marks={h.highlights} />
              </li>
            ))}
          </ol>
          <Pager pager={pager} next={hits.data?.next} label="Results" />
        </section>
      ) : null}
    </>
  );
}
