import type { ListDefinition } from './types';

/** Internal names of the approved snapshots' fields (Title: `<object name> v<version>`). */
export const ClassificationVersionFields = {
  title: 'Title',
  classification: 'LisClassification',
  version: 'LisVersion',
  snapshot: 'LisSnapshot',
  approvedByEmail: 'LisApprovedByEmail',
  approvedAt: 'LisApprovedAt',
} as const;

/**
 * Write-once snapshots of approved classification versions (the classification's history). LIS only adds items;
 * the whole approved object is JSON in LisSnapshot.
 */
export const classificationVersionsList: ListDefinition = {
  key: 'classificationVersions',
  title: 'LIS Klassningsversioner',
  url: 'Lists/LisClassificationVersions',
  description: 'Fastställda versioner av klassningsobjekt, sparade oförändrade som historik. Skapas av LIS.',
  titleDisplayName: 'Version',
  majorVersionLimit: 50,
  fields: [
    {
      id: '{1a49c2df-4283-485c-9d6e-9b2ff2031b01}',
      internalName: ClassificationVersionFields.classification,
      displayName: 'Klassningsobjekt',
      type: 'Lookup',
      required: true,
      indexed: true,
      lookupList: 'Lists/LisClassifications',
      lookupShowField: 'Title',
    },
    {
      id: '{1a49c2df-4283-485c-9d6e-9b2ff2031b02}',
      internalName: ClassificationVersionFields.version,
      displayName: 'Versionsnummer',
      type: 'Number',
      required: true,
    },
    {
      id: '{1a49c2df-4283-485c-9d6e-9b2ff2031b03}',
      internalName: ClassificationVersionFields.snapshot,
      displayName: 'Fastställd version (JSON)',
      description: 'JSON: hela klassningsobjektet som det fastställdes. Ändras aldrig.',
      type: 'Note',
      required: true,
      richText: false,
    },
    {
      id: '{1a49c2df-4283-485c-9d6e-9b2ff2031b04}',
      internalName: ClassificationVersionFields.approvedByEmail,
      displayName: 'Fastställd av (e-post)',
      type: 'Text',
      maxLength: 255,
    },
    {
      id: '{1a49c2df-4283-485c-9d6e-9b2ff2031b05}',
      internalName: ClassificationVersionFields.approvedAt,
      displayName: 'Fastställd',
      type: 'DateTime',
      indexed: true,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla versioner',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: [
        'LinkTitle',
        ClassificationVersionFields.classification,
        ClassificationVersionFields.version,
        ClassificationVersionFields.approvedByEmail,
        ClassificationVersionFields.approvedAt,
      ],
      orderBy: { field: ClassificationVersionFields.approvedAt, ascending: false },
      rowLimit: 100,
    },
  ],
};
