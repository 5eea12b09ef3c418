import { DEFAULT_REVIEW_INTERVAL_MONTHS, MAX_REVIEW_INTERVAL_MONTHS } from '../domain/classification/approval';

/** Organisation-wide settings a host passes in (web part properties in SharePoint; defaults in the preview). */
export interface LisSettings {
  /** Months from a classification's approval to its next review (policy: yearly). */
  reviewIntervalMonths: number;
}

export const DEFAULT_SETTINGS: LisSettings = { reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS };

/** A review interval typed by an administrator, or undefined when it is not a whole number of 1–120 months. */
export function parseReviewInterval(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_REVIEW_INTERVAL_MONTHS ? n : undefined;
}

/** Settings from host properties: anything missing or invalid falls back to the default. */
export function settingsFrom(properties: { reviewIntervalMonths?: unknown }): LisSettings {
  return { reviewIntervalMonths: parseReviewInterval(properties.reviewIntervalMonths) ?? DEFAULT_SETTINGS.reviewIntervalMonths };
}
