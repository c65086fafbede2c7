import { useCallback, useState } from "react";

export interface PagerState {
  cursor: string | undefined;
  page: number;
  forward(next: string): void;
  back(): void;
  reset(): void;
}

/** Cursor paging: the API's `next` leads forward; the cursors seen so far lead back. */
export function usePager(): PagerState {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const forward = useCallback((next: string) => setStack((s) => [...s, next]), []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([undefined]), []);
  return { cursor: stack[stack.length - 1], page: stack.length, forward, back, reset };
}

export function Pager({
  pager,
  next,
  label,
}: {
  pager: PagerState;
  next: string | null | undefined;
  label: string;
}) {
  if (pager.page === 1 && !next) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={pager.back} disabled={pager.page === 1}>
        ← Previous
      </button>
      <span aria-live="polite">Page {pager.page}</span>
      <button type="button" onClick={() => next && pager.forward(next)} disabled={!next}>
        Next →
      </button>
    </nav>
  );
}
