import type { RiskMatrix } from '../../domain/risk';
import type { Versioned } from '../../domain/shared/Versioned';
import { ConflictError, InvalidStoredItemError } from '../ports/errors';
import type { RiskMatrixListResult, RiskMatrixRepository, StoredRiskMatrix } from '../ports/RiskMatrixRepository';
import { checkRiskMatrixRecord, parseRiskMatrixRecord, toRiskMatrixRecord, type Parsed } from '../riskRecord';
import type { LisPreviewDatabase, StoredRow } from './database';
import type { LocalWriteContext } from './LocalWriteContext';
import { parseRiskRow, parseRiskRows, RiskIdKeys } from './riskRows';

const ENTITY = 'RiskMatrix';

/** A matrix row: the record with the matrix' version as `matrixVersion` (`version` is the row counter, always 1). */
interface RiskMatrixRow extends StoredRow {
  name: string;
  matrixVersion: number;
  contentJson: string;
}

function parseMatrixRow(raw: unknown, identity: Versioned): Parsed<StoredRiskMatrix> {
  const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<RiskMatrixRow>;
  return parseRiskMatrixRecord({ name: row.name, version: row.matrixVersion, contentJson: row.contentJson }, identity);
}

/** Risk matrix versions in the browser's IndexedDB (store `riskMatrices`, unique index byVersion). */
export class IndexedDbRiskMatrixRepository implements RiskMatrixRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(): Promise<RiskMatrixListResult> {
    const { items, broken } = parseRiskRows(await this._db.getAll('riskMatrices'), parseMatrixRow);
    items.sort((a, b) => a.version - b.version);
    return { items, broken };
  }

  public async latest(): Promise<StoredRiskMatrix | null> {
    const { items } = await this.list();
    return items.length > 0 ? items[items.length - 1] : null;
  }

  public async addVersion(matrix: RiskMatrix): Promise<StoredRiskMatrix> {
    const record = toRiskMatrixRecord(matrix);
    checkRiskMatrixRecord(record, 'new');
    const transaction = this._db.transaction(['riskMatrices', 'meta'], 'readwrite');
    const store = transaction.objectStore('riskMatrices');
    if ((await store.index('byVersion').count(record.version)) > 0) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      throw new ConflictError(ENTITY, `v${record.version}`);
    }
    const meta = transaction.objectStore('meta');
    const lastStored = await meta.get(RiskIdKeys.riskMatrices);
    const id = String((typeof lastStored === 'number' ? lastStored : 0) + 1);
    const row: RiskMatrixRow = {
      id,
      version: 1,
      modified: this._context.now().toISOString(),
      modifiedBy: this._context.currentUser().displayName,
      name: record.name,
      matrixVersion: record.version,
      contentJson: record.contentJson,
    };
    await Promise.all([meta.put(Number(id), RiskIdKeys.riskMatrices), store.add(row), transaction.done]);
    const parsed = parseRiskRow(row, parseMatrixRow);
    if (!parsed.value) throw new InvalidStoredItemError(ENTITY, id, parsed.reasons);
    return parsed.value;
  }
}
