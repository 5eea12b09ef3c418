import { RISK_TREATMENTS } from '../../domain/risk';
import type { ListDefinition } from './types';

/**
 * Internal names of the risks' fields (Title holds the event, "inträffar …"). The owner unit is the analysis' owner
 * unit, denormalised so that the municipality-wide register can filter on it; the values are S × K.
 */
export const RiskFields = {
  title: 'Title',
  analysis: 'LisAnalysis',
  ownerUnit: 'LisOwnerUnit',
  riskOwnerEmail: 'LisRiskOwnerEmail',
  inherentValue: 'LisInherentValue',
  residualValue: 'LisResidualValue',
  treatment: 'LisTreatment',
  content: 'LisContent',
} as const;

export const risksList: ListDefinition = {
  key: 'risks',
  title: 'LIS Risker',
  url: 'Lists/LisRisks',
  description: 'Risker i riskanalyserna: händelse, riskägare, riskvärde före och efter åtgärder, hantering och acceptans. Redigeras i LIS.',
  titleDisplayName: 'Händelse',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a21}',
      internalName: RiskFields.analysis,
      displayName: 'Riskanalys',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisRiskAnalyses',
      lookupShowField: 'Title',
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a22}',
      internalName: RiskFields.ownerUnit,
      displayName: 'Ägande enhet',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisOrgUnits',
      lookupShowField: 'Title',
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a23}',
      internalName: RiskFields.riskOwnerEmail,
      displayName: 'Riskägare (e-post)',
      type: 'Text',
      indexed: true,
      maxLength: 255,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a24}',
      internalName: RiskFields.inherentValue,
      displayName: 'Riskvärde före åtgärder',
      type: 'Number',
      indexed: true,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a25}',
      internalName: RiskFields.residualValue,
      displayName: 'Riskvärde efter åtgärder',
      type: 'Number',
      indexed: true,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a26}',
      internalName: RiskFields.treatment,
      displayName: 'Hantering',
      type: 'Choice',
      indexed: true,
      choices: RISK_TREATMENTS,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a27}',
      internalName: RiskFields.content,
      displayName: 'Innehåll',
      description: 'JSON: orsak, konsekvens, aspekter, riskägare, befintliga åtgärder, bedömningar, hantering och acceptans. Skrivs av LIS.',
      type: 'Note',
      richText: false,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla risker',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: [RiskFields.analysis, 'LinkTitle', RiskFields.inherentValue, RiskFields.residualValue, RiskFields.treatment, RiskFields.riskOwnerEmail],
      orderBy: { field: RiskFields.analysis, ascending: true },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Högst riskvärde',
      url: 'ByValue.aspx',
      fields: ['LinkTitle', RiskFields.ownerUnit, RiskFields.inherentValue, RiskFields.residualValue, RiskFields.treatment],
      orderBy: { field: RiskFields.inherentValue, ascending: false },
      rowLimit: 100,
    },
  ],
};
