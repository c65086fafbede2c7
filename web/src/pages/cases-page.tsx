import { useState, type FormEvent } from "react";
import type { CaseSummary, Page } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { today } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";

export function CasesPage() {
  usePageTitle("Cases");
  const pager = usePager();
  const [filters, setFilters] = useState({ name: "", status: "", asOf: today() });
  const [draft, setDraft] = useState(filters);
  const canEdit = useCan("editor");
  const list = useApi<Page<CaseSummary>>("/api/cases", {
    ...filters,
    limit: 50,
    cursor: pager.cursor,
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    pager.reset();
  };
  return (
    <>
      <h1>Case register</h1>
      <p className="actions">
        {canEdit ? (
          <Link to="/cases/new" className="button primary">
            New case
          </Link>
        ) : null}
        <a href="/api/cases/export?format=csv" download>
          Export CSV
        </a>
        <a href="/api/cases/export?format=json" download>
          Export JSON
        </a>
      </p>
      <form className="toolbar" onSubmit={apply} aria-label="Filter cases">
        <Field
          label="Name has"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <SelectField
          label="Status"
          value={draft.status}
          options={[
            ["", "any"],
            ["detained", "detained"],
            ["pending-trial", "pending trial"],
            ["serving-sentence", "serving a sentence"],
            ["at-risk", "at risk"],
            ["released", "released"],
            ["exiled", "exiled"],
            ["deceased", "deceased"],
          ]}
          onChange={(e) => setDraft({ ...draft, status: e.target.value })}
        />
        <Field
          label="Status as of"
          type="date"
          required
          value={draft.asOf}
          onChange={(e) => setDraft({ ...draft, asOf: e.target.value })}
        />
        <button type="submit">Filter</button>
      </form>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <Loading what="cases" /> : null}
      {list.data ? (
        <table className="list">
          <caption className="visually-hidden">Cases</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Gender</th>
              <th scope="col">Province</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col" className="num">
                Records
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.id}</Link>
                </td>
                <td>
                  {c.name}
                  {c.confidential ? <span className="tag">confidential</span> : null}
                </td>
                <td>{c.gender ?? "—"}</td>
                <td>{c.province ?? "—"}</td>
                <td>{c.status?.replace(/-/g, " ") ?? "—"}</td>
                <td>{c.since ?? "—"}</td>
                <td className="num">{c.records}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pager={pager} next={list.data?.next} label="Cases" />
    </>
  );
}
