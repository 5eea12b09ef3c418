/**
 * A unit's risk analyses, their risks and the risks' actions: the unit is the analysis' owner unit. Readable for the
 * unit's editors, readers and coordinators; changed by the unit's editors and coordinators. Reads of what one may
 * not see: trimmed lists, NotFoundError for one item; writes: AccessDeniedError (403).
 */
import type { Risk, RiskAction, RiskAnalysis } from '../../../domain/risk';
import { NotFoundError } from '../../ports/errors';
import type { RiskActionListResult, RiskActionQuery, RiskActionRepository, StoredRiskAction } from '../../ports/RiskActionRepository';
import type { RiskAnalysisListResult, RiskAnalysisQuery, RiskAnalysisRepository, StoredRiskAnalysis } from '../../ports/RiskAnalysisRepository';
import type { RiskListResult, RiskQuery, RiskRepository, StoredRisk } from '../../ports/RiskRepository';
import { mayEditUnit, mayReadUnit, requireThat, trimmed, type AccessSource } from './accessRules';
import type { UnitLookup } from './UnitLookup';

export class EnforcedRiskAnalysisRepository implements RiskAnalysisRepository {
  public constructor(private readonly _inner: RiskAnalysisRepository, private readonly _access: AccessSource) {}

  public async list(query?: RiskAnalysisQuery): Promise<RiskAnalysisListResult> {
    const a = await this._access.currentAccess();
    return trimmed(await this._inner.list(query), a, (x) => x.ownerUnitId);
  }

  public async get(id: string): Promise<StoredRiskAnalysis> {
    const a = await this._access.currentAccess();
    const analysis = await this._inner.get(id);
    if (!mayReadUnit(a, analysis.ownerUnitId)) throw new NotFoundError('RiskAnalysis', id);
    return analysis;
  }

  public async create(analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    requireThat(mayEditUnit(await this._access.currentAccess(), analysis.ownerUnitId), 'create a risk analysis of this unit');
    return this._inner.create(analysis);
  }

  public async update(id: string, etag: string, analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    const current = await this._inner.get(id);
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, current.ownerUnitId) && mayEditUnit(a, analysis.ownerUnitId), 'change a risk analysis of this unit');
    return this._inner.update(id, etag, analysis);
  }
}

export class EnforcedRiskRepository implements RiskRepository {
  public constructor(private readonly _inner: RiskRepository, private readonly _access: AccessSource, private readonly _units: UnitLookup) {}

  public async list(query?: RiskQuery): Promise<RiskListResult> {
    const a = await this._access.currentAccess();
    return trimmed(await this._inner.list(query), a, (r) => r.ownerUnitId);
  }

  public async get(id: string): Promise<StoredRisk> {
    const a = await this._access.currentAccess();
    const risk = await this._inner.get(id);
    if (!mayReadUnit(a, risk.ownerUnitId)) throw new NotFoundError('Risk', id);
    return risk;
  }

  public async create(risk: Risk): Promise<StoredRisk> {
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, await this._units.ofAnalysis(risk.analysisId)), 'create a risk in an analysis of this unit');
    return this._inner.create(risk);
  }

  public async update(id: string, etag: string, risk: Risk): Promise<StoredRisk> {
    const current = await this._inner.get(id);
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, current.ownerUnitId) && mayEditUnit(a, await this._units.ofAnalysis(risk.analysisId)), 'change a risk of this unit');
    return this._inner.update(id, etag, risk);
  }
}

export class EnforcedRiskActionRepository implements RiskActionRepository {
  public constructor(private readonly _inner: RiskActionRepository, private readonly _access: AccessSource, private readonly _units: UnitLookup) {}

  public async list(query?: RiskActionQuery): Promise<RiskActionListResult> {
    const a = await this._access.currentAccess();
    const [result, units] = await Promise.all([this._inner.list(query), this._units.analysisUnits()]);
    return trimmed(result, a, (x) => units.get(x.analysisId));
  }

  public async create(action: RiskAction): Promise<StoredRiskAction> {
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, await this._units.ofRisk(action.riskId)), 'create an action for a risk of this unit');
    return this._inner.create(action);
  }

  public async update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction> {
    const a = await this._access.currentAccess();
    const current = (await this._inner.list()).items.filter((x) => x.id === id)[0];
    // Missing or unreadable rows have no known unit: only a coordinator gets as far as the store's own answer.
    if (current === undefined) {
      requireThat(a.coordinator, 'change an action of this unit');
      return this._inner.update(id, etag, action);
    }
    const [from, to] = await Promise.all([this._units.ofAnalysis(current.analysisId), this._units.ofRisk(action.riskId)]);
    requireThat(mayEditUnit(a, from) && mayEditUnit(a, to), 'change an action of this unit');
    return this._inner.update(id, etag, action);
  }
}
