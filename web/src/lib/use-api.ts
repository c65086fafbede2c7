import { useCallback, useEffect, useState } from "react";
import { ApiError, get, type Query } from "../api/client.js";

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * GETs `path` with `query` whenever either changes (null: nothing to fetch yet); a newer request
 * cancels the older one, so a slow answer never overwrites a newer page.
 */
export function useApi<T>(path: string | null, query?: Query): Loaded<T> {
  const key = path === null ? null : JSON.stringify([path, query ?? {}]);
  const [state, setState] = useState<{
    key: string | null;
    data: T | null;
    error: ApiError | null;
  }>({ key: null, data: null, error: null });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (key === null) return;
    const [p, q] = JSON.parse(key) as [string, Query];
    const ctrl = new AbortController();
    get<T>(p, q, ctrl.signal).then(
      (data) => setState({ key, data, error: null }),
      (err: unknown) => {
        if ((err as Error).name === "AbortError") return;
        setState({
          key,
          data: null,
          error:
            err instanceof ApiError
              ? err
              : new ApiError({
                  ok: false,
                  code: "VIGIL_ERR_CLIENT",
                  error: String((err as Error).message ?? err),
                  status: 0,
                }),
        });
      },
    );
    return () => ctrl.abort();
  }, [key, tick]);

  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload,
  };
}
