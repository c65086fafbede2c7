import { useState, type FormEvent } from "react";
import type { ActorSummary, Page } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { Pager, usePager } from "../components/pager.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link } from "../router.js";

export function ActorsPage() {
  usePageTitle("People & actors");
  const pager = usePager();
  const [filters, setFilters] = useState({ name: "", kind: "" });
  const [draft, setDraft] = useState(filters);
  const list = useApi<Page<ActorSummary>>("/api/actors", {
    ...filters,
    limit: 30,
    cursor: pager.cursor,
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    pager.reset();
  };
  return (
    <>
      <h1>People &amp; actors</h1>
      <p className="muted">
        People, organisations and states named across sources, most mentioned first. Names are
        linked across sources conservatively; every link keeps its rule.
      </p>
      <form className="toolbar" onSubmit={apply} aria-label="Filter actors">
        <Field
          label="Name or alias has"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <SelectField
          label="Kind"
          value={draft.kind}
          options={[
            ["", "any"],
            ["person", "person"],
            ["organisation", "organisation"],
            ["state", "state"],
          ]}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
        />
        <button type="submit">Filter</button>
      </form>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <Loading what="actors" /> : null}
      {list.data ? (
        <table className="list">
          <caption className="visually-hidden">Actors</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Also written</th>
              <th scope="col" className="num">
                Sources
              </th>
              <th scope="col" className="num">
                Mentions
              </th>
              <th scope="col" className="num">
                Statements
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/actors/${a.id}`}>{a.name}</Link>
                </td>
                <td>{a.kind}</td>
                <td>{a.aliases.slice(0, 3).join(", ")}</td>
                <td className="num">{a.documents}</td>
                <td className="num">{a.mentions}</td>
                <td className="num">{a.statements}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pager={pager} next={list.data?.next} label="Actors" />
    </>
  );
}
