import {
  DEFAULT_MATRIX,
  emptyRisk,
  emptyRiskAction,
  emptyRiskAnalysis,
  type Assessment,
  type Risk,
  type RiskAction,
  type RiskAnalysis,
  type RiskMatrix,
} from '../../../src/domain/risk';
import type { Person } from '../../../src/domain/shared/Person';

export const anna: Person = { displayName: 'Anna Andersson', email: 'anna.andersson@kommun.se' };
export const bengt: Person = { displayName: 'Bengt Berg', email: 'bengt.berg@kommun.se' };

/** A deep copy of the default matrix (tests may change it freely). */
export function defaultMatrix(): RiskMatrix {
  return JSON.parse(JSON.stringify(DEFAULT_MATRIX)) as RiskMatrix;
}

export function assess(likelihood: number, consequence: number, motivering = 'Bedömt i workshop'): Assessment {
  return { likelihood, consequence, motivering };
}

export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    ...emptyRisk('a1'),
    cause: 'bristande patchning',
    event: 'ransomware krypterar journalsystemet',
    consequence: 'vården kan inte dokumentera',
    aspects: ['T', 'R'],
    riskOwner: anna,
    inherent: assess(3, 4),
    ...overrides,
  };
}

export function makeAnalysis(overrides: Partial<RiskAnalysis> = {}): RiskAnalysis {
  return { ...emptyRiskAnalysis('u1', '2026-05-04', 1), name: 'Riskanalys journalsystem', subjectKind: 'system', ...overrides };
}

export function makeAction(overrides: Partial<RiskAction> = {}): RiskAction {
  return { ...emptyRiskAction('r1'), description: 'Inför offline-backup', ...overrides };
}
