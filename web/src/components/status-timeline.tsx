import type { CaseDetail } from "../api/types.js";
import { statuteLabel, today } from "../lib/format.js";

const DAY = 86_400_000;

/** A person's statuses as a strip over time, and the same as a list. */
export function StatusTimeline({ history }: { history: CaseDetail["history"] }) {
  if (history.length === 0) return <p className="muted">No dated records.</p>;
  const end = today();
  const t0 = Date.parse(history[0]!.from);
  const t1 = Math.max(Date.parse(end), ...history.map((h) => Date.parse(h.to ?? end)));
  const span = Math.max(DAY, t1 - t0);
  return (
    <div className="timeline">
      <div className="timeline-strip" aria-hidden="true">
        {history.map((h, i) => {
          const a = Date.parse(h.from);
          const b = Date.parse(h.to ?? end);
          return (
            <span
              key={i}
              className={`tl tl-${h.status}`}
              style={{
                left: `${((a - t0) / span) * 100}%`,
                width: `${Math.max(0.5, ((b - a) / span) * 100)}%`,
              }}
              title={`${h.status} ${h.from} – ${h.to ?? "now"}`}
            />
          );
        })}
      </div>
      <ol className="timeline-list">
        {history.map((h, i) => (
          <li key={i}>
            <span className={`tl-dot tl-${h.status}`} aria-hidden="true" />
            <strong>{h.status.replace(/-/g, " ")}</strong> from {h.from}
            {h.to ? ` to ${h.to}` : " to now"}
            {h.charges.length ? ` · ${h.charges.map(statuteLabel).join("; ")}` : ""}
            {h.flags.length ? <span className="flag"> · {h.flags.join(", ")}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
