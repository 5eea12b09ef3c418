/**
 * A unit's classifications (with their approved versions), handlingsplaner and handovers to IT: readable for the
 * unit's editors, readers and coordinators; changed by the unit's editors and coordinators. The IT unit reads the
 * whole handover queue and moves items along it (canWorkItQueue) and reads every classification object
 * (canReadClassificationObject: the queue's rows and IT's tasks name them), but no handlingsplan or version.
 * Reads of what one may not see: trimmed lists, NotFoundError for one item; writes: AccessDeniedError (403).
 */
import { canHandOver, canReadClassificationObject, canWorkItQueue } from '../../../domain/access/UserAccess';
import type { ClassificationObject } from '../../../domain/classification';
import type { ActionPlanEntry, HandoverItem } from '../../../domain/requirements';
import type { ActionPlanRepository, ActionPlanToSave, StoredActionPlan, StoredActionPlanEntry } from '../../ports/ActionPlanRepository';
import type {
  ClassificationListQuery,
  ClassificationListResult,
  ClassificationRepository,
  ClassificationVersion,
  StoredClassification,
} from '../../ports/ClassificationRepository';
import { NotFoundError } from '../../ports/errors';
import type { HandoverListResult, HandoverQuery, HandoverRepository, StoredHandover } from '../../ports/HandoverRepository';
import { mayEditUnit, mayReadUnit, requireThat, trimmed, type AccessSource } from './accessRules';
import type { UnitLookup } from './UnitLookup';

export class EnforcedClassificationRepository implements ClassificationRepository {
  public constructor(private readonly _inner: ClassificationRepository, private readonly _access: AccessSource) {}

  public async list(query?: ClassificationListQuery): Promise<ClassificationListResult> {
    const a = await this._access.currentAccess();
    const result = await this._inner.list(query);
    const readable = trimmed(result, a, (o) => o.ownerUnitId);
    return a.itStaff ? { items: result.items.slice(), broken: readable.broken } : readable;
  }

  public async get(id: string): Promise<StoredClassification> {
    const a = await this._access.currentAccess();
    const object = await this._inner.get(id);
    if (mayReadUnit(a, object.ownerUnitId) || canReadClassificationObject(a, object.ownerUnitId)) return object;
    throw new NotFoundError('Classification', id);
  }

  public async create(object: ClassificationObject): Promise<StoredClassification> {
    requireThat(mayEditUnit(await this._access.currentAccess(), object.ownerUnitId), 'create a classification of this unit');
    return this._inner.create(object);
  }

  /** Moving an object to another unit needs edit rights on both. */
  public async update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification> {
    const current = await this._inner.get(id);
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, current.ownerUnitId) && mayEditUnit(a, object.ownerUnitId), 'change a classification of this unit');
    return this._inner.update(id, etag, object);
  }

  public async listVersions(id: string): Promise<ClassificationVersion[]> {
    const object = await this._inner.get(id);
    if (!mayReadUnit(await this._access.currentAccess(), object.ownerUnitId)) throw new NotFoundError('Classification', id);
    return this._inner.listVersions(id);
  }

  public async addVersion(version: ClassificationVersion): Promise<ClassificationVersion> {
    const current = await this._inner.get(version.objectId);
    requireThat(mayEditUnit(await this._access.currentAccess(), current.ownerUnitId), 'approve a classification of this unit');
    return this._inner.addVersion(version);
  }
}

export class EnforcedActionPlanRepository implements ActionPlanRepository {
  public constructor(private readonly _inner: ActionPlanRepository, private readonly _access: AccessSource, private readonly _units: UnitLookup) {}

  public async getPlan(objectId: string): Promise<StoredActionPlan> {
    const a = await this._access.currentAccess();
    if (!mayReadUnit(a, await this._units.ofObject(objectId))) throw new NotFoundError('ActionPlan', objectId);
    return this._inner.getPlan(objectId);
  }

  public async savePlan(objectId: string, plan: ActionPlanToSave): Promise<StoredActionPlan> {
    await this._requireEdit(objectId);
    return this._inner.savePlan(objectId, plan);
  }

  public async updateEntry(objectId: string, entry: ActionPlanEntry, etag: string): Promise<StoredActionPlanEntry> {
    await this._requireEdit(objectId);
    return this._inner.updateEntry(objectId, entry, etag);
  }

  private async _requireEdit(objectId: string): Promise<void> {
    const a = await this._access.currentAccess();
    requireThat(mayEditUnit(a, await this._units.ofObject(objectId)), 'change the handlingsplan of this unit');
  }
}

export class EnforcedHandoverRepository implements HandoverRepository {
  public constructor(private readonly _inner: HandoverRepository, private readonly _access: AccessSource, private readonly _units: UnitLookup) {}

  public async list(query?: HandoverQuery): Promise<HandoverListResult> {
    const a = await this._access.currentAccess();
    const result = await this._inner.list(query);
    if (canWorkItQueue(a)) return result;
    const units = await this._units.objectUnits();
    return trimmed(result, a, (h) => units.get(h.objectId));
  }

  public async create(item: HandoverItem): Promise<StoredHandover> {
    const a = await this._access.currentAccess();
    const unit = await this._units.ofObject(item.objectId);
    requireThat(unit === undefined ? a.coordinator : canHandOver(a, unit), 'hand over a requirement of this unit');
    return this._inner.create(item);
  }

  /** The IT unit moves any item; a unit's editors their own unit's items (an item cannot move to another unit's object). */
  public async update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover> {
    const a = await this._access.currentAccess();
    if (!canWorkItQueue(a)) {
      const current = (await this._inner.list()).items.filter((h) => h.id === id)[0];
      const units = await Promise.all([current ? this._units.ofObject(current.objectId) : Promise.resolve(undefined), this._units.ofObject(item.objectId)]);
      requireThat(current !== undefined && mayEditUnit(a, units[0]) && mayEditUnit(a, units[1]), 'change a handover of this unit');
    }
    return this._inner.update(id, etag, item);
  }
}
