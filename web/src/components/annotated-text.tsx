import {
  Fragment,
  memo,
  useMemo,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { pieces, type MarkKind, type MarkRange } from "../lib/segments.js";

// The source's text with its annotations highlighted in place. Every character of the document
// reaches the page as a text node (React escapes it); the only elements are our own <mark>s,
// built from offsets. Each annotation's first piece is a keyboard stop.

export interface AnnotatedTextProps {
  text: string;
  ranges: readonly MarkRange[];
  hidden: ReadonlySet<MarkKind>;
  selected: string | null;
  label: (key: string) => string;
  onSelect: (key: string) => void;
  lang?: string | undefined;
}

/** `statement:12` → `statement-12`: the element id links from other pages use. */
export const anchorId = (key: string): string => key.replace(/[^A-Za-z0-9-]/g, "-");

export const AnnotatedText = memo(function AnnotatedText({
  text,
  ranges,
  hidden,
  selected,
  label,
  onSelect,
  lang,
}: AnnotatedTextProps) {
  const cut = useMemo(
    () => pieces(text.length, hidden.size ? ranges.filter((r) => !hidden.has(r.kind)) : ranges),
    [text, ranges, hidden],
  );

  const click = (e: MouseEvent<HTMLElement>) => {
    const key = (e.currentTarget as HTMLElement).dataset.ann;
    if (!key) return;
    e.stopPropagation();
    onSelect(key);
  };
  const key = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const k = (e.currentTarget as HTMLElement).dataset.ann;
    if (!k) return;
    e.preventDefault();
    e.stopPropagation();
    onSelect(k);
  };

  const out: ReactNode[] = [];
  for (const p of cut.pieces) {
    let node: ReactNode = text.slice(p.start, p.end);
    for (let i = p.marks.length - 1; i >= 0; i--) {
      const m = p.marks[i]!;
      const first = p.firsts.includes(m.key);
      const cls = `hl hl-${m.kind}${m.key === selected ? " hl-selected" : ""}`;
      node = first ? (
        <mark
          key={m.key}
          id={anchorId(m.key)}
          className={cls}
          data-ann={m.key}
          data-kind={m.kind}
          data-first=""
          tabIndex={0}
          role="button"
          aria-label={label(m.key)}
          aria-pressed={m.key === selected}
          onClick={click}
          onKeyDown={key}
        >
          {node}
        </mark>
      ) : (
        <mark key={m.key} className={cls} data-ann={m.key} data-kind={m.kind} onClick={click}>
          {node}
        </mark>
      );
    }
    out.push(<Fragment key={p.start}>{node}</Fragment>);
  }
  return (
    <div className="source-text" lang={lang}>
      {out}
    </div>
  );
});
