import * as React from 'react';

/**
 * Opens the item a deep link names, once, as soon as the view's list has loaded: calls `open` with the item whose id
 * is `id`, or returns that id as `missing` when the list has no such item (the view says so instead of showing
 * nothing). Later loads never reopen it, so the user can move on.
 */
export function useOpenFromParam<T extends { id: string }>(
  id: string | undefined,
  items: readonly T[],
  ready: boolean,
  open: (item: T) => void,
): { missing: string | undefined; dismiss: () => void } {
  const done = React.useRef(false);
  const [missing, setMissing] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (done.current || !id || !ready) return;
    done.current = true;
    const item = items.filter((i) => i.id === id)[0];
    if (item) open(item);
    else setMissing(id);
  }, [id, items, ready, open]);

  const dismiss = React.useCallback(() => setMissing(undefined), []);
  return { missing, dismiss };
}
