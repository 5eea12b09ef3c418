import { HANDOVER_STATUSES } from '../../domain/requirements/handover';
import type { ListDefinition } from './types';

/** Internal names of the IT handover queue's fields (Title holds the requirement code). */
export const HandoverFields = {
  title: 'Title',
  classification: 'LisClassification',
  requirementCode: 'LisRequirementCode',
  status: 'LisHandoverStatus',
  reason: 'LisReason',
  history: 'LisHistory',
} as const;

export const handoversList: ListDefinition = {
  key: 'handovers',
  title: 'LIS Överlämningar till IT',
  url: 'Lists/LisHandovers',
  description: 'Tekniska krav som överlämnats till IT-enheten: status och historik. Hanteras i LIS.',
  titleDisplayName: 'Kravkod',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{8e41c7a2-3b5d-4f60-9c1e-2a7b3c4d5e41}',
      internalName: HandoverFields.classification,
      displayName: 'Klassningsobjekt',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisClassifications',
      lookupShowField: 'Title',
    },
    {
      id: '{8e41c7a2-3b5d-4f60-9c1e-2a7b3c4d5e42}',
      internalName: HandoverFields.requirementCode,
      displayName: 'Krav',
      type: 'Text',
      required: true,
      indexed: true,
      maxLength: 20,
    },
    {
      id: '{8e41c7a2-3b5d-4f60-9c1e-2a7b3c4d5e43}',
      internalName: HandoverFields.status,
      displayName: 'Status',
      type: 'Choice',
      required: true,
      indexed: true,
      choices: HANDOVER_STATUSES,
      defaultValue: 'overlamnad',
    },
    {
      id: '{8e41c7a2-3b5d-4f60-9c1e-2a7b3c4d5e44}',
      internalName: HandoverFields.reason,
      displayName: 'Motivering',
      description: 'Skälet till senaste ändringen (skälet till avvisning när status är avvisad).',
      type: 'Note',
      richText: false,
    },
    {
      id: '{8e41c7a2-3b5d-4f60-9c1e-2a7b3c4d5e45}',
      internalName: HandoverFields.history,
      displayName: 'Historik',
      description: 'JSON: [{"status":"…","by":{"displayName":"…","email":"…"},"at":"…","reason":"…"}]. Skrivs av LIS.',
      type: 'Note',
      richText: false,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla överlämningar',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: [HandoverFields.classification, 'LinkTitle', HandoverFields.status, HandoverFields.reason, 'Modified'],
      orderBy: { field: 'Modified', ascending: false },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Att hantera',
      url: 'Open.aspx',
      fields: [HandoverFields.classification, 'LinkTitle', HandoverFields.status, 'Modified'],
      where: `<Eq><FieldRef Name="${HandoverFields.status}" /><Value Type="Choice">overlamnad</Value></Eq>`,
      orderBy: { field: 'Modified', ascending: true },
      rowLimit: 100,
    },
    {
      baseViewId: 3,
      displayName: 'Accepterade',
      url: 'Accepted.aspx',
      fields: [HandoverFields.classification, 'LinkTitle', HandoverFields.status, 'Modified'],
      where: `<Eq><FieldRef Name="${HandoverFields.status}" /><Value Type="Choice">accepterad</Value></Eq>`,
      orderBy: { field: 'Modified', ascending: true },
      rowLimit: 100,
    },
  ],
};
