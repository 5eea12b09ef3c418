import { NotFoundError, type RiskActionListResult, type RiskActionQuery, type RiskActionRepository, type StoredRiskAction } from '../../src/data/ports';
import { checkRiskActionRecord, plainRiskAction, toRiskActionRecord } from '../../src/data/riskRecord';
import type { RiskAction } from '../../src/domain/risk';
import type { FakeRiskRepository } from './fakeRiskRepository';
import { FakeVersionedStore } from './fakeVersionedStore';

/**
 * An in-memory RiskActionRepository for component tests with the port's semantics (ids in creation order, a new etag
 * on every update, ConflictError / NotFoundError, the risk's analysis copied onto the action, queries by risk and
 * analysis, copies in and out). Actions belong to risks of `risks`.
 */
export class FakeRiskActionRepository extends FakeVersionedStore<StoredRiskAction> implements RiskActionRepository {
  public calls: { list: number; create: number; update: number } = { list: 0, create: 0, update: 0 };

  private readonly risks: FakeRiskRepository;

  public constructor(risks: FakeRiskRepository, initial: readonly RiskAction[] = []) {
    super('RiskAction', Date.UTC(2026, 10, 28, 9, 40));
    this.risks = risks;
    initial.forEach((a) => this.store(a, this.newId()));
  }

  public async list(query: RiskActionQuery = {}): Promise<RiskActionListResult> {
    this.calls.list++;
    return this.listWhere(
      (a) => (query.riskId === undefined || a.riskId === query.riskId) && (query.analysisId === undefined || a.analysisId === query.analysisId),
    );
  }

  public async create(action: RiskAction): Promise<StoredRiskAction> {
    this.calls.create++;
    this.checkWrite();
    return this.store(action, this.newId());
  }

  public async update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction> {
    this.calls.update++;
    this.checkUpdate(id, etag);
    return this.store(action, id);
  }

  protected copy(a: StoredRiskAction): StoredRiskAction {
    return { ...plainRiskAction(a), analysisId: a.analysisId, id: a.id, etag: a.etag, modified: a.modified, modifiedBy: a.modifiedBy };
  }

  private store(action: RiskAction, id: string): StoredRiskAction {
    checkRiskActionRecord(toRiskActionRecord(action, '1'), id);
    const risk = this.risks.peek(action.riskId);
    if (!risk) throw new NotFoundError('Risk', action.riskId);
    return this.put({ ...plainRiskAction(action), analysisId: risk.analysisId, id, ...this.stamp() });
  }
}
