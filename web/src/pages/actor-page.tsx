import type { ActorDetail, CaseDetail, CaseSummary, EventRow, Page } from "../api/types.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { StatusTimeline } from "../components/status-timeline.js";
import { docLabel, months, statuteLabel } from "../lib/format.js";
import { fold } from "../lib/fold.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";

export function ActorPage({ id }: { id: number }) {
  const actor = useApi<ActorDetail>(Number.isInteger(id) ? `/api/actors/${id}` : null, {
    statements: 200,
  });
  const events = useApi<Page<EventRow>>(Number.isInteger(id) ? "/api/events" : null, {
    actor: id,
    limit: 100,
  });
  usePageTitle(actor.data?.name ?? "Actor");
  if (actor.error)
    return (
      <>
        <h1>Actor {id}</h1>
        <ErrorBox error={actor.error} />
      </>
    );
  const a = actor.data;
  if (!a) return <Loading what="the actor" />;
  const sources = new Map(a.links.map((l) => [l.document.id, l.document]));
  for (const s of a.statementList) sources.set(s.document.id, s.document);

  return (
    <>
      <h1>{a.name}</h1>
      <section aria-labelledby="profile">
        <h2 id="profile" className="visually-hidden">
          Profile
        </h2>
        <dl className="facts wide">
          <div>
            <dt>Kind</dt>
            <dd>{a.kind}</dd>
          </div>
          <div>
            <dt>Also written</dt>
            <dd>{a.aliases.length ? a.aliases.join(", ") : "—"}</dd>
          </div>
          <div>
            <dt>Roles</dt>
            <dd>{a.roles.length ? a.roles.join("; ") : "—"}</dd>
          </div>
          <div>
            <dt>Organisations</dt>
            <dd>{a.orgs.length ? a.orgs.join("; ") : "—"}</dd>
          </div>
          <div>
            <dt>Named in</dt>
            <dd>
              {a.documents} sources · {a.mentions} mentions · {a.statements} statements
            </dd>
          </div>
          {a.merged.length ? (
            <div>
              <dt>Merged from</dt>
              <dd>{a.merged.map((m) => m.name).join(", ")}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {a.kind === "person" ? <RegisterCases actor={a} /> : null}

      <section aria-labelledby="events-title">
        <h2 id="events-title">Events read from sources</h2>
        <ErrorBox error={events.error} />
        {events.data && events.data.items.length === 0 ? <p className="muted">None.</p> : null}
        {events.data?.items.length ? (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col">Charges</th>
                <th scope="col">Sentence</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{e.date ?? "—"}</td>
                  <td>{e.type}</td>
                  <td>{e.charges.map(statuteLabel).join("; ") || "—"}</td>
                  <td>{e.sentenceMonths === null ? "—" : months(e.sentenceMonths)}</td>
                  <td>
                    <Link to={`/sources/${e.document.id}#event-${e.id}`}>
                      {docLabel(e.document)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="statements-title">
        <h2 id="statements-title">Statements ({a.statementList.length})</h2>
        {a.statementList.length === 0 ? <p className="muted">None.</p> : null}
        <ol className="cards">
          {a.statementList.map((s) => (
            <li key={s.id}>
              <blockquote>{s.text}</blockquote>
              <p className="meta">
                {s.kind} · {s.cue ?? "—"} · {s.date ?? "undated"}
                {s.role ? ` · ${s.role}` : ""}
                {s.org ? `, ${s.org}` : ""} ·{" "}
                <Link to={`/sources/${s.document.id}#statement-${s.id}`}>
                  {docLabel(s.document)}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ul>
          {[...sources.values()].map((d) => (
            <li key={d.id}>
              <Link to={`/sources/${d.id}`}>{docLabel(d)}</Link>{" "}
              <span className="muted">{[d.outlet, d.date].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * The register's cases for this person: the ones linked to the actor, else the ones whose name
 * is the actor's name or an alias (diacritics ignored) — shown as a name match.
 */
function RegisterCases({ actor }: { actor: ActorDetail }) {
  const canRead = useCan("viewer");
  const found = useApi<Page<CaseSummary>>(canRead ? "/api/cases" : null, {
    name: actor.name,
    limit: 10,
  });
  const names = new Set([actor.name, ...actor.aliases].map(fold));
  const matches = found.data?.items.filter((c) => names.has(fold(c.name))) ?? [];
  if (!canRead) return null;
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">In the case register</h2>
      <ErrorBox error={found.error} />
      {found.data && matches.length === 0 ? (
        <p className="muted">No case in the register has this name.</p>
      ) : null}
      {matches.map((c) => (
        <CaseSummaryBlock key={c.id} id={c.id} actorId={actor.id} />
      ))}
    </section>
  );
}

function CaseSummaryBlock({ id, actorId }: { id: string; actorId: number }) {
  const c = useApi<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
  if (c.error) return <ErrorBox error={c.error} />;
  if (!c.data) return <Loading what={`case ${id}`} />;
  const charges = new Set<string>();
  for (const r of c.data.records) if (r.live) for (const ch of r.event.charges) charges.add(ch);
  return (
    <div className="panel">
      <h3>
        <Link to={`/cases/${encodeURIComponent(id)}`}>Case {id}</Link>{" "}
        <span className="muted">
          {c.data.actorId === actorId ? "linked to this actor" : "same name"}
        </span>
      </h3>
      <p>
        <strong>Charges:</strong>{" "}
        {charges.size ? [...charges].map(statuteLabel).join("; ") : "none recorded"}
      </p>
      <StatusTimeline history={c.data.history} />
    </div>
  );
}
