import { ConflictError, NotFoundError, type BrokenItem, type RiskListResult, type RiskQuery, type RiskRepository, type StoredRisk } from '../../src/data/ports';
import { checkRiskRecord, plainRisk, toRiskRecord } from '../../src/data/riskRecord';
import type { Risk } from '../../src/domain/risk';
import type { FakeRiskAnalysisRepository } from './fakeRiskAnalysisRepository';

/**
 * An in-memory RiskRepository for component tests with the port's semantics (ids in creation order, a new etag on
 * every update, ConflictError / NotFoundError, the analysis' owner unit copied onto the risk, queries by analysis and
 * owner unit, copies in and out). Risks belong to analyses of `analyses`.
 */
export class FakeRiskRepository implements RiskRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; get: number; create: number; update: number } = { list: 0, get: 0, create: 0, update: 0 };

  private readonly items = new Map<string, StoredRisk>();
  private readonly analyses: FakeRiskAnalysisRepository;
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 20);

  public constructor(analyses: FakeRiskAnalysisRepository, initial: readonly Risk[] = []) {
    this.analyses = analyses;
    initial.forEach((r) => this.store(r, String(this.nextId++)));
  }

  /** The stored risk (synchronously, for the fake action repository), or undefined. */
  public peek(id: string): StoredRisk | undefined {
    const found = this.items.get(id);
    return found ? copy(found) : undefined;
  }

  public async list(query: RiskQuery = {}): Promise<RiskListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.items.values())
      .filter((r) => (query.analysisId === undefined || r.analysisId === query.analysisId) && (query.ownerUnitId === undefined || r.ownerUnitId === query.ownerUnitId))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map(copy);
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async get(id: string): Promise<StoredRisk> {
    this.calls.get++;
    const found = this.items.get(id);
    if (!found) throw new NotFoundError('Risk', id);
    return copy(found);
  }

  public async create(risk: Risk): Promise<StoredRisk> {
    this.calls.create++;
    if (this.writeError !== undefined) throw this.writeError;
    return this.store(risk, String(this.nextId++));
  }

  public async update(id: string, etag: string, risk: Risk): Promise<StoredRisk> {
    this.calls.update++;
    if (this.writeError !== undefined) throw this.writeError;
    const existing = this.items.get(id);
    if (!existing) throw new NotFoundError('Risk', id);
    if (existing.etag !== etag) throw new ConflictError('Risk', id);
    return this.store(risk, id);
  }

  private store(risk: Risk, id: string): StoredRisk {
    checkRiskRecord(toRiskRecord(risk, '1'), id);
    const analysis = this.analyses.peek(risk.analysisId);
    if (!analysis) throw new NotFoundError('RiskAnalysis', risk.analysisId);
    this.version++;
    this.clock += 1000;
    const stored: StoredRisk = {
      ...plainRisk(risk),
      ownerUnitId: analysis.ownerUnitId,
      id,
      etag: `"${this.version}"`,
      modified: new Date(this.clock).toISOString(),
      modifiedBy: this.modifiedBy,
    };
    this.items.set(id, stored);
    return copy(stored);
  }
}

function copy(r: StoredRisk): StoredRisk {
  return { ...plainRisk(r), ownerUnitId: r.ownerUnitId, id: r.id, etag: r.etag, modified: r.modified, modifiedBy: r.modifiedBy };
}
