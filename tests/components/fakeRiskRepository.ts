import { NotFoundError, type RiskListResult, type RiskQuery, type RiskRepository, type StoredRisk } from '../../src/data/ports';
import { checkRiskRecord, plainRisk, toRiskRecord } from '../../src/data/riskRecord';
import type { Risk } from '../../src/domain/risk';
import type { FakeRiskAnalysisRepository } from './fakeRiskAnalysisRepository';
import { FakeVersionedStore } from './fakeVersionedStore';

/**
 * An in-memory RiskRepository for component tests with the port's semantics (ids in creation order, a new etag on
 * every update, ConflictError / NotFoundError, the analysis' owner unit copied onto the risk, queries by analysis and
 * owner unit, copies in and out). Risks belong to analyses of `analyses`.
 */
export class FakeRiskRepository extends FakeVersionedStore<StoredRisk> implements RiskRepository {
  public calls: { list: number; get: number; create: number; update: number } = { list: 0, get: 0, create: 0, update: 0 };

  private readonly analyses: FakeRiskAnalysisRepository;

  public constructor(analyses: FakeRiskAnalysisRepository, initial: readonly Risk[] = []) {
    super('Risk', Date.UTC(2026, 10, 28, 9, 20));
    this.analyses = analyses;
    initial.forEach((r) => this.store(r, this.newId()));
  }

  /** The stored risk (synchronously, for the fake action repository), or undefined. */
  public peek(id: string): StoredRisk | undefined {
    const found = this.items.get(id);
    return found ? copy(found) : undefined;
  }

  public async list(query: RiskQuery = {}): Promise<RiskListResult> {
    this.calls.list++;
    return this.listWhere(
      (r) => (query.analysisId === undefined || r.analysisId === query.analysisId) && (query.ownerUnitId === undefined || r.ownerUnitId === query.ownerUnitId),
    );
  }

  public async get(id: string): Promise<StoredRisk> {
    this.calls.get++;
    const found = this.items.get(id);
    if (!found) throw new NotFoundError('Risk', id);
    return copy(found);
  }

  public async create(risk: Risk): Promise<StoredRisk> {
    this.calls.create++;
    this.checkWrite();
    return this.store(risk, this.newId());
  }

  public async update(id: string, etag: string, risk: Risk): Promise<StoredRisk> {
    this.calls.update++;
    this.checkUpdate(id, etag);
    return this.store(risk, id);
  }

  protected copy(r: StoredRisk): StoredRisk {
    return copy(r);
  }

  private store(risk: Risk, id: string): StoredRisk {
    checkRiskRecord(toRiskRecord(risk, '1'), id);
    const analysis = this.analyses.peek(risk.analysisId);
    if (!analysis) throw new NotFoundError('RiskAnalysis', risk.analysisId);
    return this.put({ ...plainRisk(risk), ownerUnitId: analysis.ownerUnitId, id, ...this.stamp() });
  }
}

function copy(r: StoredRisk): StoredRisk {
  return { ...plainRisk(r), ownerUnitId: r.ownerUnitId, id: r.id, etag: r.etag, modified: r.modified, modifiedBy: r.modifiedBy };
}
