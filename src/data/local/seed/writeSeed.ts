import { toOrgUnitRecord } from '../../orgUnitRecord';
import { MetaKeys, type LisPreviewDatabase, type LisStoreName, type StoredOrgUnitRow } from '../database';
import type { LocalWriteContext } from '../LocalWriteContext';
import type { SeedOrgUnit } from './SeedOrgUnit';

/**
 * Turns seed units into stored rows with sequential ids "1", "2", … in register order, parent keys resolved to ids.
 * Throws on a duplicate key or a parent key that is not in the register (seed data is code: fail loudly).
 */
export function seedRows(units: readonly SeedOrgUnit[], context: LocalWriteContext): StoredOrgUnitRow[] {
  const idByKey = new Map<string, string>();
  units.forEach((unit, index) => {
    if (idByKey.has(unit.key)) throw new Error(`Seed register: duplicate key ${unit.key}`);
    idByKey.set(unit.key, String(index + 1));
  });
  const modified = context.now().toISOString();
  const modifiedBy = context.currentUser().displayName;
  return units.map((unit) => {
    let parentId: string | null = null;
    if (unit.parentKey !== null) {
      const resolved = idByKey.get(unit.parentKey);
      if (resolved === undefined) throw new Error(`Seed register: ${unit.key} has unknown parent ${unit.parentKey}`);
      parentId = resolved;
    }
    const record = toOrgUnitRecord({
      name: unit.name,
      kind: unit.kind,
      parentId,
      representatives: unit.representatives,
      securityContact: unit.securityContact,
      active: unit.active,
    });
    return {
      ...record,
      id: idByKey.get(unit.key) as string,
      version: 1,
      modified,
      modifiedBy,
    };
  });
}

export interface WriteSeedOptions {
  /** Only write when the database has never been seeded (first open). Default false: always replace. */
  onlyIfNew?: boolean;
}

/**
 * Replaces EVERY store's content with `units` in one readwrite transaction (all or nothing; safe when two tabs open
 * a new database at once). Returns false when `onlyIfNew` is set and the database was already seeded.
 */
export async function writeSeed(
  db: LisPreviewDatabase,
  units: readonly SeedOrgUnit[],
  context: LocalWriteContext,
  options: WriteSeedOptions = {},
): Promise<boolean> {
  const rows = seedRows(units, context);
  const storeNames = Array.from(db.objectStoreNames) as LisStoreName[];
  const transaction = db.transaction(storeNames, 'readwrite');
  const meta = transaction.objectStore('meta');
  if (options.onlyIfNew && (await meta.get(MetaKeys.seededAt)) !== undefined) {
    await transaction.done;
    return false;
  }
  const writes: Promise<unknown>[] = storeNames.map((name) => transaction.objectStore(name).clear());
  const orgUnits = transaction.objectStore('orgUnits');
  for (const row of rows) writes.push(orgUnits.put(row));
  writes.push(meta.put(rows.length, MetaKeys.orgUnitsLastId));
  writes.push(meta.put(context.now().toISOString(), MetaKeys.seededAt));
  await Promise.all([...writes, transaction.done]);
  return true;
}
