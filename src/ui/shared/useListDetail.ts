import * as React from 'react';

export interface ListDetail<T extends { id: string }> {
  /** The row selected in the list (commands act on it). */
  selected: T | undefined;
  select: (id: string | undefined) => void;
  /** The item whose detail is open: what the detail last saved or reloaded itself, else the list's copy. */
  detail: T | undefined;
  detailId: string | undefined;
  openDetail: (item: T) => void;
  closeDetail: () => void;
  /** The detail saved or reloaded `item`: show that version until the list catches up. */
  showInDetail: (item: T) => void;
}

/**
 * The list/detail state a register view keeps: a selected row, and an open detail that shows its own latest copy
 * (so a save is visible before the list reloads, and a conflict on the next save can offer a reload).
 */
export function useListDetail<T extends { id: string }>(items: readonly T[]): ListDetail<T> {
  const [selectedId, setSelectedId] = React.useState<string | undefined>(undefined);
  const [detailId, setDetailId] = React.useState<string | undefined>(undefined);
  const [override, setOverride] = React.useState<T | undefined>(undefined);
  const byId = (id: string | undefined): T | undefined => (id === undefined ? undefined : items.filter((i) => i.id === id)[0]);
  return {
    selected: byId(selectedId),
    select: setSelectedId,
    detail: override && override.id === detailId ? override : byId(detailId),
    detailId,
    openDetail: (item: T) => {
      setOverride(item);
      setDetailId(item.id);
    },
    closeDetail: () => {
      setDetailId(undefined);
      setOverride(undefined);
    },
    showInDetail: setOverride,
  };
}
