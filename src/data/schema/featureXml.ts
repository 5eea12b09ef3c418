import type { FieldDefinition, ListDefinition, ViewDefinition } from './types';

/**
 * Pure generator of the SharePoint Feature Framework files that provision LIS's lists when the app is added to a
 * site: one `elements.xml` (a ListInstance per list) and one `schema-<key>.xml` (full list schema) per list.
 * `npm run schema:xml` writes them to sharepoint/assets/; a test fails when the committed files are stale.
 */

/** Feature id of SharePoint's built-in generic (custom) list template, TemplateType 100. */
export const GENERIC_LIST_FEATURE_ID: string = '00bfea71-de22-43b2-a848-c05709900100';
export const GENERIC_LIST_TEMPLATE_TYPE: number = 100;
/** Built-in Title field. */
export const TITLE_FIELD_ID: string = '{fa564e0f-0c70-4ab9-b863-0177e6ddd247}';
export const ELEMENTS_FILE: string = 'elements.xml';

const SP_NS: string = 'http://schemas.microsoft.com/sharepoint/';
const HEADER: string = '<?xml version="1.0" encoding="utf-8"?>';
const GENERATED_NOTE: string = '<!-- Generated from src/data/schema by `npm run schema:xml`. Do not edit by hand. -->';

export interface FeatureFile {
  /** Path relative to sharepoint/assets/. */
  path: string;
  content: string;
}

/** Escapes text for use in XML element content and double-quoted attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** File name of a list's schema: schema-<key>.xml. */
export function schemaFileName(list: ListDefinition): string {
  return `schema-${list.key}.xml`;
}

function bool(value: boolean | undefined): string {
  return value ? 'TRUE' : 'FALSE';
}

type Attr = [string, string | number | undefined];

function attrs(pairs: readonly Attr[]): string {
  return pairs
    .filter((pair) => pair[1] !== undefined)
    .map((pair) => ` ${pair[0]}="${escapeXml(String(pair[1]))}"`)
    .join('');
}

function indent(depth: number): string {
  return new Array(depth + 1).join('  ');
}

function elementsXml(lists: readonly ListDefinition[]): string {
  const lines: string[] = [HEADER, GENERATED_NOTE, `<Elements xmlns="${SP_NS}">`];
  for (const list of lists) {
    lines.push(
      `${indent(1)}<ListInstance${attrs([
        ['Title', list.title],
        ['Description', list.description],
        ['Url', list.url],
        ['TemplateType', GENERIC_LIST_TEMPLATE_TYPE],
        ['FeatureId', GENERIC_LIST_FEATURE_ID],
        ['CustomSchema', schemaFileName(list)],
        ['OnQuickLaunch', 'TRUE'],
        ['VersioningEnabled', 'TRUE'],
      ])} />`
    );
  }
  lines.push('</Elements>', '');
  return lines.join('\n');
}

function fieldXml(field: FieldDefinition, depth: number): string[] {
  const pairs: Attr[] = [
    ['ID', field.id],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Type', field.type],
    ['Description', field.description],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)],
  ];
  switch (field.type) {
    case 'Text':
      pairs.push(['MaxLength', field.maxLength ?? 255]);
      break;
    case 'Note':
      pairs.push(['RichText', 'FALSE'], ['RichTextMode', 'Compatible'], ['NumLines', 6], ['AppendOnly', 'FALSE']);
      break;
    case 'Choice':
      pairs.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      break;
    case 'Lookup':
      pairs.push(['List', field.lookupList ?? 'Self'], ['ShowField', field.lookupShowField ?? 'Title']);
      break;
    case 'DateTime':
      pairs.push(['Format', 'DateTime']);
      break;
    default:
      break;
  }
  const children: string[] = [];
  if (field.choices && field.choices.length > 0) {
    children.push(`${indent(depth + 1)}<CHOICES>`);
    for (const choice of field.choices) children.push(`${indent(depth + 2)}<CHOICE>${escapeXml(choice)}</CHOICE>`);
    children.push(`${indent(depth + 1)}</CHOICES>`);
  }
  if (field.defaultValue !== undefined) {
    children.push(`${indent(depth + 1)}<Default>${escapeXml(field.defaultValue)}</Default>`);
  }
  if (children.length === 0) return [`${indent(depth)}<Field${attrs(pairs)} />`];
  return [`${indent(depth)}<Field${attrs(pairs)}>`, ...children, `${indent(depth)}</Field>`];
}

function titleFieldXml(list: ListDefinition, depth: number): string {
  return `${indent(depth)}<Field${attrs([
    ['ID', TITLE_FIELD_ID],
    ['Type', 'Text'],
    ['Name', 'Title'],
    ['StaticName', 'Title'],
    ['DisplayName', list.titleDisplayName],
    ['Required', 'TRUE'],
    ['Indexed', list.titleIndexed || list.titleUnique ? 'TRUE' : undefined],
    ['EnforceUniqueValues', list.titleUnique ? 'TRUE' : undefined],
    ['MaxLength', 255],
    ['SourceID', 'http://schemas.microsoft.com/sharepoint/v3'],
    ['FromBaseType', 'TRUE'],
  ])} />`;
}

function viewXml(view: ViewDefinition, depth: number): string[] {
  const d: string = indent(depth);
  const lines: string[] = [
    `${d}<View${attrs([
      ['BaseViewID', view.baseViewId],
      ['Type', 'HTML'],
      ['WebPartZoneID', 'Main'],
      ['DisplayName', view.displayName],
      ['DefaultView', bool(view.isDefault)],
      ['MobileView', 'TRUE'],
      ['MobileDefaultView', bool(view.isDefault)],
      ['SetupPath', 'pages\\viewpage.aspx'],
      ['ImageUrl', '/_layouts/images/generic.png'],
      ['Url', view.url],
    ])}>`,
    `${d}  <XslLink Default="TRUE">main.xsl</XslLink>`,
    `${d}  <JSLink>clienttemplates.js</JSLink>`,
    `${d}  <RowLimit Paged="TRUE">${view.rowLimit}</RowLimit>`,
    `${d}  <Toolbar Type="Standard" />`,
    `${d}  <ViewFields>`,
  ];
  for (const name of view.fields) lines.push(`${d}    <FieldRef${attrs([['Name', name]])} />`);
  lines.push(`${d}  </ViewFields>`, `${d}  <Query>`);
  if (view.where) lines.push(`${d}    <Where>${view.where}</Where>`);
  const orderBy: { field: string; ascending: boolean } = view.orderBy ?? { field: 'ID', ascending: true };
  lines.push(
    `${d}    <OrderBy>`,
    `${d}      <FieldRef${attrs([['Name', orderBy.field], ['Ascending', bool(orderBy.ascending)]])} />`,
    `${d}    </OrderBy>`,
    `${d}  </Query>`,
    `${d}</View>`
  );
  return lines;
}

function schemaXml(list: ListDefinition): string {
  const lines: string[] = [
    HEADER,
    GENERATED_NOTE,
    `<List xmlns:ows="Microsoft SharePoint"${attrs([
      ['Title', list.title],
      ['Description', list.description],
      ['EnableContentTypes', 'TRUE'],
      ['FolderCreation', 'FALSE'],
      ['VersioningEnabled', 'TRUE'],
      ['DisableAttachments', 'TRUE'],
      ['Direction', '$Resources:Direction;'],
      ['Url', list.url],
      ['BaseType', 0],
    ])} xmlns="${SP_NS}">`,
    '  <MetaData>',
    '    <ContentTypes>',
    `      <ContentType${attrs([
      ['ID', '0x01'],
      ['Name', 'Item'],
      ['Group', 'List Content Types'],
      ['Description', list.description],
      ['Sealed', 'FALSE'],
      ['Version', 0],
    ])}>`,
    '        <FieldRefs>',
    `          <FieldRef${attrs([['ID', TITLE_FIELD_ID], ['Name', 'Title'], ['DisplayName', list.titleDisplayName], ['Required', 'TRUE']])} />`,
  ];
  for (const field of list.fields) {
    lines.push(`          <FieldRef${attrs([['ID', field.id], ['Name', field.internalName], ['Required', bool(field.required)]])} />`);
  }
  lines.push('        </FieldRefs>', '      </ContentType>', '    </ContentTypes>', '    <Fields>', titleFieldXml(list, 3));
  for (const field of list.fields) lines.push(...fieldXml(field, 3));
  lines.push('    </Fields>', '    <Views>');
  for (const view of list.views) lines.push(...viewXml(view, 3));
  lines.push(
    '    </Views>',
    '    <Forms>',
    '      <Form Type="DisplayForm" Url="DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="EditForm" Url="EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '    </Forms>',
    '  </MetaData>',
    '</List>',
    ''
  );
  return lines.join('\n');
}

/** All files for sharepoint/assets/: elements.xml first, then one schema file per list in the given order. */
export function generateFeatureFiles(lists: readonly ListDefinition[]): FeatureFile[] {
  const keys: string[] = lists.map((l) => l.key);
  const duplicate: string | undefined = keys.filter((k, i) => keys.indexOf(k) !== i)[0];
  if (duplicate !== undefined) throw new Error(`Duplicate list key: ${duplicate}`);
  return [
    { path: ELEMENTS_FILE, content: elementsXml(lists) },
    ...lists.map((list) => ({ path: schemaFileName(list), content: schemaXml(list) })),
  ];
}

/** The feature's asset lists for config/package-solution.json, in sync with generateFeatureFiles. */
export function featureAssets(lists: readonly ListDefinition[]): { elementManifests: string[]; elementFiles: string[] } {
  return { elementManifests: [ELEMENTS_FILE], elementFiles: lists.map(schemaFileName) };
}
