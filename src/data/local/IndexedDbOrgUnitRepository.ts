import type { OrgUnit, OrgUnitDraft } from '../../domain/organisation/OrgUnit';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { BrokenItem, OrgUnitListResult, OrgUnitRepository } from '../ports/OrgUnitRepository';
import { isParsedUnit, parseOrgUnitRecord, toOrgUnitRecord, type ParsedOrgUnit } from '../orgUnitRecord';
import { MetaKeys, type LisPreviewDatabase, type StoredOrgUnitRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { rowText } from './localRows';

const ENTITY = 'OrgUnit';

function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks a row read back from IndexedDB (it may predate a schema change or have been edited in devtools). */
export function parseStoredOrgUnitRow(row: unknown): ParsedOrgUnit & { id: string } {
  const value = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof StoredOrgUnitRow, unknown>>;
  const id = typeof value.id === 'string' ? value.id : rowText(value.id);
  const version = value.version;
  const identityReasons: string[] = [];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    identityReasons.push(`version: expected a positive whole number, got ${rowText(version)}`);
  }
  if (typeof value.modified !== 'string' || Number.isNaN(Date.parse(value.modified))) {
    identityReasons.push(`modified: expected an ISO date, got ${rowText(value.modified)}`);
  }
  const parsed = parseOrgUnitRecord(row, {
    id,
    etag: etagOf(typeof version === 'number' ? version : 0),
    modified: typeof value.modified === 'string' ? value.modified : '',
    modifiedBy: typeof value.modifiedBy === 'string' ? value.modifiedBy : '',
  });
  if (identityReasons.length === 0) return { ...parsed, id };
  return { id, reasons: [...identityReasons, ...(isParsedUnit(parsed) ? [] : parsed.reasons)] };
}

function unitOrThrow(row: unknown, id: string): OrgUnit {
  const parsed = parseStoredOrgUnitRow(row);
  if (!isParsedUnit(parsed)) throw new InvalidStoredItemError(ENTITY, id, parsed.reasons);
  return parsed.unit;
}

/**
 * The organisation register in the browser's IndexedDB (local preview, browser tests, benchmarks).
 * Emulates SharePoint: sequential numeric ids, a version per record with etag `"<version>"`, and an update that
 * checks the version inside one readwrite transaction, so two tabs never silently overwrite each other.
 */
export class IndexedDbOrgUnitRepository implements OrgUnitRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(): Promise<OrgUnitListResult> {
    const rows: unknown[] = await this._db.getAll('orgUnits');
    const units: OrgUnit[] = [];
    const broken: BrokenItem[] = [];
    for (const row of rows) {
      const parsed = parseStoredOrgUnitRow(row);
      if (isParsedUnit(parsed)) units.push(parsed.unit);
      else broken.push({ id: parsed.id, reasons: parsed.reasons });
    }
    units.sort((a, b) => compareIds(a.id, b.id));
    broken.sort((a, b) => compareIds(a.id, b.id));
    return { units, broken };
  }

  public async get(id: string): Promise<OrgUnit> {
    const row = await this._db.get('orgUnits', id);
    if (row === undefined) throw new NotFoundError(ENTITY, id);
    return unitOrThrow(row, id);
  }

  public async create(draft: OrgUnitDraft): Promise<OrgUnit> {
    this._refuseUnreadable(draft, 'new');
    const transaction = this._db.transaction(['orgUnits', 'meta'], 'readwrite');
    const meta = transaction.objectStore('meta');
    const stored = await meta.get(MetaKeys.orgUnitsLastId);
    const id = String((typeof stored === 'number' ? stored : 0) + 1);
    const row: StoredOrgUnitRow = { ...toOrgUnitRecord(draft), ...this._stamp(), id, version: 1 };
    await Promise.all([
      meta.put(Number(id), MetaKeys.orgUnitsLastId),
      // add, not put: should the counter ever lag behind (hand-edited data), fail instead of overwriting a unit.
      transaction.objectStore('orgUnits').add(row),
      transaction.done,
    ]);
    return unitOrThrow(row, id);
  }

  public async update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit> {
    this._refuseUnreadable(draft, id);
    const transaction = this._db.transaction('orgUnits', 'readwrite');
    const store = transaction.store;
    const existing: unknown = await store.get(id);
    if (existing === undefined) throw new NotFoundError(ENTITY, id);
    const version = (existing as Partial<StoredOrgUnitRow>).version;
    if (typeof version !== 'number' || etagOf(version) !== etag) throw new ConflictError(ENTITY, id);
    const row: StoredOrgUnitRow = { ...toOrgUnitRecord(draft), ...this._stamp(), id, version: version + 1 };
    await Promise.all([store.put(row), transaction.done]);
    return unitOrThrow(row, id);
  }

  /** Never store what could not be read back (the use cases validate first; this guards other callers). */
  private _refuseUnreadable(draft: OrgUnitDraft, id: string): void {
    const parsed = parseOrgUnitRecord(toOrgUnitRecord(draft), { id, etag: etagOf(1), modified: '', modifiedBy: '' });
    if (!isParsedUnit(parsed)) throw new InvalidStoredItemError(ENTITY, id, parsed.reasons);
  }

  private _stamp(): Pick<StoredOrgUnitRow, 'modified' | 'modifiedBy'> {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
