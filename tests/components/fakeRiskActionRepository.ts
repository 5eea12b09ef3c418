import {
  ConflictError,
  NotFoundError,
  type BrokenItem,
  type RiskActionListResult,
  type RiskActionQuery,
  type RiskActionRepository,
  type StoredRiskAction,
} from '../../src/data/ports';
import { checkRiskActionRecord, plainRiskAction, toRiskActionRecord } from '../../src/data/riskRecord';
import type { RiskAction } from '../../src/domain/risk';
import type { FakeRiskRepository } from './fakeRiskRepository';

/**
 * An in-memory RiskActionRepository for component tests with the port's semantics (ids in creation order, a new etag
 * on every update, ConflictError / NotFoundError, the risk's analysis copied onto the action, queries by risk and
 * analysis, copies in and out). Actions belong to risks of `risks`.
 */
export class FakeRiskActionRepository implements RiskActionRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; create: number; update: number } = { list: 0, create: 0, update: 0 };

  private readonly items = new Map<string, StoredRiskAction>();
  private readonly risks: FakeRiskRepository;
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 40);

  public constructor(risks: FakeRiskRepository, initial: readonly RiskAction[] = []) {
    this.risks = risks;
    initial.forEach((a) => this.store(a, String(this.nextId++)));
  }

  public async list(query: RiskActionQuery = {}): Promise<RiskActionListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.items.values())
      .filter((a) => (query.riskId === undefined || a.riskId === query.riskId) && (query.analysisId === undefined || a.analysisId === query.analysisId))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map(copy);
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async create(action: RiskAction): Promise<StoredRiskAction> {
    this.calls.create++;
    if (this.writeError !== undefined) throw this.writeError;
    return this.store(action, String(this.nextId++));
  }

  public async update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction> {
    this.calls.update++;
    if (this.writeError !== undefined) throw this.writeError;
    const existing = this.items.get(id);
    if (!existing) throw new NotFoundError('RiskAction', id);
    if (existing.etag !== etag) throw new ConflictError('RiskAction', id);
    return this.store(action, id);
  }

  private store(action: RiskAction, id: string): StoredRiskAction {
    checkRiskActionRecord(toRiskActionRecord(action, '1'), id);
    const risk = this.risks.peek(action.riskId);
    if (!risk) throw new NotFoundError('Risk', action.riskId);
    this.version++;
    this.clock += 1000;
    const stored: StoredRiskAction = {
      ...plainRiskAction(action),
      analysisId: risk.analysisId,
      id,
      etag: `"${this.version}"`,
      modified: new Date(this.clock).toISOString(),
      modifiedBy: this.modifiedBy,
    };
    this.items.set(id, stored);
    return copy(stored);
  }
}

function copy(a: StoredRiskAction): StoredRiskAction {
  return { ...plainRiskAction(a), analysisId: a.analysisId, id: a.id, etag: a.etag, modified: a.modified, modifiedBy: a.modifiedBy };
}
