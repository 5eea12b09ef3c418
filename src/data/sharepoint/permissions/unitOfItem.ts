/**
 * Where the unit of an item in a unit-scoped list comes from: its own owner-unit lookup (classifications, analyses,
 * risks), or the unit of the item its lookup points at (a handlingsplan row → its classification; a risk action →
 * its risk). The health check reads only these id columns (`…Id`) to find items outside their unit's folder.
 */
export type UnitSource =
  | { kind: 'own'; column: string }
  | { kind: 'via'; column: string; parentListKey: string };

export const UNIT_SOURCES: Readonly<Record<string, UnitSource>> = {
  classifications: { kind: 'own', column: 'LisOwnerUnitId' },
  riskAnalyses: { kind: 'own', column: 'LisOwnerUnitId' },
  risks: { kind: 'own', column: 'LisOwnerUnitId' },
  classificationVersions: { kind: 'via', column: 'LisClassificationId', parentListKey: 'classifications' },
  actionPlanEntries: { kind: 'via', column: 'LisClassificationId', parentListKey: 'classifications' },
  handovers: { kind: 'via', column: 'LisClassificationId', parentListKey: 'classifications' },
  riskActions: { kind: 'via', column: 'LisRiskId', parentListKey: 'risks' },
};

/** A lookup id as SharePoint returns it (number, or null when empty) → string id, or undefined. */
export function lookupIdOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^\d{1,9}$/.test(value)) return value;
  return undefined;
}
