import * as React from 'react';

export interface LoadState<T> {
  loading: boolean;
  /** The last loaded value (`empty` until the first load succeeds; kept when a later load fails). */
  data: T;
  /** The last load failure, if any. */
  error: unknown;
  reload: () => Promise<void>;
}

/**
 * Runs `load` on mount and whenever it changes (memoise it on its services), and again on `reload`. Only the latest
 * request's answer is kept, and nothing is set after unmount.
 */
export function useLatestLoad<T>(load: () => Promise<T>, empty: T): LoadState<T> {
  const [state, setState] = React.useState<Omit<LoadState<T>, 'reload'>>(() => ({ loading: true, data: empty, error: undefined }));
  const mounted = React.useRef(true);
  const latest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await load();
      if (mounted.current && request === latest.current) setState({ loading: false, data, error: undefined });
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [load]);

  React.useEffect(() => {
    mounted.current = true;
    reload().catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { ...state, reload };
}
