import type { ListDefinition } from './types';

/** Internal names of the shared information types' fields (Title holds the type's name). */
export const SharedInfoTypeFields = {
  name: 'Title',
  content: 'LisContent',
  active: 'LisActive',
} as const;

/**
 * Gemensamma informationstyper (personalakt, skyddade personuppgifter …) published by the coordinator for units to
 * reuse. Levels, motiveringar, consequences and personal data are JSON in LisContent.
 */
export const sharedInfoTypesList: ListDefinition = {
  key: 'sharedInfoTypes',
  title: 'LIS Gemensamma informationstyper',
  url: 'Lists/LisSharedInfoTypes',
  description: 'Informationstyper som klassats gemensamt för hela kommunkoncernen och återanvänds av enheterna. Redigeras i LIS.',
  titleDisplayName: 'Namn',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{be0d12a3-9dab-4296-a6a6-05b707540401}',
      internalName: SharedInfoTypeFields.content,
      displayName: 'Klassning (JSON)',
      description: 'JSON: beskrivning, nivåer med motiveringar och personuppgifter. Redigeras i LIS.',
      type: 'Note',
      required: true,
      richText: false,
    },
    {
      id: '{be0d12a3-9dab-4296-a6a6-05b707540402}',
      internalName: SharedInfoTypeFields.active,
      displayName: 'Aktiv',
      type: 'Boolean',
      required: true,
      indexed: true,
      defaultValue: '1',
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla informationstyper',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: ['LinkTitle', SharedInfoTypeFields.active, 'Modified', 'Editor'],
      orderBy: { field: 'Title', ascending: true },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Aktiva informationstyper',
      url: 'Active.aspx',
      fields: ['LinkTitle', 'Modified', 'Editor'],
      where: `<Eq><FieldRef Name="${SharedInfoTypeFields.active}" /><Value Type="Boolean">1</Value></Eq>`,
      orderBy: { field: 'Title', ascending: true },
      rowLimit: 100,
    },
  ],
};
