import type { Person } from '../shared/Person';

/** What a risk analysis is about (ASCII keys; shown through the UI strings). */
export const RISK_SUBJECT_KINDS = ['klassningsobjekt', 'process', 'system', 'projekt', 'forandring'] as const;
export type RiskSubjectKind = (typeof RISK_SUBJECT_KINDS)[number];

export const RISK_SUBJECT_KIND_LABELS_SV: Readonly<Record<RiskSubjectKind, string>> = {
  klassningsobjekt: 'Klassningsobjekt',
  process: 'Process',
  system: 'System',
  projekt: 'Projekt',
  forandring: 'Förändring',
};

export function isRiskSubjectKind(value: unknown): value is RiskSubjectKind {
  return typeof value === 'string' && (RISK_SUBJECT_KINDS as readonly string[]).indexOf(value) >= 0;
}

export const RISK_ANALYSIS_STATUSES = ['planerad', 'pagar', 'klar', 'uppfoljd'] as const;
/** planerad / pågår / klar / uppföljd. */
export type RiskAnalysisStatus = (typeof RISK_ANALYSIS_STATUSES)[number];

export const RISK_ANALYSIS_STATUS_LABELS_SV: Readonly<Record<RiskAnalysisStatus, string>> = {
  planerad: 'Planerad',
  pagar: 'Pågår',
  klar: 'Klar',
  uppfoljd: 'Uppföljd',
};

export function isRiskAnalysisStatus(value: unknown): value is RiskAnalysisStatus {
  return typeof value === 'string' && (RISK_ANALYSIS_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** A risk analysis (of a klassningsobjekt, process, system, projekt or förändring). Stores add `Versioned`. */
export interface RiskAnalysis {
  name: string;
  subjectKind: RiskSubjectKind;
  /** The analysed classification object, or null. */
  classificationObjectId: string | null;
  ownerUnitId: string;
  purpose: string;
  scope: string;
  participants: Person[];
  /** `YYYY-MM-DD`. */
  date: string;
  status: RiskAnalysisStatus;
  /** `YYYY-MM-DD` or null. */
  nextFollowUpDate: string | null;
  /** The matrix version the analysis' risks are scored with; changes only through an explicit rescore. */
  matrixVersion: number;
}

export function emptyRiskAnalysis(ownerUnitId: string, date: string, matrixVersion: number): RiskAnalysis {
  return {
    name: '',
    subjectKind: 'klassningsobjekt',
    classificationObjectId: null,
    ownerUnitId,
    purpose: '',
    scope: '',
    participants: [],
    date,
    status: 'planerad',
    nextFollowUpDate: null,
    matrixVersion,
  };
}
