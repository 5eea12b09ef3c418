import { RISK_ACTION_STATUSES } from '../../domain/risk';
import type { ListDefinition } from './types';

/** Internal names of the risk actions' fields (Title holds the description). The analysis is denormalised. */
export const RiskActionFields = {
  title: 'Title',
  risk: 'LisRisk',
  analysis: 'LisAnalysis',
  status: 'LisStatus',
  responsibleEmail: 'LisResponsibleEmail',
  targetDate: 'LisTargetDate',
  content: 'LisContent',
} as const;

export const riskActionsList: ListDefinition = {
  key: 'riskActions',
  title: 'LIS Riskåtgärder',
  url: 'Lists/LisRiskActions',
  description: 'Åtgärder mot risker: typ, ansvarig, måldatum, status och koppling till krav i handlingsplanen. Redigeras i LIS.',
  titleDisplayName: 'Åtgärd',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a31}',
      internalName: RiskActionFields.risk,
      displayName: 'Risk',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisRisks',
      lookupShowField: 'Title',
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a32}',
      internalName: RiskActionFields.analysis,
      displayName: 'Riskanalys',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisRiskAnalyses',
      lookupShowField: 'Title',
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a33}',
      internalName: RiskActionFields.status,
      displayName: 'Status',
      type: 'Choice',
      required: true,
      indexed: true,
      choices: RISK_ACTION_STATUSES,
      defaultValue: 'ejPaborjad',
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a34}',
      internalName: RiskActionFields.responsibleEmail,
      displayName: 'Ansvarig (e-post)',
      type: 'Text',
      indexed: true,
      maxLength: 255,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a35}',
      internalName: RiskActionFields.targetDate,
      displayName: 'Måldatum',
      type: 'DateTime',
      indexed: true,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a36}',
      internalName: RiskActionFields.content,
      displayName: 'Innehåll',
      description: 'JSON: typ av åtgärd, typ av skydd, ansvarig och kravkoder i handlingsplanen. Skrivs av LIS.',
      type: 'Note',
      richText: false,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla åtgärder',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: [RiskActionFields.analysis, RiskActionFields.risk, 'LinkTitle', RiskActionFields.status, RiskActionFields.responsibleEmail, RiskActionFields.targetDate],
      orderBy: { field: RiskActionFields.targetDate, ascending: true },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Ej klara',
      url: 'Open.aspx',
      fields: [RiskActionFields.targetDate, 'LinkTitle', RiskActionFields.status, RiskActionFields.responsibleEmail],
      where: `<And><Neq><FieldRef Name="${RiskActionFields.status}" /><Value Type="Choice">klar</Value></Neq><Neq><FieldRef Name="${RiskActionFields.status}" /><Value Type="Choice">avbruten</Value></Neq></And>`,
      orderBy: { field: RiskActionFields.targetDate, ascending: true },
      rowLimit: 100,
    },
  ],
};
