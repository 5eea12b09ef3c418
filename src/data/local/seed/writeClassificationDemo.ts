import { toClassificationRecord, toClassificationVersionRecord, toSharedInformationTypeRecord } from '../../classificationRecord';
import type { LisPreviewDatabase, StoredClassificationRow, StoredClassificationVersionRow, StoredSharedInfoTypeRow } from '../database';
import { classificationDemo, sharedInformationTypeDemo } from '../demo/classificationDemo';
import { CLASSIFICATIONS_LAST_ID_KEY, versionRowId } from '../IndexedDbClassificationRepository';
import { SHARED_INFO_TYPES_LAST_ID_KEY } from '../IndexedDbSharedInformationTypeRepository';
import type { LocalWriteContext } from '../LocalWriteContext';
import type { SeedOrgUnit } from './SeedOrgUnit';

/**
 * Writes the demo shared information types (ids "1"…) and the demo klassningsobjekt (ids "1"… in demo order) with
 * their approved snapshots, in one readwrite transaction. Owners are looked up by name in `units` (ids in register
 * order, as writeSeed gives them); objects whose owner is not in the register are skipped. Call right after
 * writeSeed (which clears every store). Returns how many objects were written.
 */
export async function writeClassificationDemo(db: LisPreviewDatabase, units: readonly SeedOrgUnit[], context: LocalWriteContext): Promise<number> {
  const idByName = new Map<string, string>();
  units.forEach((unit, index) => {
    if (!idByName.has(unit.name)) idByName.set(unit.name, String(index + 1));
  });
  const stamp = { modified: context.now().toISOString(), modifiedBy: context.currentUser().displayName };
  const typeRows: StoredSharedInfoTypeRow[] = sharedInformationTypeDemo().map((draft, index) => ({
    ...toSharedInformationTypeRecord(draft),
    ...stamp,
    id: String(index + 1),
    version: 1,
  }));
  const demos = classificationDemo((name) => idByName.get(name));
  const objectRows: StoredClassificationRow[] = [];
  const versionRows: StoredClassificationVersionRow[] = [];
  demos.forEach((demo, index) => {
    const id = String(index + 1);
    objectRows.push({ ...toClassificationRecord(demo.object), ...stamp, id, rowVersion: 1 });
    for (const snapshot of demo.approvedVersions) {
      if (snapshot.approvedBy === null || snapshot.approvedAt === null) throw new Error(`Demo ${demo.object.name}: snapshot without approval`);
      const record = toClassificationVersionRecord({
        objectId: id,
        version: snapshot.version,
        snapshot,
        approvedBy: snapshot.approvedBy,
        approvedAt: snapshot.approvedAt,
      });
      versionRows.push({ ...record, ...stamp, id: versionRowId(id, snapshot.version) });
    }
  });
  const transaction = db.transaction(['sharedInfoTypes', 'classifications', 'classificationVersions', 'meta'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const row of typeRows) writes.push(transaction.objectStore('sharedInfoTypes').put(row));
  for (const row of objectRows) writes.push(transaction.objectStore('classifications').put(row));
  for (const row of versionRows) writes.push(transaction.objectStore('classificationVersions').put(row));
  writes.push(transaction.objectStore('meta').put(typeRows.length, SHARED_INFO_TYPES_LAST_ID_KEY));
  writes.push(transaction.objectStore('meta').put(objectRows.length, CLASSIFICATIONS_LAST_ID_KEY));
  await Promise.all([...writes, transaction.done]);
  return objectRows.length;
}
