import type { Aspect } from '../classification/levels';
import type { Person } from '../shared/Person';
import type { AcceptanceRole } from './RiskMatrix';

/** A likelihood (S, sannolikhet) and consequence (K, konsekvens) on the analysis' matrix scales, with the reasoning. */
export interface Assessment {
  likelihood: number;
  consequence: number;
  motivering: string;
}

/** Riskbehandling (ASCII keys; shown through the UI strings). */
export const RISK_TREATMENTS = ['acceptera', 'undvika', 'overfora', 'reducera'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

export const RISK_TREATMENT_LABELS_SV: Readonly<Record<RiskTreatment, string>> = {
  acceptera: 'Acceptera',
  undvika: 'Undvika',
  overfora: 'Överföra',
  reducera: 'Reducera',
};

export function isRiskTreatment(value: unknown): value is RiskTreatment {
  return typeof value === 'string' && (RISK_TREATMENTS as readonly string[]).indexOf(value) >= 0;
}

/** The fields whose change since an acceptance voids it. */
export const MATERIAL_FIELDS = ['cause', 'event', 'consequence', 'inherent', 'residual', 'treatment'] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];

/** What the risk looked like when it was accepted. */
export interface RiskSnapshot {
  cause: string;
  event: string;
  consequence: string;
  inherent: Assessment | null;
  residual: Assessment | null;
  treatment: RiskTreatment | null;
}

/** A formal acceptance of the risk by someone in a role that may accept its level, valid until a date. */
export interface RiskAcceptance {
  acceptedBy: Person;
  /** ISO date-time. */
  acceptedAt: string;
  /** `YYYY-MM-DD`, inclusive. */
  validUntil: string;
  role: AcceptanceRole;
  snapshot: RiskSnapshot;
}

/**
 * One risk: "På grund av {cause} inträffar {event} vilket leder till {consequence}". Stores add `Versioned`.
 */
export interface Risk {
  analysisId: string;
  cause: string;
  event: string;
  consequence: string;
  /** The K-R-T-S aspects the risk threatens. */
  aspects: Aspect[];
  riskOwner: Person | null;
  existingMeasures: string;
  /** Inneboende risk (before treatment), or null while not assessed. */
  inherent: Assessment | null;
  treatment: RiskTreatment | null;
  treatmentNote: string;
  /** Kvarvarande risk (after planned actions), or null. */
  residual: Assessment | null;
  acceptance: RiskAcceptance | null;
}

export function emptyRisk(analysisId: string): Risk {
  return {
    analysisId,
    cause: '',
    event: '',
    consequence: '',
    aspects: [],
    riskOwner: null,
    existingMeasures: '',
    inherent: null,
    treatment: null,
    treatmentNote: '',
    residual: null,
    acceptance: null,
  };
}

/** The snapshot an acceptance stores (deep copy). */
export function snapshotOf(risk: Risk): RiskSnapshot {
  return {
    cause: risk.cause,
    event: risk.event,
    consequence: risk.consequence,
    inherent: risk.inherent ? { ...risk.inherent } : null,
    residual: risk.residual ? { ...risk.residual } : null,
    treatment: risk.treatment,
  };
}
