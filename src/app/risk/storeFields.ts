import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import type { Risk, RiskAnalysis } from '../../domain/risk';

/** The domain part of a stored risk (what the repository's create/update take). */
export function withoutRiskStoreFields(stored: StoredRisk): Risk {
  return {
    analysisId: stored.analysisId,
    cause: stored.cause,
    event: stored.event,
    consequence: stored.consequence,
    aspects: [...stored.aspects],
    riskOwner: stored.riskOwner,
    existingMeasures: stored.existingMeasures,
    inherent: stored.inherent,
    treatment: stored.treatment,
    treatmentNote: stored.treatmentNote,
    residual: stored.residual,
    acceptance: stored.acceptance,
  };
}

/** The domain part of a stored analysis. */
export function withoutAnalysisStoreFields(stored: StoredRiskAnalysis): RiskAnalysis {
  return {
    name: stored.name,
    subjectKind: stored.subjectKind,
    classificationObjectId: stored.classificationObjectId,
    ownerUnitId: stored.ownerUnitId,
    purpose: stored.purpose,
    scope: stored.scope,
    participants: stored.participants.map((p) => ({ ...p })),
    date: stored.date,
    status: stored.status,
    nextFollowUpDate: stored.nextFollowUpDate,
    matrixVersion: stored.matrixVersion,
  };
}
