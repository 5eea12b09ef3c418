/**
 * Reference data (organisation, requirement catalogue, risk matrix, shared information types): every LIS role reads
 * it, only coordinators change it (PERMISSION_PLAN referenceList). Without a role the lists read as empty and a
 * single item as not found, as the trimmed SharePoint lists would.
 */
import { canManageCatalogue, canManageOrganisation, canManageRiskMatrix, canManageSharedTypes, hasAnyRole } from '../../../domain/access/UserAccess';
import type { OrgUnit, OrgUnitDraft } from '../../../domain/organisation/OrgUnit';
import type { Requirement } from '../../../domain/requirements';
import type { RiskMatrix } from '../../../domain/risk';
import { NotFoundError } from '../../ports/errors';
import type { OrgUnitListResult, OrgUnitRepository } from '../../ports/OrgUnitRepository';
import type { RequirementCatalogueRepository, RequirementListResult, StoredRequirement } from '../../ports/RequirementCatalogueRepository';
import type { RiskMatrixListResult, RiskMatrixRepository, StoredRiskMatrix } from '../../ports/RiskMatrixRepository';
import type {
  SharedInformationTypeDraft,
  SharedInformationTypeListResult,
  SharedInformationTypeRepository,
  StoredSharedInformationType,
} from '../../ports/SharedInformationTypeRepository';
import { requireThat, type AccessSource } from './accessRules';

export class EnforcedOrgUnitRepository implements OrgUnitRepository {
  public constructor(private readonly _inner: OrgUnitRepository, private readonly _access: AccessSource, private readonly _onChange: () => void = () => undefined) {}

  public async list(): Promise<OrgUnitListResult> {
    return hasAnyRole(await this._access.currentAccess()) ? this._inner.list() : { units: [], broken: [] };
  }

  public async get(id: string): Promise<OrgUnit> {
    if (!hasAnyRole(await this._access.currentAccess())) throw new NotFoundError('OrgUnit', id);
    return this._inner.get(id);
  }

  public async create(draft: OrgUnitDraft): Promise<OrgUnit> {
    requireThat(canManageOrganisation(await this._access.currentAccess()), 'create an org unit');
    return this._changed(this._inner.create(draft));
  }

  public async update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit> {
    requireThat(canManageOrganisation(await this._access.currentAccess()), 'change an org unit');
    return this._changed(this._inner.update(id, etag, draft));
  }

  /** The register decides who represents a unit: a change may change anyone's access. */
  private async _changed(write: Promise<OrgUnit>): Promise<OrgUnit> {
    const unit = await write;
    this._onChange();
    return unit;
  }
}

export class EnforcedRequirementCatalogueRepository implements RequirementCatalogueRepository {
  public constructor(private readonly _inner: RequirementCatalogueRepository, private readonly _access: AccessSource) {}

  public async list(): Promise<RequirementListResult> {
    return hasAnyRole(await this._access.currentAccess()) ? this._inner.list() : { items: [], broken: [] };
  }

  public async replaceAll(requirements: readonly Requirement[]): Promise<StoredRequirement[]> {
    requireThat(canManageCatalogue(await this._access.currentAccess()), 'replace the requirement catalogue');
    return this._inner.replaceAll(requirements);
  }

  public async save(requirement: Requirement, etag?: string): Promise<StoredRequirement> {
    requireThat(canManageCatalogue(await this._access.currentAccess()), 'change a requirement');
    return this._inner.save(requirement, etag);
  }
}

export class EnforcedRiskMatrixRepository implements RiskMatrixRepository {
  public constructor(private readonly _inner: RiskMatrixRepository, private readonly _access: AccessSource) {}

  public async list(): Promise<RiskMatrixListResult> {
    return hasAnyRole(await this._access.currentAccess()) ? this._inner.list() : { items: [], broken: [] };
  }

  public async latest(): Promise<StoredRiskMatrix | null> {
    return hasAnyRole(await this._access.currentAccess()) ? this._inner.latest() : null;
  }

  public async addVersion(matrix: RiskMatrix): Promise<StoredRiskMatrix> {
    requireThat(canManageRiskMatrix(await this._access.currentAccess()), 'change the risk matrix');
    return this._inner.addVersion(matrix);
  }
}

export class EnforcedSharedInformationTypeRepository implements SharedInformationTypeRepository {
  public constructor(private readonly _inner: SharedInformationTypeRepository, private readonly _access: AccessSource) {}

  public async list(): Promise<SharedInformationTypeListResult> {
    return hasAnyRole(await this._access.currentAccess()) ? this._inner.list() : { items: [], broken: [] };
  }

  public async get(id: string): Promise<StoredSharedInformationType> {
    if (!hasAnyRole(await this._access.currentAccess())) throw new NotFoundError('SharedInformationType', id);
    return this._inner.get(id);
  }

  public async create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    requireThat(canManageSharedTypes(await this._access.currentAccess()), 'create a shared information type');
    return this._inner.create(draft);
  }

  public async update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    requireThat(canManageSharedTypes(await this._access.currentAccess()), 'change a shared information type');
    return this._inner.update(id, etag, draft);
  }
}
