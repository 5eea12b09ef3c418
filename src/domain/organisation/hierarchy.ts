import type { OrgUnit } from './OrgUnit';

/**
 * True when giving unit `id` the parent `parentId` would close a loop: walking up from the proposed parent reaches
 * `id`. A loop already present in stored data (hand-edited lists) also counts, and never makes the walk hang.
 */
export function wouldCreateCycle(id: string, parentId: string | null, units: readonly OrgUnit[]): boolean {
  return closesLoop(id, parentId, new Map(units.map((u) => [u.id, u] as const)));
}

function closesLoop(id: string, parentId: string | null, byId: ReadonlyMap<string, OrgUnit>): boolean {
  const visited = new Set<string>();
  let current: string | null = parentId;
  while (current !== null) {
    if (current === id) return true;
    if (visited.has(current)) return true;
    visited.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return false;
}

/** The chain of names from the top unit down to `unit`, e.g. ["Kommunstyrelsen", "Kommunledningskontoret"]. */
export function ancestry(unit: OrgUnit, units: readonly OrgUnit[]): OrgUnit[] {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const chain: OrgUnit[] = [unit];
  const visited = new Set<string>([unit.id]);
  let parentId = unit.parentId;
  while (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent || visited.has(parent.id)) break;
    chain.unshift(parent);
    visited.add(parent.id);
    parentId = parent.parentId;
  }
  return chain;
}

/** Units that may become the parent of `id`: active, not `id` itself, and not below `id`. Sorted by name (sv-SE). */
export function parentCandidates(id: string | undefined, units: readonly OrgUnit[]): OrgUnit[] {
  // One lookup map for all candidates: 5 000 units must not mean 5 000 maps.
  const byId = new Map(units.map((u) => [u.id, u] as const));
  return units
    .filter((u) => u.active && (id === undefined || (u.id !== id && !closesLoop(id, u.id, byId))))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
}
