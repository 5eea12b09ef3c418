import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Services } from '../../app/Services';
import type { LisSettings } from '../../app/settings';
import type { Person } from '../../domain/shared/Person';
import { LisRetry, readTenantProperty, resolveDataSiteUrl, SharePointOrgUnitRepository } from '../../data/sharepoint';
import { SharePointClassificationRepository, SharePointSharedInformationTypeRepository } from '../../data/sharepoint';
import { SharePointActionPlanRepository, SharePointHandoverRepository, SharePointRequirementCatalogueRepository } from '../../data/sharepoint';
import { SharePointRiskActionRepository, SharePointRiskAnalysisRepository, SharePointRiskMatrixRepository, SharePointRiskRepository } from '../../data/sharepoint';

/** The signed-in person from the SPFx page context (also inside Teams, where pageContext.user is filled too). */
export function currentUserFrom(user: { displayName: string; email: string; loginName: string }): Person {
  return { displayName: user.displayName, email: user.email || user.loginName };
}

/** The data site for this web part: its own property wins, else the tenant property (read through the current web). */
export function resolveWebPartDataSite(context: WebPartContext, dataSiteUrl: string | undefined): Promise<string | undefined> {
  return resolveDataSiteUrl({
    webPartProperty: dataSiteUrl,
    readTenantProperty: () => readTenantProperty(spfi(context.pageContext.web.absoluteUrl).using(SPFx(context), LisRetry())),
  });
}

/** Services over the SharePoint adapters on the LIS data site. */
export function createSharePointServices(context: WebPartContext, dataSiteUrl: string, settings: LisSettings): Services {
  const sp: SPFI = spfi(dataSiteUrl).using(SPFx(context), LisRetry());
  return {
    orgUnits: new SharePointOrgUnitRepository(sp, dataSiteUrl),
    classifications: new SharePointClassificationRepository(sp, dataSiteUrl),
    sharedInformationTypes: new SharePointSharedInformationTypeRepository(sp, dataSiteUrl),
    requirements: new SharePointRequirementCatalogueRepository(sp, dataSiteUrl),
    actionPlans: new SharePointActionPlanRepository(sp, dataSiteUrl),
    handovers: new SharePointHandoverRepository(sp, dataSiteUrl),
    riskMatrices: new SharePointRiskMatrixRepository(sp, dataSiteUrl),
    riskAnalyses: new SharePointRiskAnalysisRepository(sp, dataSiteUrl),
    risks: new SharePointRiskRepository(sp, dataSiteUrl),
    riskActions: new SharePointRiskActionRepository(sp, dataSiteUrl),
    currentUser: currentUserFrom(context.pageContext.user),
    now: () => new Date(),
    settings,
  };
}
