import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SourceDetail } from "../api/types.js";
import { AnnotatedText, anchorId } from "../components/annotated-text.js";
import { AnnotationPanel } from "../components/annotation-panel.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { docLabel } from "../lib/format.js";
import { MARK_KINDS, type MarkKind } from "../lib/segments.js";
import { KIND_LABELS, markLabel, sourceMarks } from "../lib/source-marks.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { webUrl } from "../lib/web-url.js";

export function SourcePage({ id }: { id: number }) {
  const src = useApi<SourceDetail>(Number.isInteger(id) ? `/api/sources/${id}` : null);
  usePageTitle(src.data ? docLabel(src.data.document) : "Source");
  const marks = useMemo(() => (src.data ? sourceMarks(src.data) : null), [src.data]);
  const [hidden, setHidden] = useState<ReadonlySet<MarkKind>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);

  // A link to one annotation (#statement-12) selects it and brings it into view.
  useEffect(() => {
    if (!marks) return;
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    const key = [...marks.byKey.keys()].find((k) => anchorId(k) === hash);
    if (!key) return;
    setSelected(key);
    document.getElementById(hash)?.scrollIntoView({ block: "center" });
  }, [marks]);

  const label = useCallback(
    (key: string) => {
      const sel = marks?.byKey.get(key);
      return sel ? markLabel(sel) : key;
    },
    [marks],
  );
  const select = useCallback((key: string) => setSelected(key), []);

  if (!Number.isInteger(id)) return <h1>No such source</h1>;
  if (src.error)
    return (
      <>
        <h1>Source {id}</h1>
        <ErrorBox error={src.error} />
      </>
    );
  if (!src.data || !marks) return <Loading what="the source" />;
  const d = src.data.document;
  const toggle = (k: MarkKind) => {
    const next = new Set(hidden);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setHidden(next);
  };
  const current = selected ? (marks.byKey.get(selected) ?? null) : null;

  return (
    <>
      <h1>{docLabel(d)}</h1>
      <p className="meta">
        {[d.outlet, d.date, d.author].filter(Boolean).join(" · ")}
        {webUrl(d.url) ? (
          <>
            {" · "}
            <a href={webUrl(d.url)!} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        ) : d.url ? (
          <>
            {" · "}
            {d.url}
          </>
        ) : null}
        {" · "}
        {d.path}
      </p>
      <fieldset className="legend">
        <legend>Highlight</legend>
        {MARK_KINDS.map((k) => (
          <label key={k} className={`legend-item hl-${k}-swatch`}>
            <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} />
            <span className={`swatch hl hl-${k}`} aria-hidden="true">
              Aa
            </span>{" "}
            {KIND_LABELS[k]} <span className="count">({marks.counts[k]})</span>
          </label>
        ))}
      </fieldset>
      <div className="source-layout">
        <article aria-label="Source text" className="source-article">
          <AnnotatedText
            text={d.text}
            ranges={marks.ranges}
            hidden={hidden}
            selected={selected}
            label={label}
            onSelect={select}
            lang={d.language ?? undefined}
          />
        </article>
        <aside
          className="side-panel"
          aria-labelledby="panel-title"
          ref={panelRef}
          aria-live="polite"
          data-testid="annotation-panel"
        >
          <h2 id="panel-title">Extracted</h2>
          <AnnotationPanel selected={current} actors={src.data.actors} />
        </aside>
      </div>
    </>
  );
}
