import { ORG_UNIT_KINDS } from '../../domain/organisation/OrgUnit';
import type { ListDefinition } from './types';

/** Internal names of the organisation register's fields (Title holds the unit's name). */
export const OrgUnitFields = {
  name: 'Title',
  kind: 'LisKind',
  parent: 'LisParentUnit',
  representatives: 'LisRepresentatives',
  securityContactName: 'LisSecurityContactName',
  securityContactEmail: 'LisSecurityContactEmail',
  active: 'LisActive',
} as const;

export const orgUnitsList: ListDefinition = {
  key: 'orgUnits',
  title: 'LIS Organisationsenheter',
  url: 'Lists/LisOrgUnits',
  description: 'Kommunkoncernens nämnder, styrelser, bolag och förvaltningar – informationsägarna i LIS.',
  titleDisplayName: 'Namn',
  majorVersionLimit: 100,
  fields: [
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a61}',
      internalName: OrgUnitFields.kind,
      displayName: 'Typ',
      type: 'Choice',
      required: true,
      indexed: true,
      choices: ORG_UNIT_KINDS,
      defaultValue: 'namnd',
    },
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a62}',
      internalName: OrgUnitFields.parent,
      displayName: 'Överordnad enhet',
      type: 'Lookup',
      indexed: true,
      lookupList: 'Self',
      lookupShowField: 'Title',
    },
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a63}',
      internalName: OrgUnitFields.representatives,
      displayName: 'Informationsägarens företrädare',
      description: 'JSON: [{"displayName":"…","email":"…"}]. Redigeras i LIS.',
      type: 'Note',
      richText: false,
    },
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a64}',
      internalName: OrgUnitFields.securityContactName,
      displayName: 'Kontakt informationssäkerhet',
      type: 'Text',
      maxLength: 255,
    },
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a65}',
      internalName: OrgUnitFields.securityContactEmail,
      displayName: 'Kontakt informationssäkerhet (e-post)',
      type: 'Text',
      maxLength: 255,
      indexed: true,
    },
    {
      id: '{5b6c1f0e-4a1d-4d0e-9a3b-1c2d3e4f5a66}',
      internalName: OrgUnitFields.active,
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
      displayName: 'Alla enheter',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: ['LinkTitle', OrgUnitFields.kind, OrgUnitFields.parent, OrgUnitFields.securityContactName, OrgUnitFields.active],
      orderBy: { field: 'Title', ascending: true },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Aktiva enheter',
      url: 'Active.aspx',
      fields: ['LinkTitle', OrgUnitFields.kind, OrgUnitFields.parent, OrgUnitFields.securityContactName],
      where: `<Eq><FieldRef Name="${OrgUnitFields.active}" /><Value Type="Boolean">1</Value></Eq>`,
      orderBy: { field: 'Title', ascending: true },
      rowLimit: 100,
    },
  ],
};
