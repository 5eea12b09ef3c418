import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Services } from '../../app/Services';
import type { LisSettings } from '../../app/settings';
import { sharePointPageLinks } from '../../app/links';
import type { MailSender } from '../../data/ports/MailSender';
import type { Person } from '../../domain/shared/Person';
import { LisRetry } from '../../data/sharepoint/retryBehavior';
import { readTenantProperty, resolveDataSiteUrl } from '../../data/sharepoint/dataSite';
import { SharePointOrgUnitRepository } from '../../data/sharepoint/SharePointOrgUnitRepository';
import { SharePointClassificationRepository } from '../../data/sharepoint/SharePointClassificationRepository';
import { SharePointSharedInformationTypeRepository } from '../../data/sharepoint/SharePointSharedInformationTypeRepository';
import { SharePointActionPlanRepository } from '../../data/sharepoint/SharePointActionPlanRepository';
import { SharePointHandoverRepository } from '../../data/sharepoint/SharePointHandoverRepository';
import { SharePointRequirementCatalogueRepository } from '../../data/sharepoint/SharePointRequirementCatalogueRepository';
import { SharePointRiskActionRepository } from '../../data/sharepoint/SharePointRiskActionRepository';
import { SharePointRiskAnalysisRepository } from '../../data/sharepoint/SharePointRiskAnalysisRepository';
import { SharePointRiskMatrixRepository } from '../../data/sharepoint/SharePointRiskMatrixRepository';
import { SharePointRiskRepository } from '../../data/sharepoint/SharePointRiskRepository';
import { SharePointPeopleDirectory } from '../../data/sharepoint/SharePointPeopleDirectory';
import { SharePointAccessReader } from '../../data/sharepoint/permissions/SharePointAccessReader';
import { lazyItemHistory, lazyPermissionAdmin, lazyReminderLog, lazyTaskInputs } from './lazyAdapters';
import type { GraphClientFactoryLike } from './delegatedMailSender';

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

/**
 * The delegated Graph mail sender, created on first use: the Graph code is a separate chunk (lis-graph-mail) that
 * only the coordinator's "send now" downloads. A failure (e.g. Mail.Send not approved) is not cached, so the next
 * attempt after an administrator approves the request works without reloading the page.
 */
export function lazyDelegatedMailSender(factory: () => GraphClientFactoryLike): () => Promise<MailSender> {
  let sender: Promise<MailSender> | undefined;
  return () => {
    if (!sender) {
      const created = import(/* webpackChunkName: 'lis-graph-mail' */ './delegatedMailSender').then((m) =>
        m.createDelegatedMailSender(factory()),
      );
      sender = created;
      created.catch(() => {
        if (sender === created) sender = undefined;
      });
    }
    return sender;
  };
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
    taskInputs: lazyTaskInputs(sp, dataSiteUrl),
    people: new SharePointPeopleDirectory(sp),
    reminderLog: lazyReminderLog(sp, dataSiteUrl),
    access: new SharePointAccessReader(sp),
    permissionAdmin: lazyPermissionAdmin(sp, dataSiteUrl),
    itemHistory: lazyItemHistory(sp, dataSiteUrl),
    mailSender: lazyDelegatedMailSender(() => context.msGraphClientFactory as GraphClientFactoryLike),
    links: sharePointPageLinks(dataSiteUrl),
    currentUser: currentUserFrom(context.pageContext.user),
    now: () => new Date(),
    settings,
  };
}
