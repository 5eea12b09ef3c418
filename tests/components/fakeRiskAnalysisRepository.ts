import {
  ConflictError,
  NotFoundError,
  type BrokenItem,
  type RiskAnalysisListResult,
  type RiskAnalysisQuery,
  type RiskAnalysisRepository,
  type StoredRiskAnalysis,
} from '../../src/data/ports';
import { checkRiskAnalysisRecord, plainRiskAnalysis, toRiskAnalysisRecord } from '../../src/data/riskRecord';
import type { RiskAnalysis } from '../../src/domain/risk';

/**
 * An in-memory RiskAnalysisRepository for component tests with the port's semantics (ids in creation order, a new
 * etag on every update, ConflictError / NotFoundError, the owner unit query, copies in and out).
 */
export class FakeRiskAnalysisRepository implements RiskAnalysisRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; get: number; create: number; update: number } = { list: 0, get: 0, create: 0, update: 0 };

  private readonly items = new Map<string, StoredRiskAnalysis>();
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 10);

  public constructor(initial: readonly RiskAnalysis[] = []) {
    initial.forEach((a) => this.store(a, String(this.nextId++)));
  }

  /** The stored analysis (synchronously, for the fake risk repository), or undefined. */
  public peek(id: string): StoredRiskAnalysis | undefined {
    const found = this.items.get(id);
    return found ? copy(found) : undefined;
  }

  public async list(query: RiskAnalysisQuery = {}): Promise<RiskAnalysisListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.items.values())
      .filter((a) => query.ownerUnitId === undefined || a.ownerUnitId === query.ownerUnitId)
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map(copy);
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async get(id: string): Promise<StoredRiskAnalysis> {
    this.calls.get++;
    const found = this.items.get(id);
    if (!found) throw new NotFoundError('RiskAnalysis', id);
    return copy(found);
  }

  public async create(analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    this.calls.create++;
    if (this.writeError !== undefined) throw this.writeError;
    return this.store(analysis, String(this.nextId++));
  }

  public async update(id: string, etag: string, analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    this.calls.update++;
    if (this.writeError !== undefined) throw this.writeError;
    const existing = this.items.get(id);
    if (!existing) throw new NotFoundError('RiskAnalysis', id);
    if (existing.etag !== etag) throw new ConflictError('RiskAnalysis', id);
    return this.store(analysis, id);
  }

  private store(analysis: RiskAnalysis, id: string): StoredRiskAnalysis {
    checkRiskAnalysisRecord(toRiskAnalysisRecord(analysis), id);
    this.version++;
    this.clock += 1000;
    const stored: StoredRiskAnalysis = { ...plainRiskAnalysis(analysis), id, etag: `"${this.version}"`, modified: new Date(this.clock).toISOString(), modifiedBy: this.modifiedBy };
    this.items.set(id, stored);
    return copy(stored);
  }
}

function copy(a: StoredRiskAnalysis): StoredRiskAnalysis {
  return { ...plainRiskAnalysis(a), id: a.id, etag: a.etag, modified: a.modified, modifiedBy: a.modifiedBy };
}
