import type { Person } from '../shared/Person';

/**
 * The risk matrix is data, not a formula: the coordinator edits scales, level thresholds, colours and who may accept
 * each level, and every edit is saved as a new version. Risk value R = S × K (sannolikhet × konsekvens).
 * Domain reference: shared/docs/domain.md (risk analysis).
 */

/** Each scale has 3–6 levels, valued 1..n in order. */
export const MIN_SCALE_LEVELS = 3;
export const MAX_SCALE_LEVELS = 6;

/** One step of the likelihood (sannolikhet) or consequence (konsekvens) scale. */
export interface ScaleLevel {
  /** 1..n (n = 3–6), in order. */
  value: number;
  label: string;
  description: string;
}

/** Who may accept a risk at a level, lowest first. A higher role may always accept what a lower one may. */
export const ACCEPTANCE_ROLES = ['riskOwner', 'forvaltning', 'namnd', 'kommunstyrelsen'] as const;
/** riskägaren, förvaltningen (förvaltningschef), nämnden, kommunstyrelsen. */
export type AcceptanceRole = (typeof ACCEPTANCE_ROLES)[number];

export const ACCEPTANCE_ROLE_LABELS_SV: Readonly<Record<AcceptanceRole, string>> = {
  riskOwner: 'Riskägaren',
  forvaltning: 'Förvaltningen',
  namnd: 'Nämnden',
  kommunstyrelsen: 'Kommunstyrelsen',
};

export function isAcceptanceRole(value: unknown): value is AcceptanceRole {
  return typeof value === 'string' && (ACCEPTANCE_ROLES as readonly string[]).indexOf(value) >= 0;
}

/** A risk level: the products S × K in [min, max] (inclusive) belong to it. */
export interface RiskLevelDefinition {
  /** Stable key, e.g. `lag`, `medelhog`, `hog`, `extremtHog`. */
  key: string;
  label: string;
  min: number;
  max: number;
  /** Background colour as hex (`#RRGGBB` or `#RGB`). */
  colour: string;
  /** Text colour on `colour`; must reach 4.5:1 contrast. */
  textColour: string;
  /** The lowest role that may accept a risk at this level. */
  acceptedBy: AcceptanceRole;
  /** Accepting a risk at this level requires informing kommunstyrelsen. */
  informKommunstyrelsen: boolean;
  description: string;
}

/** One version of the matrix. Versions are write-once; `newMatrixVersion` makes the next one. */
export interface RiskMatrix {
  /** 1 for the first version, counting up. */
  version: number;
  name: string;
  /** Sannolikhet, lowest first. */
  likelihood: ScaleLevel[];
  /** Konsekvens, lowest first. */
  consequence: ScaleLevel[];
  /** Levels, lowest first; their ranges cover every reachable product S × K exactly once. */
  levels: RiskLevelDefinition[];
  createdBy: Person;
  /** ISO date-time. */
  createdAt: string;
}

/** The editable part of a matrix (what `newMatrixVersion` accepts as changes). */
export type RiskMatrixChanges = Partial<Pick<RiskMatrix, 'name' | 'likelihood' | 'consequence' | 'levels'>>;
