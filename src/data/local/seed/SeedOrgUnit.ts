import type { OrgUnitDraft } from '../../../domain/organisation/OrgUnit';

/**
 * An org unit in seed data (demo register, generated benchmark registers). Units refer to their parent by `key`;
 * seeding hands out the store's ids and resolves `parentKey` to the parent's id.
 */
export interface SeedOrgUnit extends Omit<OrgUnitDraft, 'parentId'> {
  /** Unique within one seed register. */
  key: string;
  /** `key` of the parent unit in the same register, or null for a top-level unit. */
  parentKey: string | null;
}
