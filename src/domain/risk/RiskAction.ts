import type { RequirementKind } from '../requirements/Requirement';
import type { Person } from '../shared/Person';

export const RISK_ACTION_KINDS = ['forebyggande', 'hanterande'] as const;
/** Förebyggande (lowers likelihood) or hanterande (lowers consequence). */
export type RiskActionKind = (typeof RISK_ACTION_KINDS)[number];

export const RISK_ACTION_KIND_LABELS_SV: Readonly<Record<RiskActionKind, string>> = {
  forebyggande: 'Förebyggande',
  hanterande: 'Hanterande',
};

export function isRiskActionKind(value: unknown): value is RiskActionKind {
  return typeof value === 'string' && (RISK_ACTION_KINDS as readonly string[]).indexOf(value) >= 0;
}

export const RISK_ACTION_STATUSES = ['ejPaborjad', 'pagar', 'klar', 'avbruten'] as const;
/** ej påbörjad / pågår / klar / avbruten. */
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];

export const RISK_ACTION_STATUS_LABELS_SV: Readonly<Record<RiskActionStatus, string>> = {
  ejPaborjad: 'Ej påbörjad',
  pagar: 'Pågår',
  klar: 'Klar',
  avbruten: 'Avbruten',
};

export function isRiskActionStatus(value: unknown): value is RiskActionStatus {
  return typeof value === 'string' && (RISK_ACTION_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** A planned action (åtgärd) against a risk. Stores add `Versioned`. */
export interface RiskAction {
  riskId: string;
  description: string;
  kind: RiskActionKind;
  /** administrativ / teknisk / fysisk, as in the requirement catalogue. */
  securityKind: RequirementKind;
  responsible: Person | null;
  /** `YYYY-MM-DD` or null. */
  targetDate: string | null;
  status: RiskActionStatus;
  /** Codes of handlingsplan requirements the action implements (e.g. `TEK-12`). */
  requirementCodes: string[];
}

export function emptyRiskAction(riskId: string): RiskAction {
  return {
    riskId,
    description: '',
    kind: 'forebyggande',
    securityKind: 'administrativ',
    responsible: null,
    targetDate: null,
    status: 'ejPaborjad',
    requirementCodes: [],
  };
}
