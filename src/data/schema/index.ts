import { orgUnitsList } from './orgUnitsList';
import { classificationsList } from './classificationsList';
import { classificationVersionsList } from './classificationVersionsList';
import { sharedInfoTypesList } from './sharedInfoTypesList';
import { requirementsList } from './requirementsList';
import { actionPlanEntriesList } from './actionPlanEntriesList';
import { handoversList } from './handoversList';
import { riskMatricesList } from './riskMatricesList';
import { riskAnalysesList } from './riskAnalysesList';
import { risksList } from './risksList';
import { riskActionsList } from './riskActionsList';
import { reminderLogList } from './reminderLogList';
import type { ListDefinition } from './types';

export * from './types';
export * from './orgUnitsList';
export * from './classificationsList';
export * from './classificationVersionsList';
export * from './sharedInfoTypesList';
export * from './requirementsList';
export * from './actionPlanEntriesList';
export * from './handoversList';
export * from './riskMatricesList';
export * from './riskAnalysesList';
export * from './risksList';
export * from './riskActionsList';
export * from './reminderLogList';

/** Every list LIS provisions, in provisioning order (lookup targets first). */
export const ALL_LISTS: readonly ListDefinition[] = [orgUnitsList, classificationsList, classificationVersionsList, sharedInfoTypesList, requirementsList, actionPlanEntriesList, handoversList, riskMatricesList, riskAnalysesList, risksList, riskActionsList, reminderLogList];
