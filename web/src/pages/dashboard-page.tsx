import { useState, type FormEvent } from "react";
import type { CheckSummary, Count, Page, Series, StatementRow } from "../api/types.js";
import { BarChart, LineChart, type Bar } from "../components/charts.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { statuteShort, today, yearsBefore } from "../lib/format.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { Link, navigate, queryWith, useLocation } from "../router.js";
import { VerdictBadge } from "./claims-page.js";

const STATUSES: [string, string][] = [
  ["detained", "detained (pending trial or serving a sentence)"],
  ["pending-trial", "pending trial"],
  ["serving-sentence", "serving a sentence"],
  ["at-risk", "at risk"],
  ["released", "released"],
  ["exiled", "exiled"],
  ["not-exiled-or-deceased", "followed (not exiled or deceased)"],
];

function bars(count: Count | null, field: string, label = (k: string) => k): Bar[] {
  if (!count) return [];
  return count.groups
    .map((g) => ({
      label: g.key[field] === null ? "not recorded" : label(String(g.key[field])),
      value: g.count,
    }))
    .sort((a, b) => b.value - a.value);
}

export function DashboardPage() {
  usePageTitle("Dashboard");
  const { query } = useLocation();
  const asOf = query.get("asOf") || today();
  const status = query.get("status") || "detained";
  const [draft, setDraft] = useState({ asOf, status });
  const from = yearsBefore(asOf, 6);

  const series = useApi<Series>("/api/stats/series", { from, to: asOf, every: "month", status });
  const byCharge = useApi<Count>("/api/stats", { asOf, status, by: "charge" });
  const byGender = useApi<Count>("/api/stats", { asOf, status, by: "gender" });
  const byEthnicity = useApi<Count>("/api/stats", { asOf, status, by: "ethnicity" });
  const statements = useApi<Page<StatementRow>>("/api/statements", { limit: 6 });
  const checks = useApi<Page<CheckSummary>>("/api/checks", { limit: 6 });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/${queryWith(query, { asOf: draft.asOf, status: draft.status })}`);
  };
  const statusLabel = STATUSES.find(([k]) => k === status)?.[1] ?? status;
  const total = byCharge.data?.total;

  return (
    <>
      <h1>Dashboard</h1>
      <form className="toolbar" onSubmit={apply} aria-label="Counting options">
        <Field
          label="As of"
          type="date"
          required
          value={draft.asOf}
          onChange={(e) => setDraft({ ...draft, asOf: e.target.value })}
        />
        <SelectField
          label="People who are"
          value={draft.status}
          options={STATUSES}
          onChange={(e) => setDraft({ ...draft, status: e.target.value })}
        />
        <button type="submit">Count</button>
      </form>

      <p className="headline" aria-live="polite">
        {total === undefined ? (
          "…"
        ) : (
          <>
            <strong className="big-number">{total}</strong> {total === 1 ? "person" : "people"}{" "}
            {statusLabel} as of {asOf}
          </>
        )}
        {byCharge.data ? <span className="muted"> · rules {byCharge.data.rules}</span> : null}
      </p>

      <section aria-labelledby="over-time">
        <h2 id="over-time">Over time</h2>
        <ErrorBox error={series.error} />
        {series.data ? (
          <LineChart
            title={`People ${statusLabel}, month by month, ${from} to ${asOf}`}
            points={series.data.points.map((p) => ({ label: p.asOf, value: p.total }))}
          />
        ) : series.loading ? (
          <Loading what="the series" />
        ) : null}
      </section>

      <div className="grid-3">
        <section aria-labelledby="by-article">
          <h2 id="by-article">By article</h2>
          <ErrorBox error={byCharge.error} />
          <BarChart
            title={`Charges of people ${status} as of ${asOf}`}
            bars={bars(byCharge.data, "charge", statuteShort)}
            note="CC: Criminal Code, PC: Penal Code. A person held under several articles counts under each."
          />
        </section>
        <section aria-labelledby="by-gender">
          <h2 id="by-gender">By gender</h2>
          <ErrorBox error={byGender.error} />
          <BarChart title={`Gender, as of ${asOf}`} bars={bars(byGender.data, "gender")} />
        </section>
        <section aria-labelledby="by-ethnicity">
          <h2 id="by-ethnicity">By ethnicity</h2>
          <ErrorBox error={byEthnicity.error} />
          <BarChart title={`Ethnicity, as of ${asOf}`} bars={bars(byEthnicity.data, "ethnicity")} />
        </section>
      </div>

      <div className="grid-2">
        <section aria-labelledby="latest-statements">
          <h2 id="latest-statements">Latest statements</h2>
          <ErrorBox error={statements.error} />
          <ul className="cards">
            {statements.data?.items.map((s) => (
              <li key={s.id}>
                <blockquote>{s.text}</blockquote>
                <p className="meta">
                  {s.speaker.actorId !== null ? (
                    <Link to={`/actors/${s.speaker.actorId}`}>
                      {s.speaker.name ?? s.speaker.mention}
                    </Link>
                  ) : (
                    (s.speaker.name ?? s.speaker.mention ?? "unknown speaker")
                  )}
                  {s.speaker.role ? `, ${s.speaker.role}` : ""}
                  {s.date ? ` · ${s.date}` : ""} ·{" "}
                  <Link to={`/sources/${s.document.id}#statement-${s.id}`}>
                    {s.document.outlet ?? s.document.title ?? "source"}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/search">Search all statements</Link>
          </p>
        </section>
        <section aria-labelledby="latest-checks">
          <h2 id="latest-checks">Latest checks</h2>
          {checks.error ? (
            <p className="muted">
              {checks.error.status === 404
                ? "Checks are not available on this server yet."
                : checks.error.message}
            </p>
          ) : null}
          {checks.data && checks.data.items.length === 0 ? (
            <p className="muted">
              No checks yet. <Link to="/claims">Check a claim</Link>.
            </p>
          ) : null}
          <ul className="cards">
            {checks.data?.items.map((c) => (
              <li key={c.id}>
                <p>
                  <VerdictBadge verdict={c.verdict} /> <span className="state">{c.state}</span>
                </p>
                <p>
                  <Link to={`/claims/${encodeURIComponent(c.id)}`}>“{c.claim}”</Link>
                </p>
                <p className="meta">
                  {c.speaker ?? "unknown speaker"} · {c.date}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
