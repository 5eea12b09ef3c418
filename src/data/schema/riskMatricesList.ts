import type { ListDefinition } from './types';

/** Internal names of the risk matrices' fields (Title holds the matrix name). One item per version, write-once. */
export const RiskMatrixFields = {
  title: 'Title',
  version: 'LisVersion',
  content: 'LisContent',
} as const;

export const riskMatricesList: ListDefinition = {
  key: 'riskMatrices',
  title: 'LIS Riskmatriser',
  url: 'Lists/LisRiskMatrices',
  description: 'Kommunens riskmatris, en rad per version: skalor för sannolikhet och konsekvens, risknivåer och vem som får acceptera dem. Skrivs av LIS.',
  titleDisplayName: 'Namn',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a01}',
      internalName: RiskMatrixFields.version,
      displayName: 'Version',
      type: 'Number',
      required: true,
      indexed: true,
    },
    {
      id: '{5f1c9a7e-2d4b-4e86-a3c1-7b9e0d2f4a02}',
      internalName: RiskMatrixFields.content,
      displayName: 'Innehåll',
      description: 'JSON: {"likelihood":[…],"consequence":[…],"levels":[…],"createdBy":{…},"createdAt":"…"}. Skrivs av LIS.',
      type: 'Note',
      richText: false,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla versioner',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: ['LinkTitle', RiskMatrixFields.version, 'Modified', 'Editor'],
      orderBy: { field: RiskMatrixFields.version, ascending: false },
      rowLimit: 100,
    },
  ],
};
