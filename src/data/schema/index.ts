import { orgUnitsList } from './orgUnitsList';
import type { ListDefinition } from './types';

export * from './types';
export * from './orgUnitsList';

/** Every list LIS provisions, in provisioning order (lookup targets first). */
export const ALL_LISTS: readonly ListDefinition[] = [orgUnitsList];
