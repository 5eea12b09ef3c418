/**
 * The SharePoint adapters' public face. A web part host:
 *
 *   const dataSiteUrl = await resolveDataSiteUrl({
 *     webPartProperty: this.properties.dataSiteUrl,
 *     readTenantProperty: () => readTenantProperty(spfi(this.context.pageContext.web.absoluteUrl).using(SPFx(this.context))),
 *   });
 *   const sp = spfi(dataSiteUrl).using(SPFx(this.context), LisRetry());
 *   services.orgUnits = new SharePointOrgUnitRepository(sp, dataSiteUrl);
 */
export { SharePointOrgUnitRepository, serverRelativeListUrl, ORG_UNIT_PAGE_SIZE } from './SharePointOrgUnitRepository';
export { LisRetry, LIS_RETRY_DEFAULTS, parseRetryAfter, backoffDelay, type LisRetryOptions } from './retryBehavior';
export {
  resolveDataSiteUrl,
  readTenantProperty,
  normaliseDataSiteUrl,
  DATA_SITE_TENANT_PROPERTY,
  type DataSiteSources,
} from './dataSite';
export { odataString, odataPathString, odataLiteral, indexedEq } from './odata';
export { toStoreError } from './storeErrors';
export { SharePointRequirementCatalogueRepository } from './SharePointRequirementCatalogueRepository';
export { SharePointActionPlanRepository } from './SharePointActionPlanRepository';
export { SharePointHandoverRepository } from './SharePointHandoverRepository';
export { runBatched, BATCH_DEFAULTS, type BatchOptions } from './batchWrites';
export { SharePointClassificationRepository, CLASSIFICATION_PAGE_SIZE } from './SharePointClassificationRepository';
export { SharePointSharedInformationTypeRepository } from './SharePointSharedInformationTypeRepository';
export { SharePointRiskMatrixRepository } from './SharePointRiskMatrixRepository';
export { SharePointRiskAnalysisRepository } from './SharePointRiskAnalysisRepository';
export { SharePointRiskRepository } from './SharePointRiskRepository';
export { SharePointRiskActionRepository } from './SharePointRiskActionRepository';
export { SharePointReminderLog, isDuplicateValueError } from './SharePointReminderLog';
export { SharePointPeopleDirectory } from './SharePointPeopleDirectory';
export { SharePointTaskInputReader, TASK_QUERY_TOP, TASK_QUERY_MAX_URL } from './SharePointTaskInputReader';
export { SharePointItemHistory } from './history/SharePointItemHistory';
export * from './permissions';
export { UnitFolderItems, ownerUnitOfItem } from './unitFolders';
export { isFolderRow, FOLDER_MARKER } from './listAccess';
