import { hasAnyRole } from '../../../domain/access/UserAccess';
import { NotFoundError } from '../../ports/errors';
import type { AuditedEntity, HistoryEntry, ItemHistory } from '../../ports/ItemHistory';
import type { RiskActionRepository } from '../../ports/RiskActionRepository';
import { mayReadUnit, type AccessSource } from './accessRules';
import type { UnitLookup } from './UnitLookup';

/**
 * An item's change history for those who may read the item (SharePoint's version history needs read access to the
 * item): org units for every LIS role, a unit's classifications, analyses, risks and actions for those who read the
 * unit. Otherwise NotFoundError, as for the item itself.
 */
export class EnforcedItemHistory implements ItemHistory {
  public constructor(
    private readonly _inner: ItemHistory,
    private readonly _access: AccessSource,
    private readonly _units: UnitLookup,
    private readonly _actions: RiskActionRepository,
  ) {}

  public async history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]> {
    const a = await this._access.currentAccess();
    const allowed = entity === 'orgUnit' ? hasAnyRole(a) : mayReadUnit(a, await this._unitOf(entity, id));
    if (!allowed) throw new NotFoundError(entity, id);
    return this._inner.history(entity, id);
  }

  private async _unitOf(entity: Exclude<AuditedEntity, 'orgUnit'>, id: string): Promise<string | undefined> {
    switch (entity) {
      case 'classification':
        return this._units.ofObject(id);
      case 'riskAnalysis':
        return this._units.ofAnalysis(id);
      case 'risk':
        return this._units.ofRisk(id);
      case 'riskAction': {
        const action = (await this._actions.list()).items.filter((x) => x.id === id)[0];
        return action === undefined ? undefined : this._units.ofAnalysis(action.analysisId);
      }
      default: {
        const never: never = entity;
        return never;
      }
    }
  }
}
