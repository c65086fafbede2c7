import { useId, type ReactNode } from "react";

// Charts drawn as SVG, each with a caption, a text summary for screen readers and the numbers in
// a table: the chart is for eyes, the table for everyone.

export interface Bar {
  label: string;
  value: number;
  /** Where the bar's label links to (the records counted). */
  href?: string;
}

function DataTable({ rows, head }: { rows: [string, number][]; head: [string, string] }) {
  return (
    <details className="chart-data">
      <summary>Show the numbers</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col" className="num">
              {head[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v], i) => (
            <tr key={`${k}-${i}`}>
              <th scope="row">{k}</th>
              <td className="num">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Horizontal bars, largest first as given. */
export function BarChart({
  title,
  bars,
  unit = "people",
  note,
}: {
  title: string;
  bars: Bar[];
  unit?: string;
  note?: ReactNode;
}) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 26;
  const labelW = 160;
  const width = 420;
  const barW = width - labelW - 50;
  const height = Math.max(rowH, bars.length * rowH);
  const summary = bars.length ? bars.map((b) => `${b.label}: ${b.value}`).join("; ") : "no data";
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">Nothing to count.</p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`${title}. ${summary}`}
          className="bar-chart"
        >
          {bars.map((b, i) => {
            const y = i * rowH;
            const w = Math.max(1, (b.value / max) * barW);
            return (
              <g key={`${b.label}-${i}`}>
                <text x={labelW - 8} y={y + rowH / 2 + 5} textAnchor="end" className="chart-label">
                  {b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}
                </text>
                <rect x={labelW} y={y + 4} width={w} height={rowH - 8} className="chart-bar" />
                <text x={labelW + w + 6} y={y + rowH / 2 + 5} className="chart-value">
                  {b.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {note ? <p className="chart-note">{note}</p> : null}
      <DataTable rows={bars.map((b) => [b.label, b.value])} head={["", unit]} />
    </figure>
  );
}

export interface Point {
  label: string;
  value: number;
}

/** A line over time with a shaded area, y from zero. */
export function LineChart({
  title,
  points,
  unit = "people",
  note,
}: {
  title: string;
  points: Point[];
  unit?: string;
  note?: ReactNode;
}) {
  const id = useId();
  const width = 960;
  const height = 240;
  const pad = { l: 44, r: 28, t: 12, b: 28 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (i: number) =>
    pad.l + (points.length < 2 ? 0 : (i / (points.length - 1)) * (width - pad.l - pad.r));
  const y = (v: number) => pad.t + (1 - v / top) * (height - pad.t - pad.b);
  const line = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  const area = points.length
    ? `${line.join(" ")} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`
    : "";
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const every = Math.max(1, Math.ceil(points.length / 8));
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `from ${first.value} on ${first.label} to ${last.value} on ${last.label}, highest ${max}`
      : "no data";
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: ${summary}`}
        className="line-chart"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={width - pad.r} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" className="chart-label">
              {t}
            </text>
          </g>
        ))}
        <path d={area} className="chart-area" />
        <path d={line.join(" ")} className="chart-line" />
        {points.map((p, i) => (
          <g key={`${p.label}-${i}`}>
            <circle cx={x(i)} cy={y(p.value)} r={2.5} className="chart-dot">
              <title>{`${p.label}: ${p.value}`}</title>
            </circle>
            {i === points.length - 1 || (i % every === 0 && points.length - 1 - i >= every / 2) ? (
              <text x={x(i)} y={height - 8} textAnchor="middle" className="chart-label">
                {p.label.slice(0, 7)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      {note ? <p className="chart-note">{note}</p> : null}
      <DataTable rows={points.map((p) => [p.label, p.value])} head={["as of", unit]} />
    </figure>
  );
}

/** 1, 2 or 5 times a power of ten, for about five grid lines. */
function niceStep(max: number): number {
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * pow) return Math.max(1, m * pow);
  return Math.max(1, 10 * pow);
}
