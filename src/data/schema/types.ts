/**
 * The SharePoint list schema, defined once. The Feature Framework XML in sharepoint/assets/ is generated from
 * these definitions (npm run schema:xml; a test fails when the committed XML is stale), and the SharePoint
 * adapters map fields by the same internal names.
 */
export type FieldType = 'Text' | 'Note' | 'Choice' | 'Boolean' | 'Number' | 'DateTime' | 'Lookup';

export interface FieldDefinition {
  /** Stable GUID: the field's identity in SharePoint. Never change it once shipped. */
  id: string;
  /** ASCII, PascalCase, prefixed `Lis`; what OData and CAML use. */
  internalName: string;
  /** Swedish display name shown in SharePoint's own list UI. */
  displayName: string;
  type: FieldType;
  description?: string;
  required?: boolean;
  /** Indexed columns are the only ones LIS filters on (5 000-item list view threshold). */
  indexed?: boolean;
  maxLength?: number;
  choices?: readonly string[];
  defaultValue?: string;
  /** For Lookup: 'Self' or a list url relative to the web (e.g. 'Lists/LisOrgUnits'). */
  lookupList?: string;
  lookupShowField?: string;
  /** Rich text is never used: LIS stores plain text and never renders list HTML. */
  richText?: false;
}

export interface ViewDefinition {
  /** Stable view number in schema.xml (BaseViewID). */
  baseViewId: number;
  displayName: string;
  url: string;
  isDefault?: boolean;
  fields: readonly string[];
  /** CAML <Where> body (without <Where>), built with escaped values only. */
  where?: string;
  orderBy?: { field: string; ascending: boolean };
  rowLimit: number;
}

export interface ListDefinition {
  /** Key used in code. */
  key: string;
  /** Swedish list title as users see it in SharePoint. */
  title: string;
  /** Url relative to the web, ASCII: 'Lists/LisOrgUnits'. */
  url: string;
  description: string;
  /** Display name of the built-in Title field in this list. */
  titleDisplayName: string;
  /** Index the built-in Title field (when LIS looks items up by Title). */
  titleIndexed?: boolean;
  /** Title values must be unique in the list (EnforceUniqueValues; needs `titleIndexed`). */
  titleUnique?: boolean;
  fields: readonly FieldDefinition[];
  views: readonly ViewDefinition[];
  /** Major versions kept (audit trail). */
  majorVersionLimit: number;
}
