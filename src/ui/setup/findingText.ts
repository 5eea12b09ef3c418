import { ALL_LISTS } from '../../data/schema';
import type { HealthFinding } from '../../data/ports/PermissionAdmin';
import type { Strings } from '../strings';

/** A list key (src/data/schema) as its Swedish list title (`classifications` → `LIS Klassningsobjekt`). */
export function listTitle(listKey: string | undefined): string {
  if (listKey === undefined) return '';
  const list = ALL_LISTS.filter((l) => l.key === listKey)[0];
  return list ? list.title : listKey;
}

/** A field's internal name as "Display name (LisInternalName)" when the schema knows it. */
function fieldLabel(listKey: string | undefined, internalName: string): string {
  const list = ALL_LISTS.filter((l) => l.key === listKey)[0];
  const field = list?.fields.filter((f) => f.internalName === internalName)[0];
  return field ? `${field.displayName} (${internalName})` : internalName;
}

function param(finding: HealthFinding, name: string): string | undefined {
  const value = finding.params?.[name];
  return value === undefined ? undefined : String(value);
}

/** A permission level key (read/contribute/edit) in SharePoint's words; other text unchanged. */
function level(strings: Strings, value: string | undefined): string | undefined {
  return value === undefined ? undefined : strings.setup.levels[value] ?? value;
}

/** The explanation of one finding, in the user's language, from its kind, list, subject and params. */
export function findingText(strings: Strings, finding: HealthFinding): string {
  const isField = finding.kind === 'fieldMissing' || finding.kind === 'fieldNotIndexed';
  return strings.setup.explain[finding.kind]({
    list: listTitle(finding.listKey),
    subject: isField ? fieldLabel(finding.listKey, finding.subject) : finding.subject,
    expected: level(strings, param(finding, 'expected') ?? param(finding, 'level')),
    actual: level(strings, param(finding, 'actual')),
    count: param(finding, 'count'),
  });
}

/** What to do about a finding the fix button cannot repair. */
export function manualAdvice(strings: Strings, finding: HealthFinding): string {
  if (finding.kind === 'listMissing' || finding.kind === 'fieldMissing') return strings.setup.reinstallApp;
  if (finding.kind === 'scopeCountHigh') return strings.setup.scopeAdvice;
  return strings.setup.notFixable;
}
