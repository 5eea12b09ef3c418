import { ConflictError, type BrokenItem, type RiskMatrixListResult, type RiskMatrixRepository, type StoredRiskMatrix } from '../../src/data/ports';
import { checkRiskMatrixRecord, plainRiskMatrix, toRiskMatrixRecord } from '../../src/data/riskRecord';
import type { RiskMatrix } from '../../src/domain/risk';

/**
 * An in-memory RiskMatrixRepository for component tests with the port's semantics (versions oldest first, write-once:
 * a version number already stored is a ConflictError, invalid matrices refused, copies in and out).
 */
export class FakeRiskMatrixRepository implements RiskMatrixRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; latest: number; addVersion: number } = { list: 0, latest: 0, addVersion: 0 };

  private readonly items: StoredRiskMatrix[] = [];
  private clock = Date.UTC(2026, 10, 28, 9, 0);

  public constructor(initial: readonly RiskMatrix[] = []) {
    initial.forEach((m) => this.store(m));
  }

  public async list(): Promise<RiskMatrixListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    return { items: this.sorted().map(copy), broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async latest(): Promise<StoredRiskMatrix | null> {
    this.calls.latest++;
    if (this.listError !== undefined) throw this.listError;
    const sorted = this.sorted();
    return sorted.length > 0 ? copy(sorted[sorted.length - 1]) : null;
  }

  public async addVersion(matrix: RiskMatrix): Promise<StoredRiskMatrix> {
    this.calls.addVersion++;
    if (this.writeError !== undefined) throw this.writeError;
    return copy(this.store(matrix));
  }

  private sorted(): StoredRiskMatrix[] {
    return [...this.items].sort((a, b) => a.version - b.version);
  }

  private store(matrix: RiskMatrix): StoredRiskMatrix {
    const id = String(this.items.length + 1);
    checkRiskMatrixRecord(toRiskMatrixRecord(matrix), 'new');
    if (this.items.some((m) => m.version === matrix.version)) throw new ConflictError('RiskMatrix', `v${matrix.version}`);
    this.clock += 1000;
    const stored: StoredRiskMatrix = { ...plainRiskMatrix(matrix), id, etag: '"1"', modified: new Date(this.clock).toISOString(), modifiedBy: this.modifiedBy };
    this.items.push(stored);
    return stored;
  }
}

function copy(m: StoredRiskMatrix): StoredRiskMatrix {
  return { ...plainRiskMatrix(m), id: m.id, etag: m.etag, modified: m.modified, modifiedBy: m.modifiedBy };
}
