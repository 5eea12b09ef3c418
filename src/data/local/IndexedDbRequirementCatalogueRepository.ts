import { normaliseCode, type Requirement } from '../../domain/requirements';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import type { RequirementCatalogueRepository, RequirementListResult, StoredRequirement } from '../ports/RequirementCatalogueRepository';
import { compareCatalogueOrder, isParsedRequirement, parseRequirementRecord, toRequirementRecord, type RequirementRecord } from '../requirementRecord';
import type { LisPreviewDatabase, StoredRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { LocalIdKeys, rowIdentity, rowVersion } from './localRows';

const ENTITY = 'Requirement';

type RequirementRow = StoredRow & RequirementRecord;

interface ReadRow {
  row: unknown;
  id: string;
  code: string;
  parsed: ReturnType<typeof parseRequirementRecord>;
  reasons: string[];
}

function readRow(row: unknown): ReadRow {
  const identity = rowIdentity(row);
  const parsed = parseRequirementRecord(row, identity);
  const codeValue = (row as Partial<RequirementRow> | undefined)?.code;
  return {
    row,
    id: identity.id,
    code: typeof codeValue === 'string' ? normaliseCode(codeValue) : '',
    parsed,
    reasons: [...identity.reasons, ...(isParsedRequirement(parsed) ? [] : parsed.reasons)],
  };
}

function checked(requirement: Requirement, order: number): RequirementRecord {
  const record = toRequirementRecord(requirement, order);
  const parsed = parseRequirementRecord(record, { id: 'new', etag: etagOf(1), modified: '', modifiedBy: '' });
  if (!isParsedRequirement(parsed)) throw new InvalidStoredItemError(ENTITY, record.code || 'new', parsed.reasons);
  return record;
}

function storedOrThrow(row: RequirementRow): StoredRequirement {
  const read = readRow(row);
  if (!isParsedRequirement(read.parsed) || read.reasons.length > 0) throw new InvalidStoredItemError(ENTITY, read.id, read.reasons);
  return read.parsed.requirement;
}

/**
 * The requirement catalogue in the browser's IndexedDB (store `requirements`). Emulates the SharePoint list:
 * sequential numeric ids never reused, etag `"<version>"`, catalogue order in `order`. Unlike SharePoint,
 * replaceAll runs in one transaction: all or nothing.
 */
export class IndexedDbRequirementCatalogueRepository implements RequirementCatalogueRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(): Promise<RequirementListResult> {
    const rows: unknown[] = await this._db.getAll('requirements');
    const items: { requirement: StoredRequirement; order: number; id: string }[] = [];
    const broken: BrokenItem[] = [];
    for (const row of rows) {
      const read = readRow(row);
      if (isParsedRequirement(read.parsed) && read.reasons.length === 0) items.push({ requirement: read.parsed.requirement, order: read.parsed.order, id: read.id });
      else broken.push({ id: read.id, reasons: read.reasons });
    }
    items.sort(compareCatalogueOrder);
    return { items: items.map((i) => i.requirement), broken };
  }

  public async replaceAll(requirements: readonly Requirement[]): Promise<StoredRequirement[]> {
    const records = requirements.map((r, order) => checked(r, order));
    const transaction = this._db.transaction(['requirements', 'meta'], 'readwrite');
    const store = transaction.objectStore('requirements');
    const meta = transaction.objectStore('meta');
    const existing = (await store.getAll()).map(readRow);
    const byCode = new Map<string, ReadRow>();
    for (const row of existing) if (row.code && !byCode.has(row.code)) byCode.set(row.code, row);
    const lastStored = await meta.get(LocalIdKeys.requirements);
    let lastId = typeof lastStored === 'number' ? lastStored : 0;
    const kept = new Set<string>();
    const stamp = this._stamp();
    const writes: Promise<unknown>[] = [];
    for (const record of records) {
      const current = byCode.get(record.code);
      if (current && !kept.has(current.id)) {
        kept.add(current.id);
        const unchanged =
          isParsedRequirement(current.parsed) && JSON.stringify(toRequirementRecord(current.parsed.requirement, current.parsed.order)) === JSON.stringify(record);
        if (!unchanged) writes.push(store.put({ ...record, ...stamp, id: current.id, version: rowVersion(current.row) + 1 }));
      } else {
        lastId += 1;
        writes.push(store.add({ ...record, ...stamp, id: String(lastId), version: 1 }));
      }
    }
    for (const row of existing) if (!kept.has(row.id)) writes.push(store.delete(row.id));
    writes.push(meta.put(lastId, LocalIdKeys.requirements));
    await Promise.all([...writes, transaction.done]);
    return (await this.list()).items;
  }

  public async save(requirement: Requirement, etag?: string): Promise<StoredRequirement> {
    const code = normaliseCode(requirement.code);
    const transaction = this._db.transaction(['requirements', 'meta'], 'readwrite');
    const store = transaction.objectStore('requirements');
    const rows = (await store.getAll()).map(readRow);
    const current = rows.find((row) => row.code === code);
    let row: RequirementRow;
    if (etag === undefined) {
      if (current) throw new ConflictError(ENTITY, code);
      const order = rows.reduce((max, r) => Math.max(max, isParsedRequirement(r.parsed) && r.parsed.order < Number.MAX_SAFE_INTEGER ? r.parsed.order : -1), -1) + 1;
      const record = checked(requirement, order);
      const meta = transaction.objectStore('meta');
      const lastStored = await meta.get(LocalIdKeys.requirements);
      const id = String((typeof lastStored === 'number' ? lastStored : 0) + 1);
      row = { ...record, ...this._stamp(), id, version: 1 };
      await Promise.all([meta.put(Number(id), LocalIdKeys.requirements), store.add(row), transaction.done]);
    } else {
      if (!current) throw new NotFoundError(ENTITY, code);
      if (etagOf(rowVersion(current.row)) !== etag) throw new ConflictError(ENTITY, code);
      const order = isParsedRequirement(current.parsed) ? current.parsed.order : rows.length;
      const record = checked(requirement, order);
      row = { ...record, ...this._stamp(), id: current.id, version: rowVersion(current.row) + 1 };
      await Promise.all([store.put(row), transaction.done]);
    }
    return storedOrThrow(row);
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
